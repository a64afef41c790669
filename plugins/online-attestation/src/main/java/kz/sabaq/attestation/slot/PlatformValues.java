package kz.sabaq.attestation.slot;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.type.TypeReference;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * The conduct platform's field values as {@code oa_slot.platform_values} keeps them: a JSON object of
 * field key to text. The exam page reads them with {@link #parse} to show the student's block.
 */
public final class PlatformValues {
    private static final ObjectMapper JSON = new ObjectMapper();

    private PlatformValues() {
    }

    public static Map<String, String> parse(String json) {
        if (json == null || json.isBlank()) {
            return Map.of();
        }
        try {
            return JSON.readValue(json, new TypeReference<LinkedHashMap<String, String>>() { });
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("oa_slot.platform_values is no JSON object of texts", e);
        }
    }

    public static String json(Map<String, String> values) {
        try {
            return JSON.writeValueAsString(values);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException(e);
        }
    }
}
