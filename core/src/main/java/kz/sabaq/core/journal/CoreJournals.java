package kz.sabaq.core.journal;

import java.time.Clock;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;
import kz.sabaq.api.data.AuditLog;
import kz.sabaq.api.journal.JournalSettings;
import kz.sabaq.api.journal.Journals;
import kz.sabaq.api.web.UserError;

/**
 * The journals service modules use: settings to read, grade cells to write. A written cell goes
 * through the same rules as one typed into the journal (the final control cell through the
 * journal's scale), and every change is audited with its value before and after.
 */
public final class CoreJournals implements Journals {
    private final JournalMapper rows;
    private final GradeValues values;
    private final AuditLog audit;
    private final Clock clock;

    public CoreJournals(JournalMapper rows, GradeValues values, AuditLog audit, Clock clock) {
        this.rows = rows;
        this.values = values;
        this.audit = audit;
        this.clock = clock;
    }

    @Override
    public Optional<JournalSettings> settings(long streamId) {
        return Optional.ofNullable(rows.settings(streamId))
                .map(r -> new JournalSettings(r.streamId(), r.finalForm(), r.finalGradeToBeSet()));
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

    @Override
    public Map<Long, String> column(long streamId, String kind) {
        Map<Long, String> byStudent = new LinkedHashMap<>();
        rows.column(streamId, kind).forEach(c -> byStudent.put(c.studentId(), c.value()));
        return byStudent;
    }
}
