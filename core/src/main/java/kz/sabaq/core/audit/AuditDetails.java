package kz.sabaq.core.audit;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.util.ArrayList;
import java.util.List;

/** An entry's details for a reader: one "key: value" line per fact instead of the stored JSON. */
final class AuditDetails {
    private static final ObjectMapper JSON = new ObjectMapper();

    static List<Line> lines(String details) {
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
                    f.getValue().isValueNode() ? f.getValue().asText() : f.getValue().toString())));
            return lines;
        } catch (JsonProcessingException e) {
            // Written by an older version or by hand: shown as stored.
            return List.of(new Line("", details));
        }
    }

    /** One fact; {@code key} is empty where the details are not a JSON object. */
    record Line(String key, String value) {
    }

    private AuditDetails() {
    }
}
