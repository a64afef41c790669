package kz.sabaq.core.boot;

import java.util.List;
import java.util.Map;
import kz.sabaq.api.access.Capability;
import kz.sabaq.api.access.Mode;
import kz.sabaq.api.access.RoleModule;
import kz.sabaq.api.access.StandardRoles;
import kz.sabaq.api.module.MenuEntry;

/** What core itself declares: its role modules, capabilities and menu entries. */
public final class CoreModule {
    public static final String ADMIN_VIEW = "core:admin.view";
    public static final String ADMIN_EDIT = "core:admin.edit";
    public static final String ACADEMIC_VIEW = "core:academic.view";
    public static final String ACADEMIC_EDIT = "core:academic.edit";

    public static List<RoleModule> roleModules() {
        return List.of(
                new RoleModule("core.administration", "core.module.administration",
                        List.of(Capability.read(ADMIN_VIEW), Capability.edit(ADMIN_EDIT)),
                        Map.of(StandardRoles.ADMINISTRATOR, Mode.EDIT)),
                new RoleModule("core.registry", "core.module.registry",
                        List.of(Capability.read(ACADEMIC_VIEW), Capability.edit(ACADEMIC_EDIT)),
                        Map.of(StandardRoles.ADMINISTRATOR, Mode.EDIT, StandardRoles.REGISTRAR, Mode.EDIT,
                                StandardRoles.HEAD_OF_DEPARTMENT, Mode.READ, StandardRoles.HEAD_OF_PCC, Mode.READ)),
                kz.sabaq.core.journal.JournalAccess.roleModule());
    }

    public static List<MenuEntry> menu() {
        return List.of(
                new MenuEntry("core.menu.academic", "/academic", ACADEMIC_VIEW, 200),
                new MenuEntry("core.menu.users", "/admin/users", ADMIN_VIEW, 880),
                new MenuEntry("core.menu.roles", "/admin/roles", ADMIN_VIEW, 890),
                new MenuEntry("core.menu.plugins", "/admin/plugins", ADMIN_VIEW, 900),
                new MenuEntry("core.menu.audit", "/admin/audit", ADMIN_VIEW, 910),
                kz.sabaq.core.journal.JournalAccess.menuEntry());
    }

    private CoreModule() {
    }
}
