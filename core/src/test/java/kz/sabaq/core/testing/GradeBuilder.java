package kz.sabaq.core.testing;

import java.time.LocalDateTime;

/** A cell of a stream's journal: a student's grade of one kind, set now by the source unless told. */
public final class GradeBuilder {
    private final Generator gen;
    private long stream;
    private long student;
    private String kind = "final";
    private String value;
    private String source = "test";
    private Long setBy;
    private LocalDateTime setAt;

    GradeBuilder(Generator gen) {
        this.gen = gen;
    }

    public GradeBuilder of(long streamId, long studentId) {
        stream = streamId;
        student = studentId;
        return this;
    }

    /** The column: {@code final}, {@code admission} or a plugin's kind. */
    public GradeBuilder kind(String value) {
        kind = value;
        return this;
    }

    public GradeBuilder value(String stored) {
        value = stored;
        return this;
    }

    /** Who wrote it: {@code journal} for a teacher, a plugin's id for a plugin. */
    public GradeBuilder source(String value) {
        source = value;
        return this;
    }

    public GradeBuilder setBy(long userId) {
        setBy = userId;
        return this;
    }

    public GradeBuilder at(LocalDateTime value) {
        setAt = value;
        return this;
    }

    public void create() {
        gen.sql("INSERT INTO journal_grade (stream_id, student_id, kind, value, source, set_by, set_at) VALUES (?, ?, ?, ?, ?, ?, ?)",
                stream, student, kind, value, source, setBy, setAt != null ? setAt : LocalDateTime.now(gen.clock()));
    }
}
