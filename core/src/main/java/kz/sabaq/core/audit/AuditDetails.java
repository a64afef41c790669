package kz.sabaq.core.audit;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/** An entry's details for a reader: one "key: value" line per fact instead of the stored JSON. */
final class AuditDetails {
    private static final ObjectMapper JSON = new ObjectMapper();

    static List<Map<String, String>> lines(String details) {
        if (details == null || details.isBlank()) {
            return List.of();
        }
        try {
            JsonNode node = JSON.readTree(details);
            if (!node.isObject()) {
                return List.of(Map.of("key", "", "value", details));
            }
            List<Map<String, String>> lines = new ArrayList<>();
            node.fields().forEachRemaining(f -> lines.add(Map.of("key", f.getKey(),
                    "value", f.getValue().isValueNode() ? f.getValue().asText() : f.getValue().toString())));
            return lines;
        } catch (JsonProcessingException e) {
            // Written by an older version or by hand: shown as stored.
            return List.of(Map.of("key", "", "value", details));
        }
    }

    private AuditDetails() {
    }
}
