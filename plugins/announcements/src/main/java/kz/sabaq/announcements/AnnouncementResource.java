package kz.sabaq.announcements;

import jakarta.ws.rs.FormParam;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.net.URI;
import java.util.List;
import java.util.Map;
import kz.sabaq.api.web.RefusedForm;
import kz.sabaq.api.web.RequiresCapability;
import kz.sabaq.api.web.UserError;
import kz.sabaq.api.web.View;
import kz.sabaq.api.web.Viewer;

@Path("/announcements")
@Produces(MediaType.TEXT_HTML)
public final class AnnouncementResource {
    private final Board board;

    public AnnouncementResource(Board board) {
        this.board = board;
    }

    @GET
    @RequiresCapability(AnnouncementsModule.READ)
    public View list(@Context Viewer viewer) {
        return page(viewer);
    }

    private View page(Viewer viewer) {
        boolean publisher = viewer.can(AnnouncementsModule.PUBLISH);
        boolean any = viewer.can(AnnouncementsModule.WITHDRAW_ANY);
        List<Map<String, Object>> shown = board.current().stream().map(a -> Map.<String, Object>of(
                "id", a.id(), "title", a.title(), "body", a.body(), "publishedAt", a.publishedAt(),
                "canWithdraw", publisher && (any || a.authorId() == viewer.userId()))).toList();
        return View.of("announcements/list", "announcements.title", Map.of(
                "announcements", shown,
                "canPublish", publisher));
    }

    @POST
    @RequiresCapability(AnnouncementsModule.PUBLISH)
    public Response publish(@FormParam("title") String title, @FormParam("body") String body,
                            @FormParam("days") String days, @Context Viewer viewer) {
        try {
            board.publish(viewer.userId(), title, body, days);
        } catch (UserError e) {
            return RefusedForm.response(e, () -> page(viewer));
        }
        return Response.seeOther(URI.create("/announcements")).build();
    }

    @POST
    @Path("{id}/withdraw")
    @RequiresCapability(AnnouncementsModule.PUBLISH)
    public Response withdraw(@PathParam("id") long id, @Context Viewer viewer) {
        board.withdraw(viewer, id);
        return Response.seeOther(URI.create("/announcements")).build();
    }
}
