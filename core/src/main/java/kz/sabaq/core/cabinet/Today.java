package kz.sabaq.core.cabinet;

import java.time.Clock;
import java.time.Instant;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.function.Supplier;
import kz.sabaq.api.cabinet.TodayItem;
import kz.sabaq.api.web.Viewer;
import kz.sabaq.core.plugin.CoreWiring.TodaySource;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The cabinet's "today": what every module contributes for the viewer, in sections (classes, exams,
 * warnings), each by time with untimed items last, times in the institution's zone and the viewer's
 * language, and what is on now marked.
 */
public final class Today {
    private static final Logger LOG = LoggerFactory.getLogger(Today.class);
    private static final Comparator<TodayItem> ORDER = Comparator.comparing(TodayItem::kind)
            .thenComparing(TodayItem::startsAt, Comparator.nullsLast(Comparator.naturalOrder()))
            .thenComparing(TodayItem::title);

    private final Supplier<List<TodaySource>> sources;
    private final Clock clock;
    private final ZoneId zone;

    /** One line of a section, as the template shows it. */
    public record Item(String title, String when, boolean now, String state, String link, String action,
                       String warning) {
    }

    /** @param kind the section's name in lower case: its heading's key and its element's id end with it */
    public record Section(String kind, List<Item> items) {
    }

    /** @param sources read on each visit: modules register theirs while wiring, after core's own */
    public Today(Supplier<List<TodaySource>> sources, Clock clock, ZoneId zone) {
        this.sources = sources;
        this.clock = clock;
        this.zone = zone;
    }

    public List<Section> of(Viewer viewer) {
        Instant now = clock.instant();
        List<TodayItem> all = new ArrayList<>();
        for (TodaySource source : sources.get()) {
            try {
                all.addAll(source.items().of(viewer, now));
            } catch (RuntimeException e) {
                // the page everyone lands on after login stays up when one module's part of it fails
                LOG.error("{} could not list today's items for user {}", source.moduleId(), viewer.userId(), e);
            }
        }
        all.sort(ORDER);
        List<Section> sections = new ArrayList<>();
        for (TodayItem.Kind kind : TodayItem.Kind.values()) {
            List<Item> items = all.stream().filter(i -> i.kind() == kind)
                    .map(i -> item(i, now, viewer.locale())).toList();
            if (!items.isEmpty()) {
                sections.add(new Section(kind.name().toLowerCase(Locale.ROOT), items));
            }
        }
        return sections;
    }

    private Item item(TodayItem i, Instant now, Locale locale) {
        boolean on = i.startsAt() != null && i.endsAt() != null && !now.isBefore(i.startsAt())
                && now.isBefore(i.endsAt());
        return new Item(i.title(), when(i, now, locale), on, i.state(), i.link(), i.action(), i.warning());
    }

    /** "10:00–11:30" today, "9 December, 10:00–11:30" on another day. */
    private String when(TodayItem i, Instant now, Locale locale) {
        if (i.startsAt() == null) {
            return null;
        }
        DateTimeFormatter time = DateTimeFormatter.ofPattern("HH:mm", locale);
        DateTimeFormatter day = DateTimeFormatter.ofPattern("d MMMM, HH:mm", locale);
        ZonedDateTime start = i.startsAt().atZone(zone);
        boolean today = start.toLocalDate().equals(now.atZone(zone).toLocalDate());
        String from = (today ? time : day).format(start);
        if (i.endsAt() == null) {
            return from;
        }
        ZonedDateTime end = i.endsAt().atZone(zone);
        return from + "–" + (end.toLocalDate().equals(start.toLocalDate()) ? time : day).format(end);
    }
}
