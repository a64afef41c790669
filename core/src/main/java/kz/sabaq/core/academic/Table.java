package kz.sabaq.core.academic;

import java.util.List;

/**
 * Where a kind of record is stored. Every name here is a constant of the code; SQL built from it
 * carries the CSV's values only as {@code #{}} parameters.
 *
 * @param id          the primary key column
 * @param generatedId whether the database generates {@code id} (AUTO_INCREMENT)
 * @param key         the natural key, as database columns, that an upsert finds a row by
 * @param from        the FROM clause of the register table, the stored table aliased {@code t}
 * @param lookup      SELECT of the id by the natural key of a reference, with {@code #{key}}
 * @param joinTable   the table a register joins to show a reference to this kind (on its id)
 * @param joinKey     the column of {@code joinTable} shown for the reference
 */
public record Table(String name, String id, boolean generatedId, List<String> key, String from,
                    String lookup, String joinTable, String joinKey) {

    /** A table with an AUTO_INCREMENT id and a unique {@code code}. */
    public static Table coded(String name) {
        return new Table(name, "id", true, List.of("code"), name + " t",
                "SELECT id FROM " + name + " WHERE code = #{key}", name, "code");
    }

    /** A table with an AUTO_INCREMENT id and a composite natural key. */
    public static Table keyed(String name, List<String> key) {
        return new Table(name, "id", true, key, name + " t", null, name, null);
    }
}
