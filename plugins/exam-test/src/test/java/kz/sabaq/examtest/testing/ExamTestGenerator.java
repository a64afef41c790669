package kz.sabaq.examtest.testing;

import java.time.LocalDateTime;
import java.time.ZoneOffset;
import kz.sabaq.core.testing.Generator;

/**
 * Test data in the computer-based tests' own tables (bank items with their options, opened tests),
 * on top of core's {@link Generator}, which makes the people, disciplines and streams these rows
 * refer to. Times are UTC, as the tables keep them; "now" is the generator's clock. It uses nothing
 * of the plugin's classes, so the bench can seed with it from the test-jar alone.
 */
public final class ExamTestGenerator {
    private final Generator gen;

    public ExamTestGenerator(Generator gen) {
        this.gen = gen;
    }

    /** An item of the discipline's bank written by {@code authorId}: medium, on "Негіздер", unless told. */
    public ItemBuilder item(long disciplineId, long authorId) {
        return new ItemBuilder(this, disciplineId, authorId);
    }

    /**
     * A bank of {@code easy}, {@code medium} and {@code hard} single-answer items of five options on
     * one topic, the first option of each correct: what the bank checks ask, without the import page.
     */
    public void bank(long disciplineId, long authorId, String topic, int easy, int medium, int hard) {
        int[] counts = {easy, medium, hard};
        String[] levels = {"easy", "medium", "hard"};
        for (int level = 0; level < levels.length; level++) {
            for (int i = 1; i <= counts[level]; i++) {
                item(disciplineId, authorId).topic(topic).difficulty(levels[level]).named(topic + " " + levels[level] + " " + i)
                        .create();
            }
        }
    }

    /** The stream's final test, opened now by {@code teacherId}. */
    public TestBuilder test(long streamId, long teacherId) {
        return new TestBuilder(this, streamId, teacherId);
    }

    long sql(String sql, Object... values) {
        return gen.sql(sql, values);
    }

    LocalDateTime now() {
        return LocalDateTime.now(gen.clock().withZone(ZoneOffset.UTC));
    }
}
