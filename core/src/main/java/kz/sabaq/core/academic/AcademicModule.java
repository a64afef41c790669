package kz.sabaq.core.academic;

import java.time.ZoneId;
import java.util.List;
import java.util.Map;
import kz.sabaq.api.academic.AcademicDirectory;
import kz.sabaq.api.access.Capability;
import kz.sabaq.api.access.Mode;
import kz.sabaq.api.access.RoleModule;
import kz.sabaq.api.access.StandardRoles;
import kz.sabaq.api.module.LmsModule;
import kz.sabaq.api.module.MenuEntry;
import kz.sabaq.api.module.ModuleWiring;
import kz.sabaq.core.access.CapabilityCatalog;
import kz.sabaq.core.access.StaffUnits;
import kz.sabaq.core.academic.importing.CsvImport;
import kz.sabaq.core.academic.web.AcademicResource;
import kz.sabaq.core.boot.CoreModule;
import kz.sabaq.core.db.Database;
import kz.sabaq.core.i18n.Messages;

/**
 * Core's academic records, a module built into the application: the registers (groups, streams,
 * timetable, people) with their CSV import, and the {@link AcademicDirectory} plugins read them by.
 */
public final class AcademicModule implements LmsModule {
    public static final String ID = "core-academic";
    public static final RoleModule REGISTRY = new RoleModule("core.registry", "core.module.registry",
            List.of(Capability.read(CoreModule.ACADEMIC_VIEW), Capability.edit(CoreModule.ACADEMIC_EDIT)),
            Map.of(StandardRoles.ADMINISTRATOR, Mode.EDIT, StandardRoles.REGISTRAR, Mode.EDIT,
                    StandardRoles.HEAD_OF_DEPARTMENT, Mode.READ, StandardRoles.HEAD_OF_PCC, Mode.READ));

    private final Database database;
    private final Messages messages;
    private final CapabilityCatalog catalog;
    private final StaffUnits staffUnits;
    private final ZoneId zone;

    public AcademicModule(Database database, Messages messages, CapabilityCatalog catalog, StaffUnits staffUnits,
                          ZoneId zone) {
        this.database = database;
        this.messages = messages;
        this.catalog = catalog;
        this.staffUnits = staffUnits;
        this.zone = zone;
    }

    @Override
    public String id() {
        return ID;
    }

    @Override
    public String root() {
        return "/academic";
    }

    @Override
    public List<RoleModule> roleModules() {
        return List.of(REGISTRY);
    }

    @Override
    public List<MenuEntry> menu() {
        return List.of(new MenuEntry("core.menu.academic", "/academic", CoreModule.ACADEMIC_VIEW, 200));
    }

    @Override
    public void wire(ModuleWiring w) {
        w.provide(AcademicDirectory.class, new CoreAcademicDirectory(w.mapper(DirectoryMapper.class), zone, database, w.clock()));
        w.resource(new AcademicResource(w.mapper(AcademicMapper.class), CsvImport.over(database, w.audit(), w.clock()),
                messages, catalog, staffUnits));
    }
}
