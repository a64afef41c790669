package kz.sabaq.attestation.staff;

import jakarta.ws.rs.core.SecurityContext;
import java.math.BigDecimal;
import java.security.Principal;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import kz.sabaq.api.access.Access;
import kz.sabaq.api.access.Scope;
import kz.sabaq.api.setting.ModuleSettings;
import kz.sabaq.api.web.Viewer;
import kz.sabaq.core.db.Database;
import kz.sabaq.core.testing.TestServer;

/** Small stand-ins for objects that only core builds (a viewer, its access, module settings). */
final class Fakes {

    /** A viewer holding the given capabilities everywhere. */
    record TestViewer(long userId, Locale locale, Set<String> capabilities) implements Viewer {
        @Override
        public boolean loggedIn() {
            return true;
        }

        @Override
        public String csrfToken() {
            return "csrf";
        }

        @Override
        public boolean can(String capability) {
            return capabilities.contains(capability);
        }

        @Override
        public String getName() {
            return "viewer " + userId;
        }
    }

    /** Core's rule without restrictions: a capability the viewer holds is allowed in any scope. */
    static final Access ACCESS = (viewer, capability, scope) -> viewer.can(capability);

    static SecurityContext context(Viewer viewer) {
        return new SecurityContext() {
            @Override
            public Principal getUserPrincipal() {
                return viewer;
            }

            @Override
            public boolean isUserInRole(String role) {
                return false;
            }

            @Override
            public boolean isSecure() {
                return false;
            }

            @Override
            public String getAuthenticationScheme() {
                return "test";
            }
        };
    }

    /** Module settings kept in a map; {@link #save} records what was saved. */
    static final class MapSettings implements ModuleSettings {
        final Map<String, String> values = new HashMap<>();
        final Map<String, String> saved = new LinkedHashMap<>();

        MapSettings(Map<String, String> initial) {
            values.put("wholeStream", "true");
            values.put("distribution", "random");
            values.put("studyTerms", "");
            values.put("minAdmissionRating", "50");
            values.putAll(initial);
        }

        @Override
        public String text(String key) {
            return values.getOrDefault(key, "");
        }

        @Override
        public boolean bool(String key) {
            return Boolean.parseBoolean(values.get(key));
        }

        @Override
        public long integer(String key) {
            return Long.parseLong(values.getOrDefault(key, "0"));
        }

        @Override
        public BigDecimal decimal(String key) {
            return new BigDecimal(values.getOrDefault(key, "0"));
        }

        @Override
        public List<String> choices(String key) {
            String v = values.getOrDefault(key, "");
            return v.isBlank() ? List.of() : List.of(v.split(","));
        }

        @Override
        public void save(Map<String, String> changes) {
            saved.putAll(changes);
            values.putAll(changes);
        }
    }

    /**
     * A MyBatis session factory of its own on the test server's database: the plugin registered its
     * mappers in the server's (from the plugin's class loader), so tests map theirs separately.
     */
    static Database database(TestServer server) {
        return Database.connect(server.config().database.url, server.config().database.user,
                server.config().database.password, 4);
    }

    private Fakes() {
    }
}
