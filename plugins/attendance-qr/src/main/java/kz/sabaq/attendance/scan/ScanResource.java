package kz.sabaq.attendance.scan;

import jakarta.ws.rs.BeanParam;
import jakarta.ws.rs.FormParam;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.NewCookie;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriBuilder;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import kz.sabaq.api.web.PublicAccess;
import kz.sabaq.api.web.RefusedForm;
import kz.sabaq.api.web.RequiresCapability;
import kz.sabaq.api.web.UserError;
import kz.sabaq.api.web.View;
import kz.sabaq.api.web.Viewer;
import kz.sabaq.attendance.AttendanceModule;
import kz.sabaq.attendance.AttendanceSettings;
import kz.sabaq.attendance.code.Phase;
import kz.sabaq.attendance.code.Receipts;
import kz.sabaq.attendance.code.RotatingCodes;
import kz.sabaq.attendance.journal.MyAttendance;
import kz.sabaq.attendance.mark.CheckIns;
import kz.sabaq.attendance.mark.Scan;
import kz.sabaq.attendance.mark.Source;

/**
 * The listener's side: the link inside the QR code, the receipt that carries a scan through the
 * login, the typed code, and the phone's position. The link is a plain GET so a phone camera can
 * follow it; it marks only the viewer, and its code is bound to the session and phase and lives a
 * rotation or two, so it works as its own short-lived proof of presence.
 */
@Path("/attendance-qr/check-in")
@Produces(MediaType.TEXT_HTML)
public final class ScanResource {
    private final LinkScans links;
    private final Receipts receipts;
    private final Browsers browsers;
    private final CheckIns checkIns;
    private final TypedCodes typed;
    private final ResultPage results;
    private final MyAttendance mine;
    private final AttendanceSettings settings;
    private final Clock clock;

    public ScanResource(RotatingCodes codes, Receipts receipts, Browsers browsers, CheckIns checkIns, TypedCodes typed,
                        ResultPage results, MyAttendance mine, AttendanceSettings settings, Clock clock) {
        this.links = new LinkScans(codes, checkIns);
        this.receipts = receipts;
        this.browsers = browsers;
        this.checkIns = checkIns;
        this.typed = typed;
        this.results = results;
        this.mine = mine;
        this.settings = settings;
        this.clock = clock;
    }

    /**
     * The link in the QR code. Logged in: marks at once ({@link QuickScan} serves this case first
     * and leaves its refusals here). Not logged in: a signed receipt goes through the login.
     */
    @GET
    @Path("{session: \\d{1,18}}/{phase: in|out}/{code: [A-Za-z0-9_-]{1,64}}")
    @PublicAccess
    public Response scan(@PathParam("session") long sessionId, @PathParam("phase") String phaseText,
                         @PathParam("code") String code, @BeanParam ScanRequest request, @Context Viewer viewer) {
        Phase phase = Phase.ofPath(phaseText).orElseThrow(UserError::notFound);
        LinkScans.Link link = new LinkScans.Link(sessionId, phase, code);
        Instant now = clock.instant();
        Browser browser = request.browser(browsers);
        if (!viewer.loggedIn()) {
            RotatingCodes.Freshness freshness = links.check(link, now);
            String receipt = receipts.sign(new Receipts.Receipt(sessionId, phase, now, freshness), browser.device());
            return withCookies(Response.seeOther(UriBuilder.fromPath("/login")
                    .queryParam("return", "/attendance-qr/check-in/receipt/" + receipt)
                    .queryParam("notice", "attendance-qr.loginNotice." + (phase == Phase.IN ? "checkIn" : "checkOut"))
                    .build()), browser.deviceCookie()).build();
        }
        CheckIns.Outcome outcome = links.mark(link, now, viewer, browser, request.address());
        return answer(outcome, viewer, browser);
    }

    /** Completes a scan made before logging in, with the time it was scanned, even if the code rotated since. */
    @GET
    @Path("receipt/{receipt}")
    @RequiresCapability(AttendanceModule.CHECK_IN)
    public Response receipt(@PathParam("receipt") String token, @BeanParam ScanRequest request,
                            @Context Viewer viewer) {
        Browser browser = request.browser(browsers);
        receipts.named(token).ifPresent(checkIns::session);
        Receipts.Receipt receipt = receipts.verify(token, browser.device())
                .orElseThrow(() -> UserError.badRequest("attendance-qr.error.receiptInvalid"));
        Duration age = Duration.between(receipt.scannedAt(), clock.instant());
        if (age.isNegative() || age.compareTo(settings.receipt()) > 0) {
            throw UserError.badRequest("attendance-qr.error.receiptExpired");
        }
        CheckIns.Outcome outcome = checkIns.completeReceipt(new Scan(receipt.sessionId(), receipt.phase(), viewer.userId(),
                receipt.scannedAt(), Source.SCAN, receipt.freshness(), browser.device(), request.address(),
                browser.markedOthers(receipt.sessionId(), receipt.phase(), viewer.userId())));
        return answer(outcome, viewer, browser);
    }

    /** The typed-code page's model: the form reads only what core gives every page (its CSRF token, the texts). */
    public record TypedForm() {
    }

    /** The page for typing the code shown under the QR code. */
    @GET
    @RequiresCapability(AttendanceModule.CHECK_IN)
    public View typedForm() {
        return View.of("attendance-qr/scan-attend", "attendance-qr.attend.title", new TypedForm());
    }

    /** The listener's own attendance: per discipline absences, latenesses, permits and admission; recent sessions. */
    @GET
    @Path("mine")
    @RequiresCapability(AttendanceModule.CHECK_IN)
    public View mine(@Context Viewer viewer) {
        return mine.page(viewer.userId(), viewer.locale());
    }

    @POST
    @Path("typed")
    @RequiresCapability(AttendanceModule.CHECK_IN)
    public Response typed(@FormParam("code") String code, @BeanParam ScanRequest request, @Context Viewer viewer) {
        Instant now = clock.instant();
        try {
            TypedCodes.Match match = typed.match(viewer.userId(), code, now);
            Browser browser = request.browser(browsers);
            CheckIns.Outcome outcome = checkIns.record(new Scan(match.session().id(), match.phase(), viewer.userId(), now,
                    Source.TYPED, match.freshness(), browser.device(), request.address(),
                    browser.markedOthers(match.session().id(), match.phase(), viewer.userId())));
            return answer(outcome, viewer, browser);
        } catch (UserError e) {
            return RefusedForm.response(e, this::typedForm);
        }
    }

    /** The phone's position, when it offers one after a mark; a position far from the room makes the mark suspicious. */
    @POST
    @Path("marks/{mark: \\d{1,18}}/position")
    @Produces(MediaType.APPLICATION_JSON)
    @RequiresCapability(AttendanceModule.CHECK_IN)
    public Response position(@PathParam("mark") long markId, @FormParam("latitude") Double latitude,
                             @FormParam("longitude") Double longitude, @Context Viewer viewer) {
        if (latitude == null || longitude == null || Math.abs(latitude) > 90 || Math.abs(longitude) > 180) {
            throw UserError.badRequest("attendance-qr.error.position");
        }
        checkIns.reportPosition(markId, viewer.userId(), latitude, longitude);
        return Response.noContent().build();
    }

    /** The quick route serving this resource's QR link for logged-in listeners. */
    public QuickScan quickScan() {
        return new QuickScan(links, results, browsers, clock);
    }

    private Response answer(CheckIns.Outcome outcome, Viewer viewer, Browser browser) {
        return withCookies(Response.ok(results.of(outcome, viewer.locale())), browser.cookiesAfter(outcome.mark())).build();
    }

    private static Response.ResponseBuilder withCookies(Response.ResponseBuilder response, List<NewCookie> cookies) {
        return response.cookie(cookies.toArray(NewCookie[]::new));
    }
}
