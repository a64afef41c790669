package kz.sabaq.core.conference;

import jakarta.ws.rs.FormParam;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import java.net.URI;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import kz.sabaq.api.conference.Callback;
import kz.sabaq.api.conference.ConferenceHost;
import kz.sabaq.api.conference.ConferencePlatform;
import kz.sabaq.api.conference.Participant;
import kz.sabaq.api.data.AuditLog;
import kz.sabaq.api.web.AnyUser;
import kz.sabaq.api.web.PublicAccess;
import kz.sabaq.api.web.UserError;
import kz.sabaq.api.web.View;
import kz.sabaq.api.web.Viewer;
import kz.sabaq.core.auth.SafeReturn;
import kz.sabaq.core.user.User;
import kz.sabaq.core.user.UserMapper;

/**
 * The join route every module's pages link to, and the callback route platforms' servers post to.
 * Joining asks the object's module whether the viewer takes part and as what, then the platform for the
 * viewer's own address; nothing about the meeting is in the link itself. Joining is open from the
 * platform's {@link ConferencePlatform#joinEarly} before the start until the end; a host may end it.
 */
@Path("/conference")
public class ConferenceResource {
    private static final DateTimeFormatter WHEN = DateTimeFormatter.ofPattern("dd.MM.yyyy HH:mm");

    private final CoreConferences conferences;
    private final UserMapper users;
    private final AuditLog audit;
    private final Clock clock;
    private final ZoneId zone;

    public ConferenceResource(CoreConferences conferences, UserMapper users, AuditLog audit, Clock clock, ZoneId zone) {
        this.conferences = conferences;
        this.users = users;
        this.audit = audit;
        this.clock = clock;
        this.zone = zone;
    }

    @GET
    @Path("/{module}/{object}/join")
    @AnyUser
    public Response join(@PathParam("module") String module, @PathParam("object") String object,
                         @HeaderParam("Referer") String referer, @Context Viewer viewer) {
        ConferenceHost.Seat seat = seat(module, object, viewer);
        ConferencePlatform platform = conferences.platform(seat.platform()).orElseThrow(UserError::notFound);
        Instant now = clock.instant();
        Instant opens = seat.meeting().start().minus(platform.joinEarly(conferences.context(platform)));
        if (now.isBefore(opens)) {
            return closed("core.conference.tooEarly", opens, referer);
        }
        if (!now.isBefore(seat.meeting().end())) {
            return closed("core.conference.over", seat.meeting().end(), referer);
        }
        User user = users.findById(viewer.userId()).orElseThrow(UserError::forbidden);
        Participant who = new Participant(user.id(), user.iin(), fullName(user), viewer.locale(), seat.host());
        URI address = platform.join(seat.meeting(), who, conferences.context(platform));
        return Response.seeOther(address).build();
    }

    /**
     * A host's End button: the platform ends the meeting for everyone; back to {@code back}, a path of
     * this site (anything else goes to the start page).
     */
    @POST
    @Path("/{module}/{object}/end")
    @AnyUser
    public Response end(@PathParam("module") String module, @PathParam("object") String object,
                        @FormParam("back") String back, @Context Viewer viewer) {
        ConferenceHost.Seat seat = seat(module, object, viewer);
        if (!seat.host()) {
            throw UserError.forbidden();
        }
        ConferencePlatform platform = conferences.platform(seat.platform()).orElseThrow(UserError::notFound);
        platform.end(seat.meeting(), conferences.context(platform));
        audit.record(viewer.userId(), "core.conference.end", module + ":" + object, Map.of("platform", platform.id()));
        return Response.seeOther(URI.create(SafeReturn.of(back))).build();
    }

    /**
     * "Too early" or "over", with the way back to the page the join link was on (the exam or the
     * class page: the referrer, sent for this site's own pages only) rather than the start page.
     */
    private Response closed(String messageKey, Instant at, String referer) {
        return Response.status(Response.Status.CONFLICT).entity(View.of("core/conference-closed", "core.conference.title",
                new Closed(messageKey, WHEN.format(at.atZone(zone)), backTo(referer)))).build();
    }

    /** The referrer's path and query when it is a page of this site; null otherwise. */
    static String backTo(String referer) {
        if (referer == null || referer.isBlank()) {
            return null;
        }
        try {
            URI uri = URI.create(referer);
            String back = SafeReturn.of(uri.getRawQuery() == null ? uri.getRawPath() : uri.getRawPath() + "?" + uri.getRawQuery());
            return back.equals("/") || back.contains("/conference/") ? null : back;
        } catch (IllegalArgumentException e) {
            return null;
        }
    }

    /**
     * The join route's answer while the meeting is not open.
     *
     * @param messageKey why: too early or over, with {@code when} as its argument
     * @param back       the page the link was on, or null
     */
    public record Closed(String messageKey, String when, String back) {
    }

    private ConferenceHost.Seat seat(String module, String object, Viewer viewer) {
        return conferences.hostOf(module).flatMap(h -> h.seat(object, viewer)).orElseThrow(UserError::notFound);
    }

    @POST
    @Path("/callback/{platform}/{name}")
    @PublicAccess
    public Response post(@PathParam("platform") String platform, @PathParam("name") String name,
                         @Context UriInfo uri, @Context HttpHeaders headers, byte[] body) {
        return callback(platform, name, uri, headers, body);
    }

    @GET
    @Path("/callback/{platform}/{name}")
    @PublicAccess
    public Response get(@PathParam("platform") String platform, @PathParam("name") String name,
                        @Context UriInfo uri, @Context HttpHeaders headers) {
        return callback(platform, name, uri, headers, new byte[0]);
    }

    private Response callback(String platformId, String name, UriInfo uri, HttpHeaders headers, byte[] body) {
        ConferencePlatform platform = conferences.platform(platformId).orElseThrow(UserError::notFound);
        Map<String, List<String>> lowerCase = new HashMap<>();
        headers.getRequestHeaders().forEach((k, v) -> lowerCase.put(k.toLowerCase(Locale.ROOT), List.copyOf(v)));
        Callback call = new Callback(name, Map.copyOf(uri.getQueryParameters()), lowerCase, body);
        Callback.Reply reply = platform.callback(call, conferences.context(platform));
        return Response.status(reply.status()).type(MediaType.valueOf(reply.type())).entity(reply.text()).build();
    }

    private static String fullName(User user) {
        String patronymic = user.patronymic() == null || user.patronymic().isBlank() ? "" : " " + user.patronymic();
        return user.surname() + " " + user.firstName() + patronymic;
    }
}
