package kz.sabaq.core.journal;

import java.time.Clock;
import java.time.Duration;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import kz.sabaq.api.data.AuditLog;
import kz.sabaq.api.journal.JournalSettings;
import kz.sabaq.api.journal.Journals;
import kz.sabaq.api.web.UserError;
import kz.sabaq.core.db.Database;
import kz.sabaq.core.db.KeptReads;

/**
 * The journals service modules use: settings to read, grade cells to write. A written cell goes
 * through the same rules as one typed into the journal (the final control cell through the
 * journal's scale), and every change is audited with its value before and after.
 *
 * <p>A journal's settings and its columns are what every exam page and every admission check of a
 * stream repeat, a hall of students within the same second: they are kept (see {@link KeptReads}),
 * forgotten at once when this node writes a journal, and asked for again after {@link #KEEP}.
 */
public final class CoreJournals implements Journals {
    /** The tables the kept reads come from: a write to either on this node forgets them all. */
    private static final Set<String> KEPT_FROM = Set.of("journal", "journal_grade");
    /** How long settings and columns are kept: another node's change shows within it. */
    public static final Duration KEEP = Duration.ofSeconds(10);

    private final JournalMapper rows;
    private final GradeValues values;
    private final AuditLog audit;
    private final Clock clock;
    private final KeptReads<Long, Optional<JournalSettings>> settings;
    private final KeptReads<Column, Map<Long, String>> columns;

    private record Column(long streamId, String kind) {
    }

    public CoreJournals(JournalMapper rows, GradeValues values, AuditLog audit, Database database, Clock clock) {
        this.rows = rows;
        this.values = values;
        this.audit = audit;
        this.clock = clock;
        this.settings = database.kept(KEPT_FROM, clock, KEEP);
        this.columns = database.kept(KEPT_FROM, clock, KEEP);
    }

    @Override
    public Optional<JournalSettings> settings(long streamId) {
        return settings.found(streamId, () -> Optional.ofNullable(rows.settings(streamId))
                .map(r -> new JournalSettings(r.streamId(), r.finalForm(), r.finalGradeToBeSet())));
    }

    /** @throws UserError when the value is not allowed in the cell's column; nothing is written then */
    @Override
    public void setGrade(long streamId, long studentId, String kind, String value, String source, long setBy) {
        JournalMapper.SettingsRow journal = rows.settings(streamId);
        if (journal == null || GradeColumns.computed(kind)) {
            throw UserError.badRequest("core-journal.error.notInJournal");
        }
        String stored = values.normalize(value, journal.finalForm(), kind, "#" + studentId);
        if (stored.isEmpty()) {
            clearGrade(streamId, studentId, kind, source, setBy);
            return;
        }
        String before = grades(streamId, studentId).getOrDefault(kind, "");
        rows.putGrade(streamId, studentId, kind, stored, source, setBy, clock.instant());
        audited(streamId, studentId, kind, before, stored, source, setBy);
    }

    @Override
    public void clearGrade(long streamId, long studentId, String kind, String source, long clearedBy) {
        String before = grades(streamId, studentId).get(kind);
        if (before == null) {
            return;
        }
        rows.deleteGrade(streamId, studentId, kind);
        audited(streamId, studentId, kind, before, "", source, clearedBy);
    }

    private void audited(long streamId, long studentId, String kind, String before, String after, String source,
                         long by) {
        if (GradeValues.same(before, after)) {
            return;
        }
        Map<String, Object> details = new LinkedHashMap<>();
        details.put("student", studentId);
        details.put("kind", kind);
        details.put("before", before);
        details.put("after", after);
        details.put("source", source);
        audit.record(by, "core.journal.grade", "stream:" + streamId, details);
    }

    @Override
    public Map<String, String> grades(long streamId, long studentId) {
        Map<String, String> byKind = new LinkedHashMap<>();
        rows.grades(streamId, studentId).forEach(g -> byKind.put(g.kind(), g.value()));
        return byKind;
    }

    /** Kept, like the settings: a hall's admission checks read the stream's rating column once. */
    @Override
    public Map<Long, String> column(long streamId, String kind) {
        return columns.get(new Column(streamId, kind), () -> {
            Map<Long, String> byStudent = new LinkedHashMap<>();
            rows.column(streamId, kind).forEach(c -> byStudent.put(c.studentId(), c.value()));
            return Collections.unmodifiableMap(byStudent);
        }, column -> true);
    }
}
