package kz.sabaq.core.academic;

import java.util.List;

/**
 * One CSV column of a kind of record.
 *
 * @param stored   the database column the value goes to, or null when the kind's writer handles it
 * @param target   for references: the kind referred to by its natural key
 * @param choices  for {@link ColumnType#CHOICE}: the allowed values
 * @param listed   the SQL expression that shows the column in a register table, or null for
 *                 {@code t.<stored>} (references join their target instead)
 */
public record Column(String name, ColumnType type, boolean required, String stored, String target,
                     List<String> choices, int maxLength, String listed) {

    private static Column of(String name, ColumnType type, String stored) {
        return new Column(name, type, false, stored, null, List.of(), 0, null);
    }

    public static Column text(String name, int maxLength) {
        return new Column(name, ColumnType.TEXT, false, name, null, List.of(), maxLength, null);
    }

    public static Column integer(String name) {
        return of(name, ColumnType.INTEGER, name);
    }

    public static Column decimal(String name) {
        return of(name, ColumnType.DECIMAL, name);
    }

    public static Column date(String name) {
        return of(name, ColumnType.DATE, name);
    }

    public static Column time(String name) {
        return of(name, ColumnType.TIME, name);
    }

    public static Column dateTime(String name) {
        return of(name, ColumnType.DATE_TIME, name);
    }

    public static Column bool(String name) {
        return of(name, ColumnType.BOOLEAN, name);
    }

    public static Column choice(String name, List<String> choices) {
        return new Column(name, ColumnType.CHOICE, false, name, null, List.copyOf(choices), 0, null);
    }

    /** A reference by natural key, stored as {@code <name>_id}. */
    public static Column reference(String name, String targetKind) {
        return new Column(name, ColumnType.REFERENCE, false, name + "_id", targetKind, List.of(), 0, null);
    }

    /** Several references separated by {@code ;}; the kind's writer stores them. */
    public static Column references(String name, String targetKind) {
        return new Column(name, ColumnType.REFERENCES, false, null, targetKind, List.of(), 0, null);
    }

    public static Column iin(String name) {
        return of(name, ColumnType.IIN, null);
    }

    public static Column email(String name) {
        return new Column(name, ColumnType.EMAIL, false, null, null, List.of(), 200, null);
    }

    public static Column networks(String name) {
        return of(name, ColumnType.NETWORKS, null);
    }

    public static Column password(String name) {
        return new Column(name, ColumnType.PASSWORD, false, null, null, List.of(), 0, null);
    }

    public Column mandatory() {
        return new Column(name, type, true, stored, target, choices, maxLength, listed);
    }

    public Column storedAs(String column) {
        return new Column(name, type, required, column, target, choices, maxLength, listed);
    }

    public Column notStored() {
        return storedAs(null);
    }

    public Column listedAs(String expression) {
        return new Column(name, type, required, stored, target, choices, maxLength, expression);
    }
}
