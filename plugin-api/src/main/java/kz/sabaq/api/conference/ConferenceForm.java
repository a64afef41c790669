package kz.sabaq.api.conference;

import jakarta.ws.rs.core.MultivaluedMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

/**
 * The form on which staff put a class or an exam on a conference platform, for every module that
 * offers one; core makes it ({@link Conferences#form}). It lists the started platforms, shows the
 * chosen one's fields (a secret value is never shown back), checks what was submitted against the
 * fields' metadata and the platform's own {@link ConferencePlatform#validate} (a secret left blank
 * keeps its saved value), and keeps the values as the module stores them: a JSON object of field
 * key to text, in field order.
 *
 * <pre>{@code
 * ConferenceForm form = conferences.form(new ConferenceForm.Errors("my-module.error.platformUnknown",
 *         "my-module.error.fieldRequired", "my-module.error.fieldUrl", "my-module.error.fieldTooLong"));
 * ConferencePlatform platform = form.require(posted.getFirst("platform"));
 * Map<String, String> values = form.check(platform, form.submitted(posted), savedValuesOfThatPlatform, locale);
 * mapper.save(id, platform.id(), form.json(values));
 * }</pre>
 */
public interface ConferenceForm {
    /** The longest value a field takes. */
    int VALUE_MAX = 1000;

    /** How a field's input is named on the form: this, then the field's key. */
    String FIELD_INPUT = "field.";

    /**
     * The module's i18n keys for refusals (400). In {@code required}, {@code webAddress} and
     * {@code tooLong}, {@code {0}} is the field's label in the reader's language; in {@code tooLong},
     * {@code {1}} is {@link #VALUE_MAX}.
     */
    record Errors(String platformUnknown, String required, String webAddress, String tooLong) {
    }

    /** The started platforms, in the order the plugin manager lists them. */
    List<ConferencePlatform> installed();

    /** The started platform with this id; empty for an unknown id or null. */
    Optional<ConferencePlatform> platform(String id);

    /** The started platform with this id; refused with the module's {@code platformUnknown} otherwise. */
    ConferencePlatform require(String id);

    /** The platform chooser: {@code id}, {@code name}, {@code selected} (the one whose id is {@code current}). */
    List<Map<String, Object>> choices(String current, Locale locale);

    /**
     * The platform's fields as the form shows them: {@code key}, {@code labelKey}, {@code type}
     * (password, url or text), {@code value}, {@code required} and {@code kept}. A secret's value is
     * never shown back: its input is empty, and {@code kept} says a value is saved, which a blank
     * input keeps (so the field is then not required).
     *
     * @param saved the values saved for this same platform; empty when none are
     */
    List<Map<String, Object>> fields(ConferencePlatform platform, Map<String, String> saved);

    /**
     * The values to save from what was submitted: each field's value stripped, a secret left blank
     * replaced by its saved value, then checked by the field's metadata (length, required, web
     * address) and by the platform. The first problem is refused with a translated message (400)
     * about its {@code field.<key>} input.
     *
     * @param submitted field key to submitted text; keys of no field are ignored
     * @param saved     the values saved for this same platform; empty when none are
     * @return every field's value by key, in field order
     */
    Map<String, String> check(ConferencePlatform platform, Map<String, String> submitted, Map<String, String> saved,
                              Locale locale);

    /**
     * What was submitted for the fields, to give {@link #check}: each input named {@code field.<key>}
     * (as the form names a field's input) by its key, its first value; the form's other inputs are left out.
     */
    Map<String, String> submitted(MultivaluedMap<String, String> form);

    /** Values as {@link #json} wrote them; empty for null or blank. */
    Map<String, String> parse(String json);

    /** The values as a JSON object of texts, in their order. */
    String json(Map<String, String> values);

    /** An absolute http(s) address with a host: what a url field, a join link or a recording link must be. */
    boolean isWebAddress(String value);
}
