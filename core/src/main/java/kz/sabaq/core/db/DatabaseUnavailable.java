package kz.sabaq.core.db;

/** The database cannot be reached or started; the CLI prints one line, not a stack trace. */
public class DatabaseUnavailable extends RuntimeException {
    public DatabaseUnavailable(String message) {
        super(message);
    }

    public DatabaseUnavailable(String message, Throwable cause) {
        super(message, cause);
    }
}
