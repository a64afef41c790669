package kz.sabaq.core.testing;

import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.List;
import kz.sabaq.api.access.StandardRoles;
import kz.sabaq.core.access.RoleMapper;
import kz.sabaq.core.auth.PasswordHasher;
import kz.sabaq.core.user.NewUser;
import kz.sabaq.core.user.UserMapper;

/**
 * A person, through core's own mappers: a fresh valid IIN, {@link TestServer#PASSWORD} and Kazakh
 * unless told otherwise; roles by code or id; a student row when {@link #student(long)} names a group.
 */
public final class UserBuilder {
    /** Hashed once: hashing is slow on purpose, and every test person shares the password. */
    private static final String TEST_HASH = new PasswordHasher().hash(TestServer.PASSWORD.toCharArray());

    private final Generator gen;
    private String iin = Iins.next();
    private String surname = "Тестов";
    private String firstName = "Тест";
    private String patronymic;
    private String email;
    private String locale = "kk";
    private String passwordHash = TEST_HASH;
    private final List<String> roleCodes = new ArrayList<>();
    private final List<Long> roleIds = new ArrayList<>();
    private Long group;
    private String recordBook;

    UserBuilder(Generator gen) {
        this.gen = gen;
    }

    public UserBuilder iin(String value) {
        iin = value;
        return this;
    }

    public UserBuilder named(String surnameValue, String firstNameValue) {
        surname = surnameValue;
        firstName = firstNameValue;
        return this;
    }

    public UserBuilder patronymic(String value) {
        patronymic = value;
        return this;
    }

    public UserBuilder email(String value) {
        email = value;
        return this;
    }

    public UserBuilder locale(String value) {
        locale = value;
        return this;
    }

    public UserBuilder password(String value) {
        passwordHash = new PasswordHasher().hash(value.toCharArray());
        return this;
    }

    /** No password: the person cannot log in until one is set. */
    public UserBuilder noPassword() {
        passwordHash = null;
        return this;
    }

    /** Standard roles by code ({@link StandardRoles}). */
    public UserBuilder roles(String... codes) {
        roleCodes.addAll(List.of(codes));
        return this;
    }

    /** A role made by {@link Generator#role()}. */
    public UserBuilder role(long roleId) {
        roleIds.add(roleId);
        return this;
    }

    public UserBuilder teacher() {
        return roles(StandardRoles.TEACHER);
    }

    /** The student role and membership of the group, with record book {@code RB-<IIN>}. */
    public UserBuilder student(long groupId) {
        group = groupId;
        return roles(StandardRoles.STUDENT);
    }

    public UserBuilder recordBook(String value) {
        recordBook = value;
        return this;
    }

    /** @return the person's id */
    public long create() {
        UserMapper users = gen.database().mapper(UserMapper.class);
        RoleMapper roles = gen.database().mapper(RoleMapper.class);
        long id = users.insert(new NewUser(iin, surname, firstName, patronymic, email, locale, passwordHash),
                LocalDateTime.now(gen.clock()));
        for (String code : roleCodes) {
            roles.assign(id, roles.byCode(code).orElseThrow(() -> new IllegalArgumentException("No role " + code)).id());
        }
        for (long role : roleIds) {
            gen.grant(id, role);
        }
        if (group != null) {
            gen.sql("INSERT INTO student (user_id, record_book_number, group_id) VALUES (?, ?, ?)",
                    id, recordBook != null ? recordBook : "RB-" + iin, group);
        }
        return id;
    }
}
