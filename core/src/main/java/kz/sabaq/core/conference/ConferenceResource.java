package kz.sabaq.core.conference;

import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import java.net.URI;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import kz.sabaq.api.conference.Callback;
import kz.sabaq.api.conference.ConferenceHost;
import kz.sabaq.api.conference.ConferencePlatform;
import kz.sabaq.api.conference.Participant;
import kz.sabaq.api.web.AnyUser;
import kz.sabaq.api.web.PublicAccess;
import kz.sabaq.api.web.UserError;
import kz.sabaq.api.web.Viewer;
import kz.sabaq.core.user.User;
import kz.sabaq.core.user.UserMapper;

/**
 * The join route every module's pages link to, and the callback route platforms' servers post to.
 * Joining asks the object's module whether the viewer takes part and as what, then the platform for the
 * viewer's own address; nothing about the meeting is in the link itself.
 */
@Path("/conference")
public class ConferenceResource {
    private final CoreConferences conferences;
    private final UserMapper users;

    public ConferenceResource(CoreConferences conferences, UserMapper users) {
        this.conferences = conferences;
        this.users = users;
    }

    @GET
    @Path("/{module}/{object}/join")
    @AnyUser
    public Response join(@PathParam("module") String module, @PathParam("object") String object,
                         @Context Viewer viewer) {
        ConferenceHost.Seat seat = conferences.hostOf(module).flatMap(h -> h.seat(object, viewer))
                .orElseThrow(UserError::notFound);
        ConferencePlatform platform = conferences.platform(seat.platform()).orElseThrow(UserError::notFound);
        User user = users.findById(viewer.userId()).orElseThrow(UserError::forbidden);
        Participant who = new Participant(user.id(), user.iin(), fullName(user), viewer.locale(), seat.host());
        URI address = platform.join(seat.meeting(), who, conferences.context(platform));
        return Response.seeOther(address).build();
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
        return Response.status(reply.status()).type(MediaType.TEXT_PLAIN_TYPE).entity(reply.text()).build();
    }

    private static String fullName(User user) {
        String patronymic = user.patronymic() == null || user.patronymic().isBlank() ? "" : " " + user.patronymic();
        return user.surname() + " " + user.firstName() + patronymic;
    }
}
