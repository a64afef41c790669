package kz.sabaq.core.testing;

import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

/**
 * The fields of a form as a browser sends them: in order, and a field may repeat (a list of
 * checkboxes sends one field per ticked box). Posted with {@link WebClient#post(String, FormFields)}.
 *
 * <pre>{@code
 * web.post("/online-attestation/settings", FormFields.of("distribution", "random").addEach("studyTerms", List.of("T1", "T2")));
 * }</pre>
 */
public final class FormFields {
    private final List<Map.Entry<String, String>> fields;

    private FormFields(List<Map.Entry<String, String>> fields) {
        this.fields = fields;
    }

    public static FormFields of() {
        return new FormFields(new ArrayList<>());
    }

    public static FormFields of(String name, Object value) {
        return of().add(name, value);
    }

    /** These fields in this order (as scraped from a page's form). */
    public static FormFields of(List<Map.Entry<String, String>> fields) {
        return new FormFields(new ArrayList<>(fields));
    }

    /** Adds one more field; an earlier one of the same name stays. */
    public FormFields add(String name, Object value) {
        fields.add(Map.entry(name, String.valueOf(value)));
        return this;
    }

    /** Adds the field once for each value. */
    public FormFields addEach(String name, Iterable<?> values) {
        for (Object v : values) {
            add(name, v);
        }
        return this;
    }

    /** Adds the other form's fields after these. */
    public FormFields addAll(FormFields other) {
        fields.addAll(other.fields);
        return this;
    }

    public boolean has(String name) {
        return fields.stream().anyMatch(f -> f.getKey().equals(name));
    }

    public List<Map.Entry<String, String>> entries() {
        return List.copyOf(fields);
    }

    /** The application/x-www-form-urlencoded body (UTF-8). */
    public String encoded() {
        return fields.stream().map(f -> encode(f.getKey()) + "=" + encode(f.getValue()))
                .collect(Collectors.joining("&"));
    }

    static String encode(String s) {
        return URLEncoder.encode(s == null ? "" : s, StandardCharsets.UTF_8);
    }
}
