package kz.sabaq.attestation.flow;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.fail;

import java.net.URI;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import kz.sabaq.core.testing.FormFields;
import kz.sabaq.core.testing.MultipartForm;
import kz.sabaq.core.testing.WebClient;

/**
 * What a browser would read from a page: links and forms found by a marker in their tag, their
 * hidden fields and checkboxes, and submitting them (url-encoded or multipart) as the page says.
 */
final class Html {
    private static final Pattern TAG = Pattern.compile("<(a|form|input|button|select|textarea|option)\\b[^>]*>",
            Pattern.CASE_INSENSITIVE);
    private static final Pattern ATTR = Pattern.compile("([a-zA-Z_:-]+)(?:=\"([^\"]*)\")?");

    private Html() {
    }

    /** The first tag of the page whose text contains the marker (e.g. {@code data-action="distribute"}). */
    static Optional<String> tag(String body, String marker) {
        Matcher m = TAG.matcher(body);
        while (m.find()) {
            if (m.group().contains(marker)) {
                return Optional.of(m.group());
            }
        }
        return Optional.empty();
    }

    static List<String> tags(String body, String marker) {
        List<String> found = new ArrayList<>();
        Matcher m = TAG.matcher(body);
        while (m.find()) {
            if (m.group().contains(marker)) {
                found.add(m.group());
            }
        }
        return found;
    }

    static String attr(String tag, String name) {
        Matcher m = ATTR.matcher(tag.substring(tag.indexOf(' ') + 1));
        while (m.find()) {
            if (m.group(1).equalsIgnoreCase(name)) {
                return m.group(2) == null ? "" : unescape(m.group(2));
            }
        }
        return null;
    }

    /** The href of the first link with the marker; fails the test when the page has none. */
    static String href(WebClient.Page page, String marker) {
        return tag(page.body(), marker).map(t -> attr(t, "href"))
                .orElseGet(() -> fail("no link with " + marker + " on the page:\n" + page.body()));
    }

    /** A form of the page: its action and method and the fields a browser would send unchanged. */
    record Form(String action, String method, String enctype, List<Map.Entry<String, String>> fields, String html) {

        Form with(String name, String value) {
            List<Map.Entry<String, String>> f = new ArrayList<>(fields);
            f.removeIf(e -> e.getKey().equals(name));
            f.add(Map.entry(name, value));
            return new Form(action, method, enctype, f, html);
        }

        Form add(String name, String value) {
            List<Map.Entry<String, String>> f = new ArrayList<>(fields);
            f.add(Map.entry(name, value));
            return new Form(action, method, enctype, f, html);
        }

        /** Values of the form's checkboxes of this name (what "select all" would tick). */
        List<String> checkboxes(String name) {
            List<String> values = new ArrayList<>();
            for (String input : tags(html, "type=\"checkbox\"")) {
                if (name.equals(attr(input, "name"))) {
                    values.add(attr(input, "value"));
                }
            }
            return values;
        }

        WebClient.Page submit(WebClient web) {
            FormFields form = FormFields.of(fields);
            if ("get".equalsIgnoreCase(method)) {
                return web.get(action + (action.contains("?") ? "&" : "?") + form.encoded());
            }
            return web.postRaw(action, form);
        }

        /** Submits as multipart/form-data with the files as parts named {@code fileField}. */
        WebClient.Page submitMultipart(WebClient web, String fileField, Map<String, byte[]> files) {
            assertEquals("multipart/form-data", enctype, "the form uploads files");
            MultipartForm form = MultipartForm.of();
            fields.forEach(f -> form.field(f.getKey(), f.getValue()));
            files.forEach((name, content) -> form.file(fileField, name, "application/octet-stream", content));
            return web.postMultipartRaw(action, form);
        }
    }

    /** The first form whose opening tag contains the marker (e.g. its action); fails when none. */
    static Form form(WebClient.Page page, String marker) {
        return findForm(page.body(), marker)
                .orElseGet(() -> fail("no form with " + marker + " on the page:\n" + page.body()));
    }

    static Optional<Form> findForm(String body, String marker) {
        Matcher m = Pattern.compile("<form\\b[^>]*>", Pattern.CASE_INSENSITIVE).matcher(body);
        while (m.find()) {
            if (!m.group().contains(marker)) {
                continue;
            }
            int end = body.indexOf("</form>", m.end());
            String html = body.substring(m.start(), end < 0 ? body.length() : end);
            String method = Optional.ofNullable(attr(m.group(), "method")).orElse("get");
            String enctype = Optional.ofNullable(attr(m.group(), "enctype")).orElse("application/x-www-form-urlencoded");
            List<Map.Entry<String, String>> fields = new ArrayList<>();
            for (String input : tags(html, "<input")) {
                String type = Optional.ofNullable(attr(input, "type")).orElse("text");
                String name = attr(input, "name");
                if (name == null || attr(input, "disabled") != null) {
                    continue;
                }
                boolean checked = attr(input, "checked") != null;
                if (type.equals("hidden") || ((type.equals("checkbox") || type.equals("radio")) && checked)) {
                    fields.add(Map.entry(name, Optional.ofNullable(attr(input, "value")).orElse("on")));
                }
            }
            Matcher sel = Pattern.compile("<select\\b[^>]*>(.*?)</select>", Pattern.DOTALL).matcher(html);
            while (sel.find()) {
                String open = sel.group().substring(0, sel.group().indexOf('>') + 1);
                String name = attr(open, "name");
                if (name == null || attr(open, "disabled") != null) {
                    continue;
                }
                List<String> options = tags(sel.group(1), "<option");
                if (attr(open, "multiple") != null) {
                    options.stream().filter(o -> attr(o, "selected") != null)
                            .forEach(o -> fields.add(Map.entry(name, attr(o, "value"))));
                    continue;
                }
                String chosen = options.stream().filter(o -> attr(o, "selected") != null).findFirst()
                        .or(() -> options.stream().findFirst()).map(o -> attr(o, "value")).orElse("");
                fields.add(Map.entry(name, chosen));
            }
            return Optional.of(new Form(attr(m.group(), "action"), method, enctype, fields, html));
        }
        return Optional.empty();
    }

    /** The text inside the first element whose opening tag contains the marker (tags stripped). */
    static String text(WebClient.Page page, String marker) {
        int at = page.body().indexOf(marker);
        if (at < 0) {
            return fail("nothing with " + marker + " on the page:\n" + page.body());
        }
        int start = page.body().lastIndexOf('<', at);
        Matcher name = Pattern.compile("<([a-zA-Z0-9]+)").matcher(page.body().substring(start));
        String closing = name.lookingAt() ? "</" + name.group(1) + ">" : "</";
        int open = page.body().indexOf('>', at) + 1;
        int close = page.body().indexOf(closing, open);
        return unescape(page.body().substring(open, close).replaceAll("<[^>]*>", "")).strip();
    }

    /** The path of a redirect, without its fragment. */
    static String path(WebClient.Page redirect) {
        assertEquals(303, redirect.status(), () -> "a redirect, not:\n" + redirect.body());
        String location = redirect.headers().firstValue("Location").orElseThrow();
        String path = URI.create(location).getRawPath();
        String query = URI.create(location).getRawQuery();
        return query == null ? path : path + "?" + query;
    }

    /** The fragment of a redirect (after #), or empty. */
    static String fragment(WebClient.Page redirect) {
        String f = URI.create(redirect.headers().firstValue("Location").orElseThrow()).getRawFragment();
        return f == null ? "" : f;
    }

    static String unescape(String s) {
        return s.replace("&#61;", "=").replace("&#x3D;", "=").replace("&quot;", "\"").replace("&#39;", "'")
                .replace("&#x27;", "'").replace("&#x2F;", "/").replace("&#47;", "/").replace("&lt;", "<")
                .replace("&gt;", ">").replace("&amp;", "&");
    }

    static Map<String, String> none() {
        return new LinkedHashMap<>();
    }
}
