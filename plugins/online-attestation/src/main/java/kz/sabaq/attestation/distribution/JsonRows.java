package kz.sabaq.attestation.distribution;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.sql.Timestamp;
import java.time.Instant;
import java.time.format.DateTimeFormatter;
import java.util.Collection;
import java.util.List;
import java.util.function.Function;

/**
 * The rows of a statement's keys as one JSON array, which MariaDB's {@code JSON_TABLE} turns into a
 * table ({@link DistributionMapper}): one statement text and one parameter for any number of rows.
 * A list of placeholders instead makes MyBatis build the statement again on every call (a
 * pattern compiled per placeholder) and MariaDB prepare a text per size.
 */
final class JsonRows {
    private static final ObjectMapper JSON = new ObjectMapper();
    private static final DateTimeFormatter DATETIME = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm:ss.SSSSSS");

    private JsonRows() {
    }

    /** {@code [[a, b, …], …]}: one row per item, its columns in order. */
    static <T> String of(Collection<T> items, Function<T, List<?>> columns) {
        try {
            return JSON.writeValueAsString(items.stream().map(columns).toList());
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("Numbers and dates always make JSON", e);
        }
    }

    /**
     * An instant for a {@code DATETIME} column, written as the driver writes a bound one (the
     * local date and time of this JVM's zone), so that it reads back as the same instant.
     */
    static String datetime(Instant at) {
        return DATETIME.format(Timestamp.from(at).toLocalDateTime());
    }
}
