package kz.sabaq.core.conference;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.type.TypeReference;
import com.fasterxml.jackson.databind.ObjectMapper;
import jakarta.ws.rs.core.MultivaluedMap;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import kz.sabaq.api.conference.ConferenceForm;
import kz.sabaq.api.conference.ConferencePlatform;
import kz.sabaq.api.form.FieldType;
import kz.sabaq.api.form.FormField;
import kz.sabaq.api.i18n.Translations;
import kz.sabaq.api.web.UserError;

/** Core's {@link ConferenceForm}: the started platforms' form for one module, with its refusals. */
public final class PlatformForm implements ConferenceForm {
    private static final ObjectMapper JSON = new ObjectMapper();

    private final List<ConferencePlatform> installed;
    private final Translations texts;
    private final Errors errors;

    public PlatformForm(List<ConferencePlatform> installed, Translations texts, Errors errors) {
        this.installed = List.copyOf(installed);
        this.texts = texts;
        this.errors = errors;
    }

    @Override
    public List<ConferencePlatform> installed() {
        return installed;
    }

    @Override
    public Optional<ConferencePlatform> platform(String id) {
        return installed.stream().filter(p -> p.id().equals(id)).findFirst();
    }

    @Override
    public ConferencePlatform require(String id) {
        return platform(id).orElseThrow(() -> UserError.badRequest(errors.platformUnknown()).on("platform"));
    }

    @Override
    public List<Map<String, Object>> choices(String current, Locale locale) {
        return installed.stream().map(p -> Map.<String, Object>of("id", p.id(), "name", p.name().in(locale),
                "selected", p.id().equals(current))).toList();
    }

    @Override
    public List<Map<String, Object>> fields(ConferencePlatform platform, Map<String, String> saved) {
        List<Map<String, Object>> fields = new ArrayList<>();
        for (FormField f : platform.fields()) {
            boolean kept = !kept(f, saved).isEmpty();
            Map<String, Object> field = new HashMap<>();
            field.put("key", f.key());
            field.put("labelKey", f.labelKey());
            field.put("type", f.secret() ? "password" : f.type() == FieldType.URL ? "url" : "text");
            field.put("value", f.secret() ? "" : saved.getOrDefault(f.key(), ""));
            field.put("required", f.required() && !kept);
            field.put("kept", kept);
            fields.add(field);
        }
        return fields;
    }

    @Override
    public Map<String, String> check(ConferencePlatform platform, Map<String, String> submitted,
                                     Map<String, String> saved, Locale locale) {
        Map<String, String> values = new LinkedHashMap<>();
        for (FormField field : platform.fields()) {
            String value = Optional.ofNullable(submitted.get(field.key())).map(String::strip).orElse("");
            if (value.isEmpty()) {
                value = kept(field, saved);
            }
            String label = texts.get(locale, field.labelKey());
            if (value.length() > VALUE_MAX) {
                throw UserError.badRequest(errors.tooLong(), label, VALUE_MAX).on(FIELD_INPUT + field.key());
            }
            if (value.isEmpty() && field.required()) {
                throw UserError.badRequest(errors.required(), label).on(FIELD_INPUT + field.key());
            }
            if (!value.isEmpty() && field.type() == FieldType.URL && !isWebAddress(value)) {
                throw UserError.badRequest(errors.webAddress(), label).on(FIELD_INPUT + field.key());
            }
            values.put(field.key(), value);
        }
        Map<String, String> problems = platform.validate(values);
        if (!problems.isEmpty()) {
            Map.Entry<String, String> first = problems.entrySet().iterator().next();
            throw UserError.badRequest(first.getValue()).on(FIELD_INPUT + first.getKey());
        }
        return values;
    }

    /** The saved value a blank input keeps: a secret's, empty for any other field or when none is saved. */
    private static String kept(FormField field, Map<String, String> saved) {
        return field.secret() ? saved.getOrDefault(field.key(), "") : "";
    }

    @Override
    public Map<String, String> submitted(MultivaluedMap<String, String> form) {
        Map<String, String> values = new LinkedHashMap<>();
        form.forEach((name, sent) -> {
            if (name.startsWith(FIELD_INPUT) && !sent.isEmpty()) {
                values.put(name.substring(FIELD_INPUT.length()), sent.get(0));
            }
        });
        return values;
    }

    @Override
    public Map<String, String> parse(String json) {
        return values(json);
    }

    @Override
    public String json(Map<String, String> values) {
        return text(values);
    }

    @Override
    public boolean isWebAddress(String value) {
        return FieldType.isWebAddress(value);
    }

    /** Values as {@link #text} wrote them; empty for null or blank. */
    public static Map<String, String> values(String json) {
        if (json == null || json.isBlank()) {
            return Map.of();
        }
        try {
            return JSON.readValue(json, new TypeReference<LinkedHashMap<String, String>>() { });
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("Conference platform values are no JSON object of texts", e);
        }
    }

    /** The values as a JSON object of texts, in their order. */
    public static String text(Map<String, String> values) {
        try {
            return JSON.writeValueAsString(values);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException(e);
        }
    }
}
