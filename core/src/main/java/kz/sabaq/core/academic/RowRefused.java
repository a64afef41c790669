package kz.sabaq.core.academic;

import java.util.List;

/** Thrown while writing a line the user got wrong (an unknown reference, a conflict); the import goes on with the next line. */
public final class RowRefused extends RuntimeException {
    private final String column;
    private final String key;
    private final transient List<Object> args;

    public RowRefused(String column, String key, Object... args) {
        super(key, null, false, false);
        this.column = column;
        this.key = key;
        this.args = List.of(args);
    }

    public Problem at(int line) {
        return new Problem(line, column, key, args);
    }
}
