package kz.sabaq.core.auth;

import java.util.OptionalLong;
import kz.sabaq.api.auth.AuthProvider;
import kz.sabaq.core.user.User;
import kz.sabaq.core.user.UserMapper;

/** The built-in provider: IIN and an Argon2id password hash in {@code app_user}. */
public final class LocalPasswords implements AuthProvider {
    private final UserMapper users;
    private final PasswordHasher hasher;

    public LocalPasswords(UserMapper users, PasswordHasher hasher) {
        this.users = users;
        this.hasher = hasher;
    }

    @Override
    public String id() {
        return "local";
    }

    @Override
    public OptionalLong authenticate(String iin, char[] password) {
        var user = users.findByIin(iin).filter(User::active);
        if (user.isEmpty()) {
            hasher.burnDecoy(password);
            return OptionalLong.empty();
        }
        return hasher.verify(password, user.get().passwordHash()) ? OptionalLong.of(user.get().id()) : OptionalLong.empty();
    }
}
