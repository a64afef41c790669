package kz.sabaq.api.conference;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.type.TypeReference;
import com.fasterxml.jackson.databind.ObjectMapper;
import jakarta.ws.rs.core.MultivaluedMap;
import java.net.URI;
import java.net.URISyntaxException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import kz.sabaq.api.i18n.Translations;
import kz.sabaq.api.web.UserError;

/**
 * The form on which staff put a class or an exam on a conference platform, for every module that
 * offers one: the started platforms to choose from, the chosen one's fields (a secret value is never
 * shown back), the check of what was submitted against the fields' flags and the platform's own
 * {@link ConferencePlatform#validate} (a secret left blank keeps its saved value), and the values as
 * the module keeps them: a JSON object of field key to text, in field order.
 *
 * <pre>{@code
 * ConferenceForm form = new ConferenceForm(wiring.extensions(ConferencePlatform.class), texts,
 *         new ConferenceForm.Errors("my-module.error.platformUnknown", "my-module.error.fieldRequired",
 *                 "my-module.error.fieldUrl", "my-module.error.fieldTooLong"));
 * ConferencePlatform platform = form.require(posted.getFirst("platform"));
 * Map<String, String> values = form.check(platform, ConferenceForm.submitted(posted), savedValuesOfThatPlatform, locale);
 * mapper.save(id, platform.id(), ConferenceForm.json(values));
 * }</pre>
 */
public final class ConferenceForm {
    /** The longest value a field takes. */
    public static final int VALUE_MAX = 1000;

    /** How a field's input is named on the form: this, then the field's key. */
    public static final String FIELD_INPUT = "field.";

    private static final ObjectMapper JSON = new ObjectMapper();

    /**
     * The module's i18n keys for refusals (400). In {@code required}, {@code webAddress} and
     * {@code tooLong}, {@code {0}} is the field's label in the reader's language; in {@code tooLong},
     * {@code {1}} is {@link #VALUE_MAX}.
     */
    public record Errors(String platformUnknown, String required, String webAddress, String tooLong) {
    }

    private final List<ConferencePlatform> installed;
    private final Translations texts;
    private final Errors errors;

    public ConferenceForm(List<ConferencePlatform> installed, Translations texts, Errors errors) {
        this.installed = List.copyOf(installed);
        this.texts = texts;
        this.errors = errors;
    }

    /** The started platforms, in the order the plugin manager lists them. */
    public List<ConferencePlatform> installed() {
        return installed;
    }

    /** The started platform with this id; empty for an unknown id or null. */
    public Optional<ConferencePlatform> platform(String id) {
        return installed.stream().filter(p -> p.id().equals(id)).findFirst();
    }

    /** The started platform with this id; refused with the module's {@code platformUnknown} otherwise. */
    public ConferencePlatform require(String id) {
        return platform(id).orElseThrow(() -> UserError.badRequest(errors.platformUnknown()).on("platform"));
    }

    /** The platform chooser: {@code id}, {@code name}, {@code selected} (the one whose id is {@code current}). */
    public List<Map<String, Object>> choices(String current, Locale locale) {
        return installed.stream().map(p -> Map.<String, Object>of("id", p.id(), "name", p.name().in(locale),
                "selected", p.id().equals(current))).toList();
    }

    /**
     * The platform's fields as the form shows them: {@code key}, {@code labelKey}, {@code type}
     * (password, url or text), {@code value}, {@code required} and {@code kept}. A secret's value is
     * never shown back: its input is empty, and {@code kept} says a value is saved, which a blank
     * input keeps (so the field is then not required).
     *
     * @param saved the values saved for this same platform; empty when none are
     */
    public static List<Map<String, Object>> fields(ConferencePlatform platform, Map<String, String> saved) {
        List<Map<String, Object>> fields = new ArrayList<>();
        for (ConferenceField f : platform.fields()) {
            boolean kept = !kept(f, saved).isEmpty();
            Map<String, Object> field = new HashMap<>();
            field.put("key", f.key());
            field.put("labelKey", f.labelKey());
            field.put("type", f.secret() ? "password" : f.url() ? "url" : "text");
            field.put("value", f.secret() ? "" : saved.getOrDefault(f.key(), ""));
            field.put("required", f.required() && !kept);
            field.put("kept", kept);
            fields.add(field);
        }
        return fields;
    }

    /**
     * The values to save from what was submitted: each field's value stripped, a secret left blank
     * replaced by its saved value, then checked by the field's flags (length, required, web address)
     * and by the platform. The first problem is refused with a translated message (400) about its
     * {@code field.<key>} input.
     *
     * @param submitted field key to submitted text; keys of no field are ignored
     * @param saved     the values saved for this same platform; empty when none are
     * @return every field's value by key, in field order
     */
    public Map<String, String> check(ConferencePlatform platform, Map<String, String> submitted,
                                     Map<String, String> saved, Locale locale) {
        Map<String, String> values = new LinkedHashMap<>();
        for (ConferenceField field : platform.fields()) {
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
            if (!value.isEmpty() && field.url() && !isWebAddress(value)) {
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
    private static String kept(ConferenceField field, Map<String, String> saved) {
        return field.secret() ? saved.getOrDefault(field.key(), "") : "";
    }

    /**
     * What was submitted for the fields, to give {@link #check}: each input named {@code field.<key>}
     * (as the form names a field's input) by its key, its first value; the form's other inputs are left out.
     */
    public static Map<String, String> submitted(MultivaluedMap<String, String> form) {
        Map<String, String> values = new LinkedHashMap<>();
        form.forEach((name, sent) -> {
            if (name.startsWith(FIELD_INPUT) && !sent.isEmpty()) {
                values.put(name.substring(FIELD_INPUT.length()), sent.get(0));
            }
        });
        return values;
    }

    /** Values as {@link #json} wrote them; empty for null or blank. */
    public static Map<String, String> parse(String json) {
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
    public static String json(Map<String, String> values) {
        try {
            return JSON.writeValueAsString(values);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException(e);
        }
    }

    /** An absolute http(s) address with a host: what a url field, a join link or a recording link must be. */
    public static boolean isWebAddress(String value) {
        if (value == null) {
            return false;
        }
        try {
            URI uri = new URI(value);
            String scheme = uri.getScheme();
            return scheme != null && (scheme.equalsIgnoreCase("http") || scheme.equalsIgnoreCase("https"))
                    && uri.getHost() != null && !uri.getHost().isBlank();
        } catch (URISyntaxException e) {
            return false;
        }
    }
}
