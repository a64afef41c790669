package kz.sabaq.core.journal;

import java.time.Clock;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;
import kz.sabaq.api.journal.JournalSettings;
import kz.sabaq.api.journal.Journals;

/** The journals service modules use: settings to read, grade cells to write. */
public final class CoreJournals implements Journals {
    private final JournalMapper rows;
    private final Clock clock;

    public CoreJournals(JournalMapper rows, Clock clock) {
        this.rows = rows;
        this.clock = clock;
    }

    @Override
    public Optional<JournalSettings> settings(long streamId) {
        return Optional.ofNullable(rows.settings(streamId))
                .map(r -> new JournalSettings(r.streamId(), r.finalForm(), r.finalGradeToBeSet()));
    }

    @Override
    public void setGrade(long streamId, long studentId, String kind, String value, String source, long setBy) {
        rows.putGrade(streamId, studentId, kind, value, source, setBy, clock.instant());
    }

    @Override
    public void clearGrade(long streamId, long studentId, String kind) {
        rows.deleteGrade(streamId, studentId, kind);
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
