package kz.sabaq.core.journal;

import java.util.List;
import java.util.Map;
import kz.sabaq.api.academic.Stream;
import kz.sabaq.api.access.Access;
import kz.sabaq.api.access.Capability;
import kz.sabaq.api.access.Mode;
import kz.sabaq.api.access.RoleModule;
import kz.sabaq.api.access.StandardRoles;
import kz.sabaq.api.module.MenuEntry;
import kz.sabaq.api.web.Viewer;

/**
 * Who may open and change a stream's journal. The role module "Journal": read mode shows one's own
 * streams' journals, edit mode also changes grades and settings; the extended right "all" shows
 * every journal the role's restrictions admit (heads: their own department or PCC).
 */
public final class JournalAccess {
    public static final String MODULE = "core.journal";
    public static final String VIEW = "core:journal.view";
    public static final String EDIT = "core:journal.edit";
    public static final String ALL = "core:journal.all";

    private final Access access;

    public JournalAccess(Access access) {
        this.access = access;
    }

    public static RoleModule roleModule() {
        return new RoleModule(MODULE, "core-journal.module",
                List.of(Capability.read(VIEW), Capability.edit(EDIT),
                        Capability.right(ALL, Mode.READ, "core-journal.right.all")),
                Map.of(StandardRoles.ADMINISTRATOR, Mode.EDIT, StandardRoles.REGISTRAR, Mode.EDIT,
                        StandardRoles.TEACHER, Mode.EDIT,
                        StandardRoles.HEAD_OF_DEPARTMENT, Mode.READ, StandardRoles.HEAD_OF_PCC, Mode.READ),
                Map.of(StandardRoles.ADMINISTRATOR, List.of(ALL), StandardRoles.REGISTRAR, List.of(ALL),
                        StandardRoles.HEAD_OF_DEPARTMENT, List.of(ALL), StandardRoles.HEAD_OF_PCC, List.of(ALL)));
    }

    public static MenuEntry menuEntry() {
        return new MenuEntry("core-journal.menu", "/journal", VIEW, 30);
    }

    /** The stream's own teacher in read mode or better, or "all" within the role's restrictions. */
    public boolean canView(Viewer viewer, Stream stream) {
        return access.seesStream(viewer, stream, VIEW, ALL);
    }

    /** Someone who sees the journal and holds the module in edit mode. */
    public boolean canEdit(Viewer viewer, Stream stream) {
        return canView(viewer, stream) && access.allows(viewer, EDIT, stream.scope());
    }

    /** Whether to look beyond the viewer's own streams at all. */
    public boolean mayViewAll(Viewer viewer) {
        return viewer.can(ALL);
    }
}
