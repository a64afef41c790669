package kz.sabaq.core.journal;

import java.time.Clock;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;
import java.util.function.Supplier;
import java.util.stream.Collectors;
import kz.sabaq.api.academic.AcademicDirectory;
import kz.sabaq.api.academic.Student;
import kz.sabaq.api.data.AuditLog;
import kz.sabaq.api.data.Transactions;
import kz.sabaq.api.journal.JournalOption;
import kz.sabaq.api.web.UserError;
import kz.sabaq.api.web.Viewer;
import kz.sabaq.core.journal.JournalListMapper.StreamRow;

/**
 * A journal's grade table: students by name, a column per grade kind. Saving writes only the cells
 * the user changed, all or none, each change in the audit log with its value before and after.
 */
public final class GradeBook {
    /** {@code journal_grade.source} of cells typed into the journal itself. */
    public static final String SOURCE = "journal";

    private final GradeTableMapper table;
    private final JournalMapper cells;
    private final AcademicDirectory academic;
    private final Transactions transactions;
    private final AuditLog audit;
    private final Clock clock;
    private final Supplier<List<JournalOption>> options;
    private final GradeValues values;

    public record Table(List<String> columns, List<Student> students, Map<Long, Map<String, String>> cells) {
        public String value(long studentId, String kind) {
            return cells.getOrDefault(studentId, Map.of()).getOrDefault(kind, "");
        }
    }

    private record Change(Student student, String kind, String value, String shown) {
    }

    public GradeBook(GradeTableMapper table, JournalMapper cells, AcademicDirectory academic, Transactions transactions,
                     AuditLog audit, Clock clock, Supplier<List<JournalOption>> options, GradeValues values) {
        this.table = table;
        this.cells = cells;
        this.academic = academic;
        this.transactions = transactions;
        this.audit = audit;
        this.clock = clock;
        this.options = options;
        this.values = values;
    }

    /** True while a module sets the final control grades (e.g. online final control is on). */
    public boolean finalOwned(long streamId) {
        return options.get().stream().anyMatch(o -> o.ownsFinalGrades(streamId));
    }

    public Table table(StreamRow journal) {
        Map<Long, Map<String, String>> byStudent = new HashMap<>();
        Set<String> kinds = new java.util.HashSet<>();
        for (GradeTableMapper.Cell c : table.cells(journal.id())) {
            byStudent.computeIfAbsent(c.studentId(), k -> new HashMap<>()).put(c.kind(), c.value());
            kinds.add(c.kind());
        }
        List<Student> students = new ArrayList<>(academic.studentsOf(journal.id()));
        students.sort(java.util.Comparator.comparing(Student::surname).thenComparing(Student::firstName)
                .thenComparingLong(Student::userId));
        return new Table(GradeColumns.of(values.scale(journal.finalForm()), kinds), students, byStudent);
    }

    /**
     * Validates every submitted cell first; then, in one transaction, writes those the user changed.
     *
     * @return how many cells changed
     * @throws UserError (nothing written) for a bad value, a cell of another stream, a final control
     *                   cell a module owns, or a cell someone else changed meanwhile
     */
    public int save(Viewer viewer, StreamRow journal, List<GradeEdit> edits) {
        Table now = table(journal);
        Map<Long, Student> students = now.students().stream()
                .collect(Collectors.toMap(Student::userId, Function.identity()));
        List<Change> changes = new ArrayList<>();
        for (GradeEdit e : edits) {
            Student student = students.get(e.studentId());
            if (student == null || !now.columns().contains(e.kind()) || GradeColumns.computed(e.kind())) {
                throw UserError.badRequest("core-journal.error.notInJournal");
            }
            if (e.shown() != null && e.submitted() != null && GradeValues.same(e.submitted(), e.shown())) {
                // left as the page showed it: nothing to write, so nothing to check (a value the
                // column's scale no longer lists, kept by its select, must not refuse the whole save)
                continue;
            }
            String value;
            try {
                value = values.normalize(e.submitted(), journal.finalForm(), e.kind(), student.displayName());
            } catch (UserError refused) {
                throw refused.on(GradeEdit.field(e.studentId(), e.kind()));
            }
            String shown = e.shown() != null ? e.shown() : now.value(e.studentId(), e.kind());
            if (!GradeValues.same(value, shown)) {
                changes.add(new Change(student, e.kind(), value, shown));
            }
        }
        if (changes.isEmpty()) {
            return 0;
        }
        boolean owned = finalOwned(journal.id());
        return transactions.inTransaction(() -> write(viewer, journal.id(), changes, owned));
    }

    private int write(Viewer viewer, long streamId, List<Change> changes, boolean finalOwned) {
        table.lockJournal(streamId);
        Map<String, String> stored = new HashMap<>();
        table.cells(streamId).forEach(c -> stored.put(c.studentId() + ":" + c.kind(), c.value()));
        int written = 0;
        for (Change c : changes) {
            if (finalOwned && GradeColumns.isFinal(c.kind())) {
                throw UserError.conflict("core-journal.error.finalOwned", c.student().displayName(), c.kind())
                        .on(GradeEdit.field(c.student().userId(), c.kind()));
            }
            String before = stored.getOrDefault(c.student().userId() + ":" + c.kind(), "");
            if (GradeValues.same(before, c.value())) {
                continue;
            }
            if (!GradeValues.same(before, c.shown())) {
                throw UserError.conflict("core-journal.error.changedMeanwhile", c.student().displayName(), c.kind())
                        .on(GradeEdit.field(c.student().userId(), c.kind()));
            }
            if (c.value().isEmpty()) {
                cells.deleteGrade(streamId, c.student().userId(), c.kind());
            } else {
                cells.putGrade(streamId, c.student().userId(), c.kind(), c.value(), SOURCE, viewer.userId(),
                        clock.instant());
            }
            Map<String, Object> details = new LinkedHashMap<>();
            details.put("student", c.student().userId());
            details.put("kind", c.kind());
            details.put("before", before);
            details.put("after", c.value());
            audit.record(viewer.userId(), "core.journal.grade", "stream:" + streamId, details);
            written++;
        }
        return written;
    }
}
