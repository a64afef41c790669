package kz.sabaq.api.auth;

import java.util.OptionalLong;
import org.pf4j.ExtensionPoint;

/**
 * Checks a login and a password. Core's own provider checks IIN and Argon2id hash; an LDAP or
 * OIDC plugin can add another. The first provider that recognises the login decides.
 */
public interface AuthProvider extends ExtensionPoint {

    String id();

    /** The user id when the password is right; empty when wrong or when this provider does not know the login. */
    OptionalLong authenticate(String login, char[] password);
}
