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
import java.util.HashMap;
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
        List<Map<String, Object>> items = new ArrayList<>();
        for (StoredNotification n : notifications.page(viewer.userId(), current, PAGE_SIZE)) {
            Map<String, Object> item = new HashMap<>();
            item.put("id", n.id());
            item.put("text", notifications.text(n, language));
            item.put("unread", n.unread());
            item.put("at", SHOWN.format(n.createdAt().atOffset(ZoneOffset.UTC).atZoneSameInstant(zone)));
            item.put("atIso", n.createdAt().atOffset(ZoneOffset.UTC).toString());
            NotificationLink.path(n.link()).ifPresent(link -> item.put("link", link));
            items.add(item);
        }
        Map<String, Object> model = new HashMap<>();
        model.put("items", items);
        model.put("empty", items.isEmpty());
        model.put("anyUnread", notifications.unread(viewer.userId()) > 0);
        model.put("page", current);
        model.put("pages", pages);
        model.put("multiplePages", pages > 1);
        if (current > 1) {
            model.put("newerPage", current - 1);
        }
        if (current < pages) {
            model.put("olderPage", current + 1);
        }
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
}
