package kz.sabaq.examtest.testing;

/**
 * A stream's final test (et_test), opened with the settings it copies at opening: EKU's 30
 * questions, 50 minutes, one attempt, a 40/40/20 mix, partial credit, the result shown; the
 * question count and time limit as told.
 */
public final class TestBuilder {
    private final ExamTestGenerator gen;
    private final long stream;
    private final long teacher;
    private int questions = 30;
    private int minutes = 50;

    TestBuilder(ExamTestGenerator gen, long stream, long teacher) {
        this.gen = gen;
        this.stream = stream;
        this.teacher = teacher;
    }

    public TestBuilder questions(int count) {
        questions = count;
        return this;
    }

    public TestBuilder minutes(int limit) {
        minutes = limit;
        return this;
    }

    /** @return the test's id */
    public long create() {
        return gen.sql("INSERT INTO et_test (stream_id, kind, topic, questions, minutes, attempts, mix, partial_credit, "
                        + "pass_percent, show_result, opened_by, opened_at) "
                        + "VALUES (?, 'final', '', ?, ?, 1, '40/40/20', TRUE, 0, TRUE, ?, ?)",
                stream, questions, minutes, teacher, gen.now());
    }
}
