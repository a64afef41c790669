package kz.sabaq.core.demo;

import java.time.Clock;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import kz.sabaq.api.access.StandardRoles;
import kz.sabaq.core.access.RoleMapper;
import kz.sabaq.core.auth.PasswordHasher;
import kz.sabaq.core.db.Database;
import kz.sabaq.core.user.NewUser;
import kz.sabaq.core.user.UserMapper;

/** A small institution to try Sabaq with, loaded into a database that has no users yet. */
public final class DemoInstitution {
    public static final String PASSWORD = "sabaq-demo";

    record Person(String iin, String surname, String firstName, String patronymic, String role) {
    }

    static final List<Person> PEOPLE = List.of(
            new Person("800101300006", "Әбдіқадырова", "Айгүл", "Серікқызы", StandardRoles.ADMINISTRATOR),
            new Person("850505400008", "Иванова", "Ольга", "Петровна", StandardRoles.REGISTRAR),
            new Person("900315300000", "Сейітқали", "Нұрлан", "Бекұлы", StandardRoles.TEACHER),
            new Person("030405600006", "Жұмабаева", "Әсел", "Ерланқызы", StandardRoles.STUDENT),
            new Person("031122500004", "Оспанов", "Дәурен", "Маратұлы", StandardRoles.STUDENT),
            new Person("040210600008", "Ким", "Алина", null, StandardRoles.STUDENT));

    private final Database database;
    private final Clock clock;

    public DemoInstitution(Database database, Clock clock) {
        this.database = database;
        this.clock = clock;
    }

    /** @return the logins to print, when the demo was loaded now */
    public Optional<List<String>> loadIfEmpty() {
        UserMapper users = database.mapper(UserMapper.class);
        if (users.count() > 0) {
            return Optional.empty();
        }
        RoleMapper roles = database.mapper(RoleMapper.class);
        String hash = new PasswordHasher().hash(PASSWORD.toCharArray());
        List<String> logins = new ArrayList<>();
        database.run(() -> {
            for (Person p : PEOPLE) {
                long id = users.insert(new NewUser(p.iin(), p.surname(), p.firstName(), p.patronymic(), null, "kk", hash),
                        LocalDateTime.now(clock));
                roles.assign(id, roles.byCode(p.role()).orElseThrow().id());
                logins.add(String.format("%-14s %s / %s   (%s %s)", p.role(), p.iin(), PASSWORD, p.surname(), p.firstName()));
            }
        });
        return Optional.of(logins);
    }
}
