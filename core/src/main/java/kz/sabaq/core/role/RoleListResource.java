package kz.sabaq.core.role;

import jakarta.ws.rs.FormParam;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.net.URI;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import kz.sabaq.api.web.RefusedForm;
import kz.sabaq.api.web.RequiresCapability;
import kz.sabaq.api.web.UserError;
import kz.sabaq.api.web.View;
import kz.sabaq.api.web.Viewer;
import kz.sabaq.core.access.RoleBook;
import kz.sabaq.core.access.RoleDefinition;
import kz.sabaq.core.boot.CoreModule;
import kz.sabaq.core.i18n.Language;

/** {@code /admin/roles}: the standard and custom roles, and the form that creates a custom one. */
@Path("/admin/roles")
@Produces(MediaType.TEXT_HTML)
public final class RoleListResource {
    private final RoleBook book;
    private final RoleEditor editor;
    private final RolePage page;
    private final RoleHoldersMapper holders;

    public RoleListResource(RoleBook book, RoleEditor editor, RolePage page, RoleHoldersMapper holders) {
        this.book = book;
        this.editor = editor;
        this.page = page;
        this.holders = holders;
    }

    @GET
    @RequiresCapability(CoreModule.ADMIN_VIEW)
    public View list(@QueryParam("deleted") String deleted, @Context Viewer viewer) {
        return View.of("core/roles", "core.roles.title", model(viewer, "", "", deleted != null));
    }

    @POST
    @RequiresCapability(CoreModule.ADMIN_EDIT)
    public Response create(@FormParam("name") String name, @FormParam("code") String code, @Context Viewer viewer) {
        try {
            long id = editor.create(name, code, viewer.userId());
            return Response.seeOther(URI.create("/admin/roles/" + id)).build();
        } catch (UserError e) {
            return RefusedForm.response(e, () -> View.of("core/roles", "core.roles.title", model(viewer, name, code, false)));
        }
    }

    private Model model(Viewer viewer, String name, String code, boolean deleted) {
        Language language = Language.of(viewer.locale());
        Map<Long, Long> counts = new HashMap<>();
        holders.holders().forEach(h -> counts.put(h.roleId(), h.users()));
        book.reload();
        List<Row> roles = new ArrayList<>();
        for (RoleDefinition r : book.all()) {
            roles.add(new Row(page.role(r, language), counts.getOrDefault(r.id(), 0L)));
        }
        return new Model(roles, viewer.can(CoreModule.ADMIN_EDIT), name == null ? "" : name, code == null ? "" : code,
                RoleEditor.MAX_NAME, RoleCodes.MAX_LENGTH, deleted);
    }

    /**
     * The roles and the form for a new one, filled with what was typed.
     *
     * @param deleted whether a role was just deleted
     */
    public record Model(List<Row> roles, boolean canEdit, String name, String code, int maxName, int maxCode,
                 boolean deleted) {
    }

    /** A role and how many people hold it. */
    record Row(long id, String code, String displayName, boolean builtin, boolean custom, long users) {
        Row(RolePage.Role role, long users) {
            this(role.id(), role.code(), role.displayName(), role.builtin(), role.custom(), users);
        }
    }
}
