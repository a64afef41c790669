package kz.sabaq.attestation.tickets;

import java.util.regex.Pattern;
import org.owasp.html.PolicyFactory;
import org.owasp.html.Sanitizers;

/**
 * Rich text typed in the page's editor (ticket questions; the exam part may use it for tasks and
 * answers): cleaned on the server with the OWASP Java HTML Sanitizer, so only formatting, blocks,
 * lists, tables and http(s) links survive, never a script, a style or an event handler.
 */
public final class RichText {
    private static final PolicyFactory POLICY = Sanitizers.FORMATTING.and(Sanitizers.BLOCKS)
            .and(Sanitizers.TABLES).and(Sanitizers.LINKS);
    private static final Pattern TAG = Pattern.compile("<[^>]*>");
    private static final Pattern ENTITY_SPACE = Pattern.compile("&nbsp;|&#160;|\u00a0");

    private RichText() {
    }

    /**
     * The submitted HTML made safe; null when nothing readable is left. Text without any tag (from
     * a plain textarea) keeps its line breaks.
     */
    public static String clean(String submitted) {
        if (submitted == null || submitted.isBlank()) {
            return null;
        }
        String html = submitted.contains("<") ? submitted : plain(submitted);
        String safe = POLICY.sanitize(html).strip();
        return hasText(safe) ? safe : null;
    }

    /** True when the HTML shows at least one character that is not white space. */
    public static boolean hasText(String html) {
        if (html == null) {
            return false;
        }
        String text = ENTITY_SPACE.matcher(TAG.matcher(html).replaceAll("")).replaceAll(" ");
        return !text.isBlank();
    }

    private static String plain(String text) {
        String escaped = text.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;");
        return escaped.replace("\r\n", "\n").replace("\n", "<br>");
    }
}
