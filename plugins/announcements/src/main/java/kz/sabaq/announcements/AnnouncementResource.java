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
import java.time.LocalDateTime;
import java.util.List;
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

    /** The board's page: its components are the template's keys. */
    public record Model(List<Item> announcements, boolean canPublish) {
    }

    /** One announcement as the board shows it; {@code canWithdraw} for its author or whoever may withdraw any. */
    public record Item(long id, String title, String body, LocalDateTime publishedAt, boolean canWithdraw) {
    }

    @GET
    @RequiresCapability(AnnouncementsModule.READ)
    public View list(@Context Viewer viewer) {
        boolean publisher = viewer.can(AnnouncementsModule.PUBLISH);
        boolean any = viewer.can(AnnouncementsModule.WITHDRAW_ANY);
        List<Item> shown = board.current().stream().map(a -> new Item(a.id(), a.title(), a.body(), a.publishedAt(),
                publisher && (any || a.authorId() == viewer.userId()))).toList();
        return View.of("announcements/list", "announcements.title", new Model(shown, publisher));
    }

    @POST
    @RequiresCapability(AnnouncementsModule.PUBLISH)
    public Response publish(@FormParam("title") String title, @FormParam("body") String body,
                            @FormParam("days") String days, @Context Viewer viewer) {
        try {
            board.publish(viewer.userId(), title, body, days);
        } catch (UserError e) {
            return RefusedForm.response(e, () -> list(viewer));
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
