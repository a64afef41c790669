package kz.sabaq.core.notify;

import jakarta.ws.rs.DefaultValue;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.net.URI;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import kz.sabaq.api.web.AnyUser;
import kz.sabaq.api.web.UserError;
import kz.sabaq.api.web.View;
import kz.sabaq.api.web.Viewer;
import kz.sabaq.core.i18n.Language;

/** The viewer's own notifications: the list, marking them read, and the unread count for the header badge. */
@Path("/")
@Produces(MediaType.TEXT_HTML)
public final class NotificationResource {
    static final int PAGE_SIZE = 20;
    private static final DateTimeFormatter SHOWN = DateTimeFormatter.ofPattern("dd.MM.yyyy HH:mm");

    private final NotificationCentre notifications;
    private final ZoneId zone;

    public NotificationResource(NotificationCentre notifications, ZoneId zone) {
        this.notifications = notifications;
        this.zone = zone;
    }

    @GET
    @Path("notifications")
    @AnyUser
    public View list(@QueryParam("page") @DefaultValue("1") int page, @Context Viewer viewer) {
        Language language = Language.of(viewer.locale());
        int total = notifications.count(viewer.userId());
        int pages = Math.max(1, (total + PAGE_SIZE - 1) / PAGE_SIZE);
        int current = Math.min(Math.max(page, 1), pages);
        List<Item> items = new ArrayList<>();
        for (StoredNotification n : notifications.page(viewer.userId(), current, PAGE_SIZE)) {
            items.add(new Item(n.id(), notifications.text(n, language), n.unread(),
                    SHOWN.format(n.createdAt().atOffset(ZoneOffset.UTC).atZoneSameInstant(zone)),
                    n.createdAt().atOffset(ZoneOffset.UTC).toString(), NotificationLink.path(n.link()).orElse(null)));
        }
        Model model = new Model(items, items.isEmpty(), notifications.unread(viewer.userId()) > 0, current, pages,
                pages > 1, current > 1 ? current - 1 : null, current < pages ? current + 1 : null);
        return View.of("core/notifications", "core.notify.title", model);
    }

    @POST
    @Path("notifications/{id}/read")
    @AnyUser
    public Response markRead(@PathParam("id") long id, @QueryParam("page") @DefaultValue("1") int page,
                             @Context Viewer viewer) {
        if (!notifications.markRead(viewer.userId(), id)) {
            throw UserError.notFound();
        }
        return backTo(page);
    }

    @POST
    @Path("notifications/read-all")
    @AnyUser
    public Response markAllRead(@Context Viewer viewer) {
        notifications.markAllRead(viewer.userId());
        return backTo(1);
    }

    @GET
    @Path("api/notifications/unread")
    @Produces(MediaType.APPLICATION_JSON)
    @AnyUser
    public Response unread(@Context Viewer viewer) {
        return Response.ok(Map.of("unread", notifications.unread(viewer.userId())))
                .header("Cache-Control", "no-store").build();
    }

    private static Response backTo(int page) {
        return Response.seeOther(URI.create(page > 1 ? "/notifications?page=" + page : "/notifications")).build();
    }

    /**
     * A page of the viewer's notifications, newest first.
     *
     * @param newerPage the page before, or null on the first
     * @param olderPage the page after, or null on the last
     */
    public record Model(List<Item> items, boolean empty, boolean anyUnread, int page, int pages, boolean multiplePages,
                 Integer newerPage, Integer olderPage) {
    }

    /** One notification; {@code link} is where it leads on this site, or null. */
    record Item(long id, String text, boolean unread, String at, String atIso, String link) {
    }
}
