package kz.sabaq.core.journal;

import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;
import java.util.Optional;
import kz.sabaq.api.web.UserError;
import kz.sabaq.api.web.Viewer;
import kz.sabaq.core.journal.JournalListMapper.StreamRow;
import kz.sabaq.core.journal.JournalListMapper.YearRow;

/** The journals a viewer may open: their own streams', or every one their role admits, in the current year. */
public final class JournalList {
    private final JournalListMapper rows;
    private final JournalAccess access;
    private final Clock clock;
    private final ZoneId zone;

    public record Listing(Optional<YearRow> year, List<StreamRow> streams) {
    }

    public JournalList(JournalListMapper rows, JournalAccess access, Clock clock, ZoneId zone) {
        this.rows = rows;
        this.access = access;
        this.clock = clock;
        this.zone = zone;
    }

    public Listing visibleTo(Viewer viewer) {
        Optional<YearRow> year = rows.currentYear(LocalDate.now(clock.withZone(zone)));
        if (year.isEmpty()) {
            return new Listing(year, List.of());
        }
        long yearId = year.get().id();
        List<StreamRow> candidates = access.mayViewAll(viewer)
                ? rows.streams(yearId) : rows.streamsOf(yearId, viewer.userId());
        return new Listing(year, candidates.stream().filter(r -> access.canView(viewer, r.stream())).toList());
    }

    /** The stream's journal row, when the viewer may see it: 404 when there is none, 403 when not theirs. */
    public StreamRow viewable(Viewer viewer, long streamId) {
        StreamRow row = rows.stream(streamId).orElseThrow(UserError::notFound);
        if (!access.canView(viewer, row.stream())) {
            throw UserError.forbidden();
        }
        return row;
    }
}
