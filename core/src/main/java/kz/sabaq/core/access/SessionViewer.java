package kz.sabaq.core.access;

import java.util.List;
import java.util.Locale;
import kz.sabaq.api.access.Scope;
import kz.sabaq.api.web.Viewer;

/** A logged-in user with the roles of their session. */
public final class SessionViewer implements Viewer {
    private final long userId;
    private final String name;
    private final Locale locale;
    private final String csrfToken;
    private final List<RoleDefinition> roles;
    private final CapabilityCatalog catalog;
    private final UnitDirectory unitDirectory;
    private Units units;

    public SessionViewer(long userId, String name, Locale locale, String csrfToken, List<RoleDefinition> roles,
                         CapabilityCatalog catalog, UnitDirectory unitDirectory) {
        this.userId = userId;
        this.name = name;
        this.locale = locale;
        this.csrfToken = csrfToken;
        this.roles = roles;
        this.catalog = catalog;
        this.unitDirectory = unitDirectory;
    }

    @Override
    public boolean loggedIn() {
        return true;
    }

    @Override
    public long userId() {
        return userId;
    }

    @Override
    public String getName() {
        return name;
    }

    @Override
    public Locale locale() {
        return locale;
    }

    @Override
    public String csrfToken() {
        return csrfToken;
    }

    @Override
    public boolean can(String capability) {
        for (RoleDefinition role : roles) {
            if (catalog.grants(role, capability)) {
                return true;
            }
        }
        return false;
    }

    boolean can(String capability, Scope scope) {
        for (RoleDefinition role : roles) {
            if (catalog.grants(role, capability) && role.admits(scope, units())) {
                return true;
            }
        }
        return false;
    }

    public List<RoleDefinition> roles() {
        return roles;
    }

    private Units units() {
        if (units == null) {
            boolean needed = roles.stream().anyMatch(r -> r.ownUnit() != RoleDefinition.OwnUnit.NONE);
            units = needed ? unitDirectory.unitsOf(userId) : Units.NONE;
        }
        return units;
    }
}
