package kz.sabaq.examtest.bank;

/** The columns of an item written by {@link BankMapper#insert} and {@link BankMapper#update}; MyBatis sets the new id. */
public final class NewItemRow {
    public Long id;
    public final long disciplineId;
    public final String kind;
    public final String difficulty;
    public final String topic;
    public final String name;
    public final String text;

    NewItemRow(Long id, long disciplineId, String kind, String difficulty, String topic, String name, String text) {
        this.id = id;
        this.disciplineId = disciplineId;
        this.kind = kind;
        this.difficulty = difficulty;
        this.topic = topic;
        this.name = name;
        this.text = text;
    }
}
