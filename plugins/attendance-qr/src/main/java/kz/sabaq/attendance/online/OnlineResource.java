package kz.sabaq.attendance.online;

import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.FormParam;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
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
import kz.sabaq.attendance.AttendanceModule;
import kz.sabaq.attendance.session.SessionAccess;
import kz.sabaq.attendance.session.SessionPage;

/**
 * An online class from the session page: its conference set, the proposal from the platform's
 * activity, and the trainer's confirmation. Each is the stream's manager's, as the session's other
 * actions are: the capability and the stream's context are both checked.
 */
@Path("/attendance-qr/sessions/{id: \\d{1,18}}/online")
@Produces(MediaType.TEXT_HTML)
public final class OnlineResource {
    private final SessionAccess access;
    private final Conferences conferences;
    private final Proposals proposals;
    private final OnlineConfirmation confirmation;
    private final OnlinePage pages;
    private final SessionPage sessions;

    public OnlineResource(SessionAccess access, Conferences conferences, Proposals proposals,
                          OnlineConfirmation confirmation, OnlinePage pages, SessionPage sessions) {
        this.access = access;
        this.conferences = conferences;
        this.proposals = proposals;
        this.confirmation = confirmation;
        this.pages = pages;
        this.sessions = sessions;
    }

    /** Sets the conference: {@code platform} and its fields as {@code field.<key>}. */
    @POST
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    @RequiresCapability(AttendanceModule.MANAGE)
    public Response set(@PathParam("id") long id, MultivaluedMap<String, String> form, @Context Viewer viewer) {
        SessionAccess.Opened opened = access.manage(viewer, id);
        String platform = form.getFirst("platform");
        try {
            conferences.set(viewer.userId(), opened.session(), platform, conferences.form().submitted(form), viewer.locale());
        } catch (UserError e) {
            return RefusedForm.response(e, () -> sessions.now(opened, viewer.locale(), platform));
        }
        return Response.seeOther(URI.create("/attendance-qr/sessions/" + id + "#online")).build();
    }

    @GET
    @Path("proposal")
    @RequiresCapability(AttendanceModule.MANAGE)
    public View proposal(@PathParam("id") long id, @Context Viewer viewer) {
        SessionAccess.Opened opened = access.manage(viewer, id);
        return pages.proposal(opened, proposals.propose(opened.session()), viewer.locale());
    }

    /** Confirms the proposal the trainer saw, named by its {@code digest}. */
    @POST
    @Path("confirm")
    @RequiresCapability(AttendanceModule.MANAGE)
    public Response confirm(@PathParam("id") long id, @FormParam("digest") String digest, @Context Viewer viewer) {
        SessionAccess.Opened opened = access.manage(viewer, id);
        try {
            confirmation.confirm(viewer.userId(), opened.session(), digest);
        } catch (UserError e) {
            return RefusedForm.response(e, () -> pages.proposal(opened, proposals.propose(opened.session()), viewer.locale()));
        }
        return Response.seeOther(URI.create("/attendance-qr/sessions/" + id + "#roster")).build();
    }
}
