package kz.sabaq.attendance.online;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.type.TypeReference;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.util.LinkedHashMap;
import java.util.Map;

/** A conference platform's field values as {@code att_online.platform_values} keeps them: a JSON object of texts. */
final class FieldValues {
    private static final ObjectMapper JSON = new ObjectMapper();

    private FieldValues() {
    }

    static Map<String, String> parse(String json) {
        try {
            return JSON.readValue(json, new TypeReference<LinkedHashMap<String, String>>() { });
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("att_online.platform_values is no JSON object of texts", e);
        }
    }

    static String json(Map<String, String> values) {
        try {
            return JSON.writeValueAsString(values);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException(e);
        }
    }
}
