package kz.sabaq.attestation.exam;

import java.util.LinkedHashMap;
import java.util.Map;

/**
 * Reads the conduct platform's values, a flat JSON object of strings ({@code oa_slot.platform_values}),
 * without a JSON library in the plugin.
 */
final class FlatJson {
    private final String s;
    private int i;

    private FlatJson(String s) {
        this.s = s;
    }

    /** The object's string (and scalar) members; empty for null, blank or malformed text. */
    static Map<String, String> parse(String json) {
        if (json == null || json.isBlank()) {
            return Map.of();
        }
        try {
            return new FlatJson(json.trim()).object();
        } catch (RuntimeException malformed) {
            return Map.of();
        }
    }

    private Map<String, String> object() {
        Map<String, String> out = new LinkedHashMap<>();
        expect('{');
        skip();
        if (peek() == '}') {
            return out;
        }
        while (true) {
            skip();
            String key = string();
            skip();
            expect(':');
            skip();
            String value = peek() == '"' ? string() : scalar();
            if (value != null) {
                out.put(key, value);
            }
            skip();
            if (peek() == ',') {
                i++;
                continue;
            }
            expect('}');
            return out;
        }
    }

    private String scalar() {
        int start = i;
        while (i < s.length() && ",}".indexOf(s.charAt(i)) < 0) {
            i++;
        }
        String v = s.substring(start, i).trim();
        return "null".equals(v) ? null : v;
    }

    private String string() {
        expect('"');
        StringBuilder b = new StringBuilder();
        while (true) {
            char c = s.charAt(i++);
            if (c == '"') {
                return b.toString();
            }
            if (c != '\\') {
                b.append(c);
                continue;
            }
            char e = s.charAt(i++);
            switch (e) {
                case 'n' -> b.append('\n');
                case 't' -> b.append('\t');
                case 'r' -> b.append('\r');
                case 'b' -> b.append('\b');
                case 'f' -> b.append('\f');
                case 'u' -> {
                    b.append((char) Integer.parseInt(s.substring(i, i + 4), 16));
                    i += 4;
                }
                default -> b.append(e);
            }
        }
    }

    private char peek() {
        return s.charAt(i);
    }

    private void expect(char c) {
        if (s.charAt(i) != c) {
            throw new IllegalArgumentException("expected " + c);
        }
        i++;
    }

    private void skip() {
        while (i < s.length() && Character.isWhitespace(s.charAt(i))) {
            i++;
        }
    }

    /** A JSON string literal of the text, for the live events. */
    static String quote(String text) {
        if (text == null) {
            return "null";
        }
        StringBuilder b = new StringBuilder("\"");
        for (char c : text.toCharArray()) {
            switch (c) {
                case '"' -> b.append("\\\"");
                case '\\' -> b.append("\\\\");
                case '\n' -> b.append("\\n");
                case '\r' -> b.append("\\r");
                case '\t' -> b.append("\\t");
                default -> {
                    if (c < 0x20 || c == '<' || c == '>' || c == '&') {
                        b.append(String.format("\\u%04x", (int) c));
                    } else {
                        b.append(c);
                    }
                }
            }
        }
        return b.append('"').toString();
    }
}
