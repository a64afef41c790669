package kz.sabaq.core.user;

import java.time.Clock;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;
import kz.sabaq.api.data.AuditLog;
import kz.sabaq.api.data.Transactions;
import kz.sabaq.api.web.UserError;
import kz.sabaq.core.access.RoleGrants;
import kz.sabaq.core.access.RoleMapper;
import kz.sabaq.core.access.RoleRow;
import kz.sabaq.core.auth.Iin;
import kz.sabaq.core.auth.PasswordHasher;
import kz.sabaq.core.auth.PasswordResource;
import kz.sabaq.core.auth.SessionStore;
import kz.sabaq.core.i18n.Language;
import org.apache.ibatis.exceptions.PersistenceException;

/**
 * What an administrator (on a page or on the command line) does to people: create them, set their
 * password, switch them on or off, give and take roles. Input is checked in full before anything
 * is written, every change is one transaction with its audit event; the actor is null for the
 * command line.
 */
public final class UserAccounts {
    static final int MAX_NAME = 100;
    static final int MAX_EMAIL = 200;
    static final int MAX_PASSWORD = 200;
    private static final Pattern EMAIL = Pattern.compile("[^@\\s]+@[^@\\s]+\\.[^@\\s]+");

    /** A created person and the password to hand over; {@code generated} says whether it must be shown. */
    public record Created(long id, String password, boolean generated) {
    }

    private final UserMapper users;
    private final UserAdminMapper admin;
    private final RoleMapper roles;
    private final RoleGrants grants;
    private final PasswordHasher hasher;
    private final PasswordGenerator generator;
    private final SessionStore sessions;
    private final Transactions transactions;
    private final AuditLog audit;
    private final Clock clock;

    public UserAccounts(UserMapper users, UserAdminMapper admin, RoleMapper roles, PasswordHasher hasher,
                        PasswordGenerator generator, SessionStore sessions, Transactions transactions,
                        AuditLog audit, Clock clock) {
        this.users = users;
        this.admin = admin;
        this.roles = roles;
        this.grants = new RoleGrants(roles);
        this.hasher = hasher;
        this.generator = generator;
        this.sessions = sessions;
        this.transactions = transactions;
        this.audit = audit;
        this.clock = clock;
    }

    /** @param password the password to set, or blank for a generated one */
    public Created create(UserRequest request, String password, List<String> roleCodes, Long actorId) {
        String iin = request.iin() == null ? "" : request.iin().strip();
        Iin.problem(iin).ifPresent(key -> {
            throw UserError.badRequest(key).on("iin");
        });
        String surname = name(request.surname(), "core.users.error.surnameRequired", "surname");
        String firstName = name(request.firstName(), "core.users.error.firstNameRequired", "firstName");
        String patronymic = optional(request.patronymic());
        if (patronymic != null && patronymic.length() > MAX_NAME) {
            throw UserError.badRequest("core.users.error.nameTooLong", MAX_NAME).on("patronymic");
        }
        String email = optional(request.email());
        if (email != null && (email.length() > MAX_EMAIL || !EMAIL.matcher(email).matches())) {
            throw UserError.badRequest("core.users.error.email").on("email");
        }
        String locale = request.locale() == null || request.locale().isBlank() ? Language.DEFAULT.code()
                : Language.of(request.locale()).orElseThrow(() -> UserError.badRequest("core.users.error.language").on("locale")).code();
        List<RoleRow> given = new ArrayList<>();
        RoleGrants.Ceiling ceiling = grants.of(actorId);
        for (String code : roleCodes) {
            RoleRow role = roles.byCode(code.strip())
                    .orElseThrow(() -> UserError.badRequest("core.users.error.unknownRole", code));
            refuseAbove(ceiling, role);
            given.add(role);
        }
        boolean generated = password == null || password.isEmpty();
        String chosen = generated ? generator.next() : checked(password);
        if (users.findByIin(iin).isPresent()) {
            throw UserError.badRequest("core.users.error.iinTaken", iin).on("iin");
        }
        String hash = hasher.hash(chosen.toCharArray());
        long id;
        try {
            id = transactions.inTransaction(() -> {
                long created = users.insert(new NewUser(iin, surname, firstName, patronymic, email, locale, hash),
                        LocalDateTime.now(clock));
                given.forEach(r -> roles.assign(created, r.id()));
                Map<String, Object> details = new LinkedHashMap<>();
                details.put("iin", iin);
                details.put("roles", given.stream().map(RoleRow::code).toList());
                audit.record(actorId, "core.user.created", "user:" + created, details);
                return created;
            });
        } catch (PersistenceException e) {
            if (users.findByIin(iin).isPresent()) {
                throw UserError.badRequest("core.users.error.iinTaken", iin).on("iin");
            }
            throw e;
        }
        return new Created(id, chosen, generated);
    }

    /**
     * Sets a new password and logs the person out everywhere.
     *
     * @param password the password to set, or blank for a generated one
     * @return the password now in force
     */
    public String resetPassword(long userId, String password, Long actorId) {
        User user = users.findById(userId).orElseThrow(UserError::notFound);
        boolean generated = password == null || password.isEmpty();
        String chosen = generated ? generator.next() : checked(password);
        String hash = hasher.hash(chosen.toCharArray());
        transactions.run(() -> {
            users.setPasswordHash(user.id(), hash);
            sessions.closeAll(user.id());
            audit.record(actorId, "core.user.password.reset", "user:" + user.id(), Map.of("generated", generated));
        });
        return chosen;
    }

    public void setActive(long userId, boolean active, Long actorId) {
        User user = users.findById(userId).orElseThrow(UserError::notFound);
        if (!active && actorId != null && actorId == userId) {
            throw UserError.badRequest("core.users.error.selfDeactivate");
        }
        transactions.run(() -> {
            admin.setActive(user.id(), active);
            if (!active) {
                sessions.closeAll(user.id());
            }
            audit.record(actorId, active ? "core.user.activated" : "core.user.deactivated", "user:" + user.id(), Map.of());
        });
    }

    public void assignRole(long userId, long roleId, Long actorId) {
        User user = users.findById(userId).orElseThrow(UserError::notFound);
        RoleRow role = roles.byId(roleId).orElseThrow(() -> UserError.badRequest("core.users.error.unknownRole", roleId).on("role"));
        refuseAbove(grants.of(actorId), role);
        transactions.run(() -> {
            roles.assign(user.id(), role.id());
            audit.record(actorId, "core.user.role.assigned", "user:" + user.id(), Map.of("role", role.code()));
        });
    }

    /** Nobody takes a role from themselves: an administrator could lock the last administrator out. */
    public void unassignRole(long userId, long roleId, Long actorId) {
        User user = users.findById(userId).orElseThrow(UserError::notFound);
        if (actorId != null && actorId == userId) {
            throw UserError.badRequest("core.users.error.selfRole");
        }
        RoleRow role = roles.byId(roleId).orElseThrow(() -> UserError.badRequest("core.users.error.unknownRole", roleId).on("role"));
        transactions.run(() -> {
            if (roles.unassign(user.id(), role.id()) > 0) {
                audit.record(actorId, "core.user.role.unassigned", "user:" + user.id(), Map.of("role", role.code()));
            }
        });
    }

    /** Nobody gives a role with more governing power than their own (see {@link RoleGrants}). */
    private static void refuseAbove(RoleGrants.Ceiling ceiling, RoleRow role) {
        if (!ceiling.allows(role.id())) {
            throw UserError.badRequest("core.users.error.roleAboveYou", role.code());
        }
    }

    private static String checked(String password) {
        if (password.length() < PasswordResource.MIN_LENGTH) {
            throw UserError.badRequest("core.password.tooShort", PasswordResource.MIN_LENGTH).on("password");
        }
        if (password.length() > MAX_PASSWORD) {
            throw UserError.badRequest("core.users.error.passwordTooLong", MAX_PASSWORD).on("password");
        }
        return password;
    }

    private static String name(String value, String missingKey, String field) {
        String clean = optional(value);
        if (clean == null) {
            throw UserError.badRequest(missingKey).on(field);
        }
        if (clean.length() > MAX_NAME) {
            throw UserError.badRequest("core.users.error.nameTooLong", MAX_NAME).on(field);
        }
        return clean;
    }

    private static String optional(String value) {
        return value == null || value.isBlank() ? null : value.strip();
    }
}
