package kz.sabaq.core.web;

import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import kz.sabaq.api.web.Viewer;
import kz.sabaq.core.access.CapabilityCatalog;
import kz.sabaq.core.access.RoleBook;
import kz.sabaq.core.access.RoleDefinition;
import kz.sabaq.core.access.SessionViewer;
import kz.sabaq.core.access.UnitDirectory;
import kz.sabaq.core.auth.SessionStore;
import kz.sabaq.core.auth.WebSession;
import kz.sabaq.core.i18n.Language;

/** The logged-in viewer of a session cookie, with the roles they hold; for the resources' filter and the quick routes. */
public final class Viewers {
    private final SessionStore sessions;
    private final RoleBook roles;
    private final CapabilityCatalog catalog;
    private final UnitDirectory units;

    public Viewers(SessionStore sessions, RoleBook roles, CapabilityCatalog catalog, UnitDirectory units) {
        this.sessions = sessions;
        this.roles = roles;
        this.catalog = catalog;
        this.units = units;
    }

    /** The viewer of a valid session token; empty for no token, an unknown or an expired one. */
    public Optional<Viewer> ofSession(String token) {
        return sessions.find(token).map(this::viewerOf);
    }

    private Viewer viewerOf(WebSession s) {
        List<RoleDefinition> held = s.roleIds() == null ? List.of()
                : Arrays.stream(s.roleIds().split(",")).map(id -> roles.get(Long.parseLong(id)))
                        .filter(r -> r != null).toList();
        Language language = Language.of(s.locale()).orElse(Language.DEFAULT);
        return new SessionViewer(s.userId(), s.surname() + " " + s.firstName(), language.locale(), s.csrfToken(),
                held, catalog, units);
    }
}
