package kz.sabaq.core.academic;

import java.util.List;
import java.util.Optional;

/**
 * A kind of academic record that registrars keep in CSV: its columns, its natural key (the CSV
 * columns that identify a row, e.g. {@code code}, or {@code iin} for people), the checks across
 * columns of one line, and how a line is written.
 */
public record Kind(String id, Table table, List<Column> columns, List<String> key, List<LineCheck> checks,
                   RowWriter writer) {

    public Optional<Column> column(String name) {
        return columns.stream().filter(c -> c.name().equals(name)).findFirst();
    }

    public List<Column> requiredColumns() {
        return columns.stream().filter(Column::required).toList();
    }

    /** The columns a register table shows: all but passwords. */
    public List<Column> shownColumns() {
        return columns.stream().filter(c -> c.type() != ColumnType.PASSWORD).toList();
    }

    /** The header line of a CSV template. */
    public String header() {
        return String.join(",", columns.stream().map(Column::name).toList());
    }
}
