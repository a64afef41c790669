package kz.sabaq.announcements;

import java.time.Duration;
import java.time.ZoneId;
import java.util.List;
import java.util.Map;
import kz.sabaq.api.academic.AcademicDirectory;
import kz.sabaq.api.access.Capability;
import kz.sabaq.api.access.Mode;
import kz.sabaq.api.access.RoleModule;
import kz.sabaq.api.access.StandardRoles;
import kz.sabaq.api.form.FormField;
import kz.sabaq.api.module.LmsModule;
import kz.sabaq.api.module.MenuEntry;
import kz.sabaq.api.module.ModuleWiring;
import kz.sabaq.api.module.ScheduledJob;
import org.pf4j.Extension;

/** Institution-wide announcements: the example every plugin developer starts from. */
@Extension
public class AnnouncementsModule implements LmsModule {
    static final String READ = "announcements:read";
    static final String PUBLISH = "announcements:publish";
    /** Withdraw anyone's announcement, not only one's own. */
    static final String WITHDRAW_ANY = "announcements:withdrawAny";

    @Override
    public String id() {
        return "announcements";
    }

    @Override
    public String tablePrefix() {
        return "ann";
    }

    @Override
    public List<RoleModule> roleModules() {
        return List.of(new RoleModule("announcements", "announcements.module",
                List.of(Capability.read(READ), Capability.edit(PUBLISH),
                        Capability.right(WITHDRAW_ANY, Mode.EDIT, "announcements.right.withdrawAny")),
                Map.of(StandardRoles.ADMINISTRATOR, Mode.EDIT, StandardRoles.REGISTRAR, Mode.EDIT,
                        StandardRoles.HEAD_OF_DEPARTMENT, Mode.READ, StandardRoles.HEAD_OF_PCC, Mode.READ,
                        StandardRoles.TEACHER, Mode.READ, StandardRoles.STUDENT, Mode.READ),
                Map.of(StandardRoles.ADMINISTRATOR, List.of(WITHDRAW_ANY))));
    }

    @Override
    public List<FormField> settings() {
        return List.of(
                FormField.integer("maxShown", 10, 1, 100),
                FormField.integer("defaultDays", 14, 1, 365));
    }

    @Override
    public List<MenuEntry> menu() {
        return List.of(new MenuEntry("announcements.menu", "/announcements", READ, 50));
    }

    @Override
    public void wire(ModuleWiring w) {
        Board board = new Board(w.mapper(AnnouncementMapper.class), w.settings(), w.audit(), w.clock());
        ZoneId zone = w.service(AcademicDirectory.class).map(AcademicDirectory::timeZone)
                .orElseThrow(() -> new IllegalStateException("announcements need core's AcademicDirectory"));
        w.resource(new AnnouncementResource(board, zone));
        w.job(new ScheduledJob("purge-expired", Duration.ofHours(1), board::purgeExpired));
    }
}
