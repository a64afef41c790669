package kz.sabaq.attendance.session;

import jakarta.ws.rs.FormParam;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.CacheControl;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriBuilder;
import jakarta.ws.rs.sse.Sse;
import jakarta.ws.rs.sse.SseEventSink;
import java.net.URI;
import java.time.Clock;
import java.time.Duration;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.Map;
import kz.sabaq.api.web.RefusedForm;
import kz.sabaq.api.web.RequiresCapability;
import kz.sabaq.api.web.UserError;
import kz.sabaq.api.web.View;
import kz.sabaq.api.web.Viewer;
import kz.sabaq.attendance.AttendanceModule;
import kz.sabaq.attendance.code.Phase;
import kz.sabaq.attendance.code.QrImage;
import kz.sabaq.attendance.code.RotatingCodes;
import kz.sabaq.attendance.live.MarkEvents;

/**
 * The trainer's side of one session: the page with the QR code and who has marked, the code's
 * image and text as they rotate, manual marks and reviews of suspicious ones.
 */
@Path("/attendance-qr")
@Produces(MediaType.TEXT_HTML)
public final class SessionResource {
    private final SessionAccess access;
    private final RotatingCodes codes;
    private final QrImage qr;
    private final SessionPage pages;
    private final SessionList list;
    private final ManualMarks manual;
    private final MarkEvents events;
    private final Clock clock;
    private final URI publicUrl;

    /** @param publicUrl the address users reach the server at ({@code server.publicUrl}): the QR link's base */
    public SessionResource(SessionAccess access, RotatingCodes codes, QrImage qr, SessionPage pages, SessionList list,
                           ManualMarks manual, MarkEvents events, Clock clock, URI publicUrl) {
        this.list = list;
        this.access = access;
        this.codes = codes;
        this.qr = qr;
        this.pages = pages;
        this.manual = manual;
        this.events = events;
        this.clock = clock;
        this.publicUrl = publicUrl;
    }

    /** The trainer's sessions of a week ({@code week}: any day of it; this week without it). */
    @GET
    @RequiresCapability(AttendanceModule.VIEW)
    public View sessions(@QueryParam("week") String week, @QueryParam("day") String day, @Context Viewer viewer) {
        return list.list(viewer, day(week), day(day));
    }

    @GET
    @Path("sessions/{id: \\d{1,18}}")
    @RequiresCapability(AttendanceModule.VIEW)
    public View session(@PathParam("id") long id, @QueryParam("phase") String phase,
                        @QueryParam("platform") String platform, @Context Viewer viewer) {
        SessionAccess.Opened opened = access.view(viewer, id);
        return pages.session(opened, Phase.ofPath(phase).orElseGet(() -> pages.phaseNow(opened.session())),
                viewer.locale(), platform);
    }

    /** The current code as a QR image; it encodes the absolute check-in link. */
    @GET
    @Path("sessions/{id: \\d{1,18}}/qr/{phase: in|out}.png")
    @Produces("image/png")
    @RequiresCapability(AttendanceModule.VIEW)
    public Response image(@PathParam("id") long id, @PathParam("phase") String phaseText, @Context Viewer viewer) {
        access.view(viewer, id);
        Phase phase = Phase.ofPath(phaseText).orElseThrow(UserError::notFound);
        RotatingCodes.Shown shown = codes.current(id, phase);
        CacheControl noStore = new CacheControl();
        noStore.setNoStore(true);
        return Response.ok(qr.png(link(id, phase, shown).toString()), "image/png").cacheControl(noStore).build();
    }

    /** What the screen shows now and when to ask again, by server time (the trainer's clock plays no part). */
    @GET
    @Path("sessions/{id: \\d{1,18}}/code/{phase: in|out}")
    @Produces(MediaType.APPLICATION_JSON)
    @RequiresCapability(AttendanceModule.VIEW)
    public Map<String, Object> code(@PathParam("id") long id, @PathParam("phase") String phaseText,
                                    @Context Viewer viewer) {
        access.view(viewer, id);
        Phase phase = Phase.ofPath(phaseText).orElseThrow(UserError::notFound);
        RotatingCodes.Shown shown = codes.current(id, phase);
        long refresh = Math.max(0, Duration.between(clock.instant(), shown.until()).toMillis());
        return Map.of("link", link(id, phase, shown).toString(), "typed", shown.typed(),
                "image", "/attendance-qr/sessions/" + id + "/qr/" + phase.path() + ".png?slot=" + shown.slot(),
                "refreshInMs", refresh);
    }

    /** Server-Sent Events: {@code marks} each time someone marks, so the page updates its list without a reload. */
    @GET
    @Path("sessions/{id: \\d{1,18}}/events")
    @Produces(MediaType.SERVER_SENT_EVENTS)
    @RequiresCapability(AttendanceModule.VIEW)
    public void events(@PathParam("id") long id, @Context Viewer viewer, @Context SseEventSink sink, @Context Sse sse) {
        access.view(viewer, id);
        events.stream(id, sink, sse);
    }

    @POST
    @Path("sessions/{id: \\d{1,18}}/manual")
    @RequiresCapability(AttendanceModule.MANAGE)
    public Response mark(@PathParam("id") long id, @FormParam("student") long studentId, @FormParam("mark") String mark,
                         @FormParam("reason") String reason, @FormParam("note") String note, @Context Viewer viewer) {
        SessionAccess.Opened opened = access.manage(viewer, id);
        try {
            ManualMarks.Choice choice = ManualMarks.Choice.of(mark)
                    .orElseThrow(() -> UserError.badRequest("attendance-qr.error.markChoice").on("mark"));
            manual.mark(viewer.userId(), opened.session(), studentId, choice, reason, note);
        } catch (UserError e) {
            return RefusedForm.response(e, () -> pages.now(opened, viewer.locale(), null));
        }
        return backTo(id);
    }

    /** Every listener still without an arrival marked present or absent at once (the page asks to confirm first). */
    @POST
    @Path("sessions/{id: \\d{1,18}}/remaining")
    @RequiresCapability(AttendanceModule.MANAGE)
    public Response markRemaining(@PathParam("id") long id, @FormParam("mark") String mark, @Context Viewer viewer) {
        SessionAccess.Opened opened = access.manage(viewer, id);
        try {
            ManualMarks.Choice choice = ManualMarks.Choice.of(mark)
                    .orElseThrow(() -> UserError.badRequest("attendance-qr.error.markChoice"));
            manual.markRemaining(viewer.userId(), opened.session(), choice);
        } catch (UserError e) {
            return RefusedForm.response(e, () -> pages.now(opened, viewer.locale(), null));
        }
        return backTo(id);
    }

    @POST
    @Path("sessions/{id: \\d{1,18}}/review")
    @RequiresCapability(AttendanceModule.MANAGE)
    public Response review(@PathParam("id") long id, @FormParam("mark") long markId, @FormParam("decision") String decision,
                           @Context Viewer viewer) {
        SessionAccess.Opened opened = access.manage(viewer, id);
        try {
            if (!"confirm".equals(decision) && !"reject".equals(decision)) {
                throw UserError.badRequest("attendance-qr.error.decisionChoice");
            }
            manual.review(viewer.userId(), opened.session(), markId, "confirm".equals(decision));
        } catch (UserError e) {
            return RefusedForm.response(e, () -> pages.now(opened, viewer.locale(), null));
        }
        return backTo(id);
    }

    /**
     * The absolute link in the code, from the configured public address (never the request's: behind
     * a proxy that is an inner address, and a Host header is the client's to choose).
     */
    private URI link(long id, Phase phase, RotatingCodes.Shown shown) {
        return UriBuilder.fromUri(publicUrl).path("attendance-qr/check-in").path(String.valueOf(id)).path(phase.path()).path(shown.link()).build();
    }

    private static LocalDate day(String text) {
        if (text == null || text.isBlank()) {
            return null;
        }
        try {
            return LocalDate.parse(text);
        } catch (DateTimeParseException e) {
            throw UserError.badRequest("attendance-qr.error.day");
        }
    }

    private static Response backTo(long id) {
        return Response.seeOther(URI.create("/attendance-qr/sessions/" + id + "#roster")).build();
    }
}
