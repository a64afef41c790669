package kz.sabaq.examtest.testing;

import kz.sabaq.core.testing.Generator;

/**
 * A single-answer bank item (et_item) of five options (et_option), the first correct: fractions in
 * percent, as Moodle's × 100.
 */
public final class ItemBuilder {
    static final int OPTIONS = 5;

    private final ExamTestGenerator gen;
    private final long discipline;
    private final long author;
    private String difficulty = "medium";
    private String topic = "Негіздер";
    private String name;

    ItemBuilder(ExamTestGenerator gen, long discipline, long author) {
        this.gen = gen;
        this.discipline = discipline;
        this.author = author;
    }

    /** easy, medium or hard */
    public ItemBuilder difficulty(String level) {
        difficulty = level;
        return this;
    }

    public ItemBuilder topic(String topic) {
        this.topic = topic;
        return this;
    }

    /** The item's name; its text is the name in a paragraph. */
    public ItemBuilder named(String name) {
        this.name = name;
        return this;
    }

    /** @return the item's id */
    public long create() {
        String title = name != null ? name : "Сұрақ " + Generator.unique();
        long item = gen.sql("INSERT INTO et_item (discipline_id, kind, difficulty, topic, name, text, updated_by, updated_at) "
                + "VALUES (?, 'single', ?, ?, ?, ?, ?, ?)", discipline, difficulty, topic, title, "<p>" + title + "</p>",
                author, gen.now());
        for (int position = 1; position <= OPTIONS; position++) {
            gen.sql("INSERT INTO et_option (item_id, position, text, fraction) VALUES (?, ?, ?, ?)",
                    item, position, "Нұсқа " + position, position == 1 ? 100 : 0);
        }
        return item;
    }
}
