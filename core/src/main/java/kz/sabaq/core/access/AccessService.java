package kz.sabaq.core.access;

import kz.sabaq.api.access.Access;
import kz.sabaq.api.access.Scope;
import kz.sabaq.api.web.Viewer;

public final class AccessService implements Access {

    @Override
    public boolean allows(Viewer viewer, String capability, Scope scope) {
        return viewer instanceof SessionViewer s && s.can(capability, scope);
    }
}
