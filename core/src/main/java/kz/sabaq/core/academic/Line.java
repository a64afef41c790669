package kz.sabaq.core.academic;

import java.util.Map;

/**
 * One data line of a CSV file with its cells already parsed. Only the columns present in the
 * file are in {@code values}; a present but empty cell is there with a null value.
 */
public record Line(int number, Map<String, Object> values) {

    public boolean has(String column) {
        return values.containsKey(column);
    }

    public Object get(String column) {
        return values.get(column);
    }

    public String text(String column) {
        Object value = values.get(column);
        return value == null ? null : value.toString();
    }
}
