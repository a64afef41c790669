package kz.sabaq.core.academic.web;

import kz.sabaq.api.web.Viewer;
import kz.sabaq.core.access.CapabilityCatalog;
import kz.sabaq.core.access.RoleDefinition;
import kz.sabaq.core.access.SessionViewer;
import kz.sabaq.core.access.UnitDirectory;
import kz.sabaq.core.access.Units;
import kz.sabaq.core.boot.CoreModule;

/**
 * Which unit's rows a viewer sees in the registers: every unit, unless each role that lets them
 * view the registers is tied to its holder's own department or PCC (heads of department and of a
 * PCC). A head whose own unit is unknown sees no unit's rows.
 */
final class RegisterReach {
    /** No unit has this id: the filter of a head without a unit. */
    private static final long NO_UNIT = -1L;

    private final CapabilityCatalog catalog;
    private final UnitDirectory units;

    RegisterReach(CapabilityCatalog catalog, UnitDirectory units) {
        this.catalog = catalog;
        this.units = units;
    }

    /** @return the department and PCC to filter by; null parts do not filter */
    Units of(Viewer viewer) {
        if (!(viewer instanceof SessionViewer session)) {
            return Units.NONE;
        }
        boolean department = false;
        boolean pcc = false;
        for (RoleDefinition role : session.roles()) {
            if (!catalog.grants(role, CoreModule.ACADEMIC_VIEW)) {
                continue;
            }
            switch (role.ownUnit()) {
                case NONE -> {
                    return Units.NONE;
                }
                case DEPARTMENT -> department = true;
                case PCC -> pcc = true;
            }
        }
        if (!department && !pcc) {
            return Units.NONE;
        }
        Units own = units.unitsOf(viewer.userId());
        if (department) {
            return new Units(own.department() == null ? NO_UNIT : own.department(), null);
        }
        return new Units(null, own.pcc() == null ? NO_UNIT : own.pcc());
    }
}
