package kz.sabaq.announcements;

import java.time.Clock;
import java.time.LocalDateTime;
import java.util.List;
import java.util.Map;
import kz.sabaq.api.data.AuditLog;
import kz.sabaq.api.setting.ModuleSettings;
import kz.sabaq.api.web.UserError;
import kz.sabaq.api.web.Viewer;

/** The announcement board: what is current, publishing, withdrawing, expiry. */
public final class Board {
    static final int TITLE_MAX = 200;
    static final int BODY_MAX = 5000;

    private final AnnouncementMapper announcements;
    private final ModuleSettings settings;
    private final AuditLog audit;
    private final Clock clock;

    public Board(AnnouncementMapper announcements, ModuleSettings settings, AuditLog audit, Clock clock) {
        this.announcements = announcements;
        this.settings = settings;
        this.audit = audit;
        this.clock = clock;
    }

    public List<Announcement> current() {
        return announcements.current(LocalDateTime.now(clock), settings.integer("maxShown"));
    }

    /** @param days as typed: blank for the default lifetime */
    public void publish(long authorId, String title, String body, String days) {
        String t = title == null ? "" : title.strip();
        String b = body == null ? "" : body.strip();
        if (t.isEmpty() || t.length() > TITLE_MAX) {
            throw UserError.badRequest("announcements.error.title", TITLE_MAX).on("title");
        }
        if (b.length() > BODY_MAX) {
            throw UserError.badRequest("announcements.error.body", BODY_MAX).on("body");
        }
        long lifetime = lifetime(days);
        LocalDateTime now = LocalDateTime.now(clock);
        announcements.insert(t, b, authorId, now, now.plusDays(lifetime));
        audit.record(authorId, "announcements.publish", null, Map.of("title", t, "days", lifetime));
    }

    private long lifetime(String days) {
        if (days == null || days.isBlank()) {
            return settings.integer("defaultDays");
        }
        try {
            long lifetime = Long.parseLong(days.strip());
            if (lifetime >= 1 && lifetime <= 365) {
                return lifetime;
            }
        } catch (NumberFormatException notANumber) {
            // refused below like a number out of range
        }
        throw UserError.badRequest("announcements.error.days").on("days");
    }

    /** Only its author withdraws an announcement, or someone with the right to withdraw any. */
    public void withdraw(Viewer actor, long id) {
        long actorId = actor.userId();
        Long author = announcements.authorOf(id);
        if (author == null) {
            throw UserError.notFound();
        }
        if (author != actorId && !actor.can(AnnouncementsModule.WITHDRAW_ANY)) {
            throw UserError.forbidden();
        }
        if (announcements.delete(id) == 0) {
            throw UserError.notFound();
        }
        audit.record(actorId, "announcements.withdraw", "announcement:" + id, Map.of());
    }

    public void purgeExpired() {
        announcements.deleteExpired(LocalDateTime.now(clock));
    }
}
