package kz.sabaq.core.academic;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import kz.sabaq.core.user.GeneratedId;

/**
 * The usual upsert: the line's stored columns (references resolved to ids) go to the kind's table;
 * a row with the same natural key is updated, otherwise one is inserted. Columns absent from the
 * file keep their stored value on update and take the column's default on insert; so does an
 * empty yes/no cell (those columns are never NULL).
 */
public final class TableWriter implements RowWriter {

    /** Completes the stored values before the upsert, e.g. times from the bell schedule. */
    @FunctionalInterface
    public interface Prepare {
        void prepare(Line line, Map<String, Object> stored, Writing writing);
    }

    /** Writes what belongs to the row but lives elsewhere, e.g. a stream's groups. */
    @FunctionalInterface
    public interface Then {
        void after(Line line, long id, Writing writing);
    }

    public static final TableWriter PLAIN = new TableWriter((line, stored, writing) -> { }, (line, id, writing) -> { });

    private final Prepare prepare;
    private final Then then;

    public TableWriter(Prepare prepare, Then then) {
        this.prepare = prepare;
        this.then = then;
    }

    public static TableWriter then(Then then) {
        return new TableWriter(PLAIN.prepare, then);
    }

    @Override
    public Outcome write(Kind kind, Line line, Writing writing) {
        Map<String, Object> stored = storedValues(kind, line, writing);
        prepare.prepare(line, stored, writing);
        Upserted result = upsert(kind.table(), stored, writing);
        then.after(line, result.id(), writing);
        return result.outcome();
    }

    public record Upserted(long id, Outcome outcome) {
    }

    /** The stored columns of the line, with references turned into ids. */
    static Map<String, Object> storedValues(Kind kind, Line line, Writing writing) {
        Map<String, Object> stored = new LinkedHashMap<>();
        for (Column c : kind.columns()) {
            if (c.stored() == null || !line.has(c.name())) {
                continue;
            }
            Object value = line.get(c.name());
            if (value == null && c.type() == ColumnType.BOOLEAN) {
                continue;
            }
            if (c.type() == ColumnType.REFERENCE && value != null) {
                value = writing.reference(c, value);
            }
            stored.put(c.stored(), value);
        }
        return stored;
    }

    static Upserted upsert(Table table, Map<String, Object> stored, Writing writing) {
        Map<String, Object> key = new LinkedHashMap<>();
        for (String column : table.key()) {
            key.put(column, stored.get(column));
        }
        List<Long> found = writing.rows().find(table, key);
        if (found.isEmpty()) {
            if (table.generatedId()) {
                GeneratedId id = new GeneratedId();
                writing.rows().insertGenerated(table, stored, id);
                return new Upserted(id.value, Outcome.CREATED);
            }
            writing.rows().insert(table, stored);
            return new Upserted(((Number) stored.get(table.id())).longValue(), Outcome.CREATED);
        }
        long id = found.get(0);
        Map<String, Object> changes = new LinkedHashMap<>(stored);
        table.key().forEach(changes::remove);
        changes.remove(table.id());
        if (!changes.isEmpty()) {
            writing.rows().update(table, id, changes);
        }
        return new Upserted(id, Outcome.UPDATED);
    }
}
