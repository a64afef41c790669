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
        Map<String, Object> model = model(viewer, "", "");
        model.put("deleted", deleted != null);
        return View.of("core/roles", "core.roles.title", model);
    }

    @POST
    @RequiresCapability(CoreModule.ADMIN_EDIT)
    public Response create(@FormParam("name") String name, @FormParam("code") String code, @Context Viewer viewer) {
        try {
            long id = editor.create(name, code, viewer.userId());
            return Response.seeOther(URI.create("/admin/roles/" + id)).build();
        } catch (UserError e) {
            return RefusedForm.response(e, () -> View.of("core/roles", "core.roles.title", model(viewer, name, code)));
        }
    }

    private Map<String, Object> model(Viewer viewer, String name, String code) {
        Language language = Language.of(viewer.locale());
        Map<Long, Long> counts = new HashMap<>();
        holders.holders().forEach(h -> counts.put(h.roleId(), h.users()));
        book.reload();
        List<Map<String, Object>> roles = new ArrayList<>();
        for (RoleDefinition r : book.all()) {
            Map<String, Object> row = page.role(r, language);
            row.put("users", counts.getOrDefault(r.id(), 0L));
            roles.add(row);
        }
        Map<String, Object> model = new HashMap<>();
        model.put("roles", roles);
        model.put("canEdit", viewer.can(CoreModule.ADMIN_EDIT));
        model.put("name", name == null ? "" : name);
        model.put("code", code == null ? "" : code);
        model.put("maxName", RoleEditor.MAX_NAME);
        model.put("maxCode", RoleCodes.MAX_LENGTH);
        return model;
    }
}
