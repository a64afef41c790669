package kz.sabaq.core.role;

import jakarta.ws.rs.FormParam;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.MultivaluedMap;
import jakarta.ws.rs.core.Response;
import java.net.URI;
import kz.sabaq.api.web.RefusedForm;
import kz.sabaq.api.web.RequiresCapability;
import kz.sabaq.api.web.UserError;
import kz.sabaq.api.web.View;
import kz.sabaq.api.web.Viewer;
import kz.sabaq.core.access.RoleBook;
import kz.sabaq.core.access.RoleDefinition;
import kz.sabaq.core.boot.CoreModule;
import kz.sabaq.core.i18n.Language;

/** {@code /admin/roles/{id}}: one role's modules, extended rights and restrictions; rename and delete. */
@Path("/admin/roles/{id: \\d+}")
@Produces(MediaType.TEXT_HTML)
public final class RoleEditorResource {
    private final RoleBook book;
    private final RoleEditor editor;
    private final RolePage page;

    public RoleEditorResource(RoleBook book, RoleEditor editor, RolePage page) {
        this.book = book;
        this.editor = editor;
        this.page = page;
    }

    @GET
    @RequiresCapability(CoreModule.ADMIN_VIEW)
    public View show(@PathParam("id") long id, @QueryParam("saved") String saved, @Context Viewer viewer) {
        return page.render(stored(id), Language.of(viewer.locale()), viewer.can(CoreModule.ADMIN_EDIT), saved != null);
    }

    @POST
    @RequiresCapability(CoreModule.ADMIN_EDIT)
    public Response save(@PathParam("id") long id, MultivaluedMap<String, String> form, @Context Viewer viewer) {
        RoleDefinition role = stored(id);
        RoleChange change;
        try {
            change = RoleChange.of(form);
        } catch (UserError e) {
            return refused(role, viewer, e);
        }
        try {
            editor.save(id, change, viewer.userId());
        } catch (UserError e) {
            return refused(new RoleDefinition(role.id(), role.code(), role.name(), role.builtin(), role.ownUnit(),
                    change.modules(), change.rights(), change.restrictions()), viewer, e);
        }
        return Response.seeOther(URI.create("/admin/roles/" + id + "?saved=1")).build();
    }

    @POST
    @Path("rename")
    @RequiresCapability(CoreModule.ADMIN_EDIT)
    public Response rename(@PathParam("id") long id, @FormParam("name") String name, @Context Viewer viewer) {
        try {
            editor.rename(id, name, viewer.userId());
        } catch (UserError e) {
            return refused(stored(id), viewer, e);
        }
        return Response.seeOther(URI.create("/admin/roles/" + id + "?saved=1")).build();
    }

    @POST
    @Path("delete")
    @RequiresCapability(CoreModule.ADMIN_EDIT)
    public Response delete(@PathParam("id") long id, @Context Viewer viewer) {
        try {
            editor.delete(id, viewer.userId());
        } catch (UserError e) {
            return refused(stored(id), viewer, e);
        }
        return Response.seeOther(URI.create("/admin/roles?deleted=1")).build();
    }

    private Response refused(RoleDefinition shown, Viewer viewer, UserError problem) {
        Language language = Language.of(viewer.locale());
        return RefusedForm.response(page.readable(problem, language), () -> page.render(shown, language, true, false));
    }

    private RoleDefinition stored(long id) {
        book.reload();
        RoleDefinition role = book.get(id);
        if (role == null) {
            throw UserError.notFound();
        }
        return role;
    }
}
