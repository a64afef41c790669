package kz.sabaq.core.cabinet;

import java.util.ArrayList;
import java.util.List;
import kz.sabaq.api.module.MenuEntry;
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
 * The cabinet a person lands on after login: "today" first (what the modules contribute: classes now
 * and next, exams coming up, attendance warnings), then the latest unread notifications (so what is
 * new is read here, not behind the bell), then a tile per section one may open.
 */
public final class CabinetPage {
    /** How many of the newest unread notifications the cabinet shows. */
    static final int LATEST = 3;

    private final Navigation navigation;
    private final Messages messages;
    private final NotificationCentre notifications;
    private final Today today;

    public record Tile(String labelKey, String path) {
    }

    /** @param link the notification's own page, null when it has none */
    public record Latest(long id, String text, String link) {
    }

    /**
     * @param unreadCount null when nothing is unread, so the template leaves the block out
     * @param quiet       nothing today and nothing unread: the page says so instead of showing empty blocks
     */
    public record Model(String roles, List<Today.Section> today, boolean quiet, Integer unreadCount,
                        List<Latest> latest, List<Tile> tiles) {
    }

    public CabinetPage(Navigation navigation, Messages messages, NotificationCentre notifications, Today today) {
        this.navigation = navigation;
        this.messages = messages;
        this.notifications = notifications;
        this.today = today;
    }

    public View of(Viewer viewer) {
        List<Tile> tiles = new ArrayList<>();
        for (MenuEntry e : navigation.visibleTo(viewer)) {
            tiles.add(new Tile(e.labelKey(), e.path()));
        }
        List<String> roles = new ArrayList<>();
        if (viewer instanceof SessionViewer s) {
            for (RoleDefinition r : s.roles()) {
                roles.add(r.name() != null ? r.name() : messages.get(viewer.locale(), "core.role." + r.code()));
            }
        }
        int unread = notifications.unread(viewer.userId());
        List<Latest> latest = unread > 0 ? latest(viewer) : List.of();
        List<Today.Section> sections = today.of(viewer);
        return View.of("core/cabinet", "core.cabinet.title", new Model(String.join(", ", roles), sections,
                sections.isEmpty() && unread == 0, unread > 0 ? unread : null, latest, tiles));
    }

    private List<Latest> latest(Viewer viewer) {
        Language language = Language.of(viewer.locale());
        List<Latest> latest = new ArrayList<>();
        for (StoredNotification n : notifications.page(viewer.userId(), 1, 20)) {
            if (n.unread() && latest.size() < LATEST) {
                latest.add(new Latest(n.id(), notifications.text(n, language),
                        NotificationLink.path(n.link()).orElse(null)));
            }
        }
        return latest;
    }
}
