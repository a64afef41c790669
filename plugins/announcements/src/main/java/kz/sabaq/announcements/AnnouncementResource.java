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
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.List;
import kz.sabaq.api.web.RefusedForm;
import kz.sabaq.api.web.RequiresCapability;
import kz.sabaq.api.web.UserError;
import kz.sabaq.api.web.View;
import kz.sabaq.api.web.Viewer;

@Path("/announcements")
@Produces(MediaType.TEXT_HTML)
public final class AnnouncementResource {
    /** As core's pages show a moment: the institution's local date and time, the same in kk, ru and en. */
    private static final DateTimeFormatter SHOWN = DateTimeFormatter.ofPattern("dd.MM.yyyy HH:mm");

    private final Board board;
    private final ZoneId zone;

    public AnnouncementResource(Board board, ZoneId zone) {
        this.board = board;
        this.zone = zone;
    }

    /** The board's page: its components are the template's keys. */
    public record Model(List<Item> announcements, boolean canPublish) {
    }

    /**
     * One announcement as the board shows it: {@code publishedAt} in the institution's time,
     * {@code publishedIso} the instant for {@code <time datetime>}; {@code canWithdraw} for its
     * author or whoever may withdraw any.
     */
    public record Item(long id, String title, String body, String publishedAt, String publishedIso,
                       boolean canWithdraw) {
    }

    @GET
    @RequiresCapability(AnnouncementsModule.READ)
    public View list(@Context Viewer viewer) {
        boolean publisher = viewer.can(AnnouncementsModule.PUBLISH);
        boolean any = viewer.can(AnnouncementsModule.WITHDRAW_ANY);
        List<Item> shown = board.current().stream().map(a -> {
            OffsetDateTime published = a.publishedAt().atOffset(ZoneOffset.UTC);  // the clock's time, UTC
            return new Item(a.id(), a.title(), a.body(), SHOWN.format(published.atZoneSameInstant(zone)),
                    published.toString(), publisher && (any || a.authorId() == viewer.userId()));
        }).toList();
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
