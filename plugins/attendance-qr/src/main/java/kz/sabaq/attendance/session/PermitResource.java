package kz.sabaq.attendance.session;

import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.FormParam;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.io.IOException;
import java.io.InputStream;
import java.net.URI;
import java.util.List;
import java.util.Map;
import kz.sabaq.api.web.RefusedForm;
import kz.sabaq.api.web.RequiresCapability;
import kz.sabaq.api.web.UserError;
import kz.sabaq.api.web.Viewer;
import kz.sabaq.attendance.AttendanceModule;
import kz.sabaq.attendance.journal.PermitDocument;
import kz.sabaq.attendance.journal.Permits;
import org.glassfish.jersey.media.multipart.FormDataParam;

/**
 * Permits from the session page: a listener's absence excused with its reason and, optionally, a
 * document (the form is then multipart, its CSRF token in the action's query), and the document
 * served back as an attachment.
 */
@Path("/attendance-qr/sessions/{id: \\d{1,18}}/permit")
@Produces(MediaType.TEXT_HTML)
public final class PermitResource {
    private final SessionAccess access;
    private final Permits permits;
    private final SessionPage pages;

    public PermitResource(SessionAccess access, Permits permits, SessionPage pages) {
        this.access = access;
        this.permits = permits;
        this.pages = pages;
    }

    @POST
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    @RequiresCapability(AttendanceModule.MANAGE)
    public Response grant(@PathParam("id") long id, @FormParam("student") long studentId,
                          @FormParam("reason") String reason, @Context Viewer viewer) {
        SessionAccess.Opened opened = access.manage(viewer, id);
        try {
            permits.grant(viewer.userId(), opened.session(), studentId, reason, null);
        } catch (UserError e) {
            return RefusedForm.response(e, () -> pages.now(opened, viewer.locale(), null));
        }
        return backTo(id);
    }

    @POST
    @Consumes(MediaType.MULTIPART_FORM_DATA)
    @RequiresCapability(AttendanceModule.MANAGE)
    public Response grantWithDocument(@PathParam("id") long id, @FormDataParam("student") long studentId,
                                      @FormDataParam("reason") String reason, @FormDataParam("document") InputStream document,
                                      @Context Viewer viewer) throws IOException {
        SessionAccess.Opened opened = access.manage(viewer, id);
        try {
            permits.grant(viewer.userId(), opened.session(), studentId, reason, Permits.read(document));
        } catch (UserError e) {
            Map<String, List<String>> typed = Map.of("student", List.of(String.valueOf(studentId)),
                    "reason", List.of(reason == null ? "" : reason));
            return RefusedForm.response(e, typed, () -> pages.now(opened, viewer.locale(), null));
        }
        return backTo(id);
    }

    @GET
    @Path("{student: \\d{1,18}}/document")
    @Produces({"application/pdf", "image/jpeg", "image/png"})
    @RequiresCapability(AttendanceModule.VIEW)
    public Response document(@PathParam("id") long id, @PathParam("student") long studentId, @Context Viewer viewer) {
        PermitDocument document = permits.document(access.view(viewer, id).session(), studentId);
        return Response.ok(document.content(), document.contentType())
                .header("Content-Disposition", "attachment; filename=\"permit-" + id + "-" + studentId + "."
                        + document.extension() + "\"")
                .header("Cache-Control", "private, no-store").build();
    }

    private static Response backTo(long id) {
        return Response.seeOther(URI.create("/attendance-qr/sessions/" + id + "#roster")).build();
    }
}
