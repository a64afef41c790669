package kz.sabaq.core.academic;

/** What a CSV column holds; {@link Cells} turns its text into a value of this type. */
public enum ColumnType {
    TEXT("text"),
    INTEGER("whole number"),
    DECIMAL("number, e.g. 43.238949"),
    DATE("date yyyy-MM-dd"),
    TIME("time HH:mm"),
    DATE_TIME("date and time yyyy-MM-dd HH:mm"),
    BOOLEAN("true/false"),
    CHOICE("one of"),
    REFERENCE("code of a"),
    REFERENCES("codes separated by ; of"),
    IIN("IIN, 12 digits with a valid check digit"),
    EMAIL("e-mail address"),
    NETWORKS("networks in CIDR notation separated by ;"),
    PASSWORD("initial password, at least 8 characters");

    private final String description;

    ColumnType(String description) {
        this.description = description;
    }

    /** English, for the command line's help. */
    public String description() {
        return description;
    }
}
