package kz.sabaq.bench.login;

import java.time.Clock;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import kz.sabaq.api.access.StandardRoles;
import kz.sabaq.core.access.RoleMapper;
import kz.sabaq.core.auth.Iin;
import kz.sabaq.core.auth.PasswordHasher;
import kz.sabaq.core.db.Database;
import kz.sabaq.core.user.NewUser;
import kz.sabaq.core.user.User;
import kz.sabaq.core.user.UserMapper;

/**
 * Students for scenarios to log in as: valid IINs from 990101…, surname {@value #SURNAME}, the
 * student role, and one password. Against a database that already has them (a running server
 * benchmarked twice) they are reused; a person who is not a bench student is never touched.
 */
public final class BenchStudents {
    public static final String PASSWORD = "bench-password-1";
    static final String SURNAME = "Bench";
    private static final int SERIALS = 100_000;

    /** Creates or reuses {@code count} students in one transaction; returns their IINs. */
    public static List<String> create(Database database, int count, Clock clock) {
        UserMapper users = database.mapper(UserMapper.class);
        RoleMapper roles = database.mapper(RoleMapper.class);
        long student = roles.byCode(StandardRoles.STUDENT)
                .orElseThrow(() -> new IllegalStateException("The database has no student role")).id();
        String hash = new PasswordHasher().hash(PASSWORD.toCharArray());
        LocalDateTime now = LocalDateTime.now(clock);
        List<String> iins = new ArrayList<>();
        database.run(() -> {
            for (int serial = 0; serial < SERIALS && iins.size() < count; serial++) {
                Optional<String> iin = Iin.complete(String.format("990101%05d", serial));
                if (iin.isEmpty()) {
                    continue;
                }
                Optional<User> existing = users.findByIin(iin.get());
                if (existing.isPresent() && !SURNAME.equals(existing.get().surname())) {
                    continue;
                }
                long id;
                if (existing.isPresent()) {
                    id = existing.get().id();
                    users.setPasswordHash(id, hash);
                } else {
                    id = users.insert(new NewUser(iin.get(), SURNAME, "Student " + (iins.size() + 1), null, null, "kk", hash), now);
                }
                roles.assign(id, student);
                iins.add(iin.get());
            }
        });
        if (iins.size() < count) {
            throw new IllegalStateException("Only " + iins.size() + " bench IINs are free; asked for " + count);
        }
        return iins;
    }

    private BenchStudents() {
    }
}
