package kz.sabaq.core.cabinet;

import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import kz.sabaq.api.module.MenuEntry;
import kz.sabaq.api.web.AnyUser;
import kz.sabaq.api.web.View;
import kz.sabaq.api.web.Viewer;
import kz.sabaq.core.access.RoleDefinition;
import kz.sabaq.core.access.SessionViewer;
import kz.sabaq.core.i18n.Language;
import kz.sabaq.core.i18n.Messages;
import kz.sabaq.core.notify.NotificationCentre;
import kz.sabaq.core.notify.NotificationLink;
import kz.sabaq.core.notify.StoredNotification;
import kz.sabaq.core.web.Navigation;

/**
 * The home page after login: who you are, your roles, your latest unread notifications (so what
 * is new is read here, not behind the bell), and a tile per thing you may open.
 */
@Path("/")
@Produces(MediaType.TEXT_HTML)
public final class CabinetResource {
    /** How many of the newest unread notifications the cabinet shows. */
    static final int LATEST = 3;

    private final Navigation navigation;
    private final Messages messages;
    private final NotificationCentre notifications;

    public CabinetResource(Navigation navigation, Messages messages, NotificationCentre notifications) {
        this.navigation = navigation;
        this.messages = messages;
        this.notifications = notifications;
    }

    @GET
    @AnyUser
    public View cabinet(@Context Viewer viewer) {
        List<Map<String, String>> tiles = new ArrayList<>();
        for (MenuEntry e : navigation.visibleTo(viewer)) {
            tiles.add(Map.of("labelKey", e.labelKey(), "path", e.path()));
        }
        List<String> roles = new ArrayList<>();
        if (viewer instanceof SessionViewer s) {
            for (RoleDefinition r : s.roles()) {
                roles.add(r.name() != null ? r.name() : messages.get(viewer.locale(), "core.role." + r.code()));
            }
        }
        Language language = Language.of(viewer.locale());
        List<Map<String, Object>> latest = new ArrayList<>();
        int unread = notifications.unread(viewer.userId());
        if (unread > 0) {
            for (StoredNotification n : notifications.page(viewer.userId(), 1, 20)) {
                if (n.unread() && latest.size() < LATEST) {
                    Map<String, Object> item = new HashMap<>();
                    item.put("id", n.id());
                    item.put("text", notifications.text(n, language));
                    NotificationLink.path(n.link()).ifPresent(link -> item.put("link", link));
                    latest.add(item);
                }
            }
        }
        Map<String, Object> model = new HashMap<>();
        model.put("tiles", tiles);
        model.put("roles", String.join(", ", roles));
        model.put("unreadCount", unread > 0 ? unread : null);
        model.put("latest", latest);
        return View.of("core/cabinet", "core.cabinet.title", model);
    }
}
