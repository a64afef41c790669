package kz.sabaq.core.audit;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.time.temporal.TemporalAccessor;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Function;
import java.util.regex.Pattern;

/**
 * An entry's details for a reader: one "key: value" line per fact instead of the stored JSON, and a
 * moment a module recorded in ISO form (a slot's start, a deadline) in the page's own local time.
 */
final class AuditDetails {
    private static final ObjectMapper JSON = new ObjectMapper();
    private static final Pattern ISO_MOMENT = Pattern.compile("\\d{4}-\\d{2}-\\d{2}T\\d{2}:\\d{2}.*");

    static List<Line> lines(String details, Function<Instant, String> shown) {
        if (details == null || details.isBlank()) {
            return List.of();
        }
        try {
            JsonNode node = JSON.readTree(details);
            if (!node.isObject()) {
                return List.of(new Line("", details));
            }
            List<Line> lines = new ArrayList<>();
            node.fields().forEachRemaining(f -> lines.add(new Line(f.getKey(),
                    f.getValue().isValueNode() ? readable(f.getValue().asText(), shown) : f.getValue().toString())));
            return lines;
        } catch (JsonProcessingException e) {
            // Written by an older version or by hand: shown as stored.
            return List.of(new Line("", details));
        }
    }

    /**
     * An {@code Instant} or {@code OffsetDateTime} as written, or a {@code LocalDateTime} of the
     * modules' clock (UTC), through {@code shown}; any other value as it is.
     */
    private static String readable(String value, Function<Instant, String> shown) {
        if (!ISO_MOMENT.matcher(value).matches()) {
            return value;
        }
        try {
            TemporalAccessor moment = DateTimeFormatter.ISO_DATE_TIME.parseBest(value, OffsetDateTime::from,
                    LocalDateTime::from);
            return shown.apply(moment instanceof OffsetDateTime at ? at.toInstant()
                    : ((LocalDateTime) moment).toInstant(ZoneOffset.UTC));
        } catch (DateTimeParseException notAMoment) {
            return value;
        }
    }

    /** One fact; {@code key} is empty where the details are not a JSON object. */
    record Line(String key, String value) {
    }

    private AuditDetails() {
    }
}
