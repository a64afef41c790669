package kz.sabaq.core.testing;

import java.util.ArrayList;
import java.util.List;

/**
 * A stream: a discipline taught by a teacher to groups in an academic period, with its journal.
 * Unless told, the discipline is a fresh one and the period is the generator's default period.
 */
public final class StreamBuilder {
    private final Generator gen;
    private final int n = Generator.unique();
    private String code = "S" + n;
    private Long teacher;
    private Long discipline;
    private Long period;
    private boolean main = true;
    private boolean journal = true;
    private String finalForm;
    private final List<Long> groups = new ArrayList<>();

    StreamBuilder(Generator gen) {
        this.gen = gen;
    }

    public StreamBuilder code(String value) {
        code = value;
        return this;
    }

    public StreamBuilder teacher(long userId) {
        teacher = userId;
        return this;
    }

    public StreamBuilder groups(long... ids) {
        for (long id : ids) {
            groups.add(id);
        }
        return this;
    }

    public StreamBuilder discipline(long id) {
        discipline = id;
        return this;
    }

    /** The discipline of another stream: a second stream of one subject (another group, period or teacher). */
    public StreamBuilder disciplineOf(long streamId) {
        return discipline(gen.value("SELECT discipline_id FROM stream WHERE id = ?", streamId));
    }

    public StreamBuilder period(long id) {
        period = id;
        return this;
    }

    /** A subgroup's stream (not the main stream of its discipline and groups). */
    public StreamBuilder notMain() {
        main = false;
        return this;
    }

    /** No journal row: as streams an import made before journals existed. */
    public StreamBuilder withoutJournal() {
        journal = false;
        return this;
    }

    /** The journal's final attestation form: a grading scale's id. */
    public StreamBuilder finalForm(String scaleId) {
        finalForm = scaleId;
        return this;
    }

    /** @return the stream's id */
    public long create() {
        if (teacher == null) {
            throw new IllegalStateException("A stream needs a teacher: stream().teacher(id)");
        }
        long disciplineId = discipline != null ? discipline
                : gen.discipline().code("D" + n).named("Пән " + n, "Дисциплина " + n, "Discipline " + n).create();
        long periodId = period != null ? period : gen.defaultPeriod();
        long stream = gen.sql("INSERT INTO stream (code, discipline_id, teacher_id, academic_period_id, is_main) VALUES (?, ?, ?, ?, ?)",
                code, disciplineId, teacher, periodId, main);
        for (long group : groups) {
            gen.sql("INSERT INTO stream_group (stream_id, group_id) VALUES (?, ?)", stream, group);
        }
        if (journal) {
            gen.sql("INSERT INTO journal (stream_id, final_form) VALUES (?, ?)", stream, finalForm);
        }
        return stream;
    }
}
