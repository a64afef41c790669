package kz.sabaq.attestation;

import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.owasp.html.HtmlPolicyBuilder;
import org.owasp.html.PolicyFactory;
import org.owasp.html.Sanitizers;

/**
 * Rich text written in the pages' editor (ticket questions, tasks, answers), cleaned on the server
 * with the OWASP Java HTML Sanitizer: only formatting, blocks, lists, tables and http(s) links
 * survive; scripts, event handlers and styles do not. Text without any tag (a plain textarea when
 * scripts are off) keeps its line breaks.
 */
public final class RichText {
    private static final PolicyFactory POLICY = Sanitizers.FORMATTING.and(Sanitizers.BLOCKS).and(Sanitizers.LINKS)
            .and(Sanitizers.TABLES).and(new HtmlPolicyBuilder().allowElements("br", "hr", "pre", "code", "sub", "sup")
                    .toFactory());
    private static final Pattern TAG = Pattern.compile("<[^>]*>");
    private static final Pattern NUMERIC = Pattern.compile("&#(x?)([0-9a-fA-F]+);");
    /** At most this much HTML is kept from one editor (about 1 MB). */
    public static final int MAX_CHARS = 1_000_000;

    private RichText() {
    }

    /** Safe HTML to store and print raw; empty for null. */
    public static String clean(String html) {
        if (html == null || html.isBlank()) {
            return "";
        }
        String limited = html.length() > MAX_CHARS ? html.substring(0, MAX_CHARS) : html;
        return POLICY.sanitize(limited.contains("<") ? limited : plain(limited)).strip();
    }

    /** {@link #clean} that gives null when nothing readable is left (a ticket with no text). */
    public static String cleanOrNull(String html) {
        String safe = clean(html);
        return hasText(safe) ? safe : null;
    }

    /** True when the HTML shows at least one character that is not white space. */
    public static boolean hasText(String html) {
        return !text(html).isEmpty();
    }

    /** How many characters of text (not markup, whitespace runs counted once, trimmed) the HTML shows. */
    public static int textLength(String html) {
        return text(html).length();
    }

    private static String plain(String text) {
        String escaped = text.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;");
        return escaped.replace("\r\n", "\n").replace("\n", "<br>");
    }

    /** The text the HTML shows, markup removed, entities decoded, white space runs as one space. */
    public static String text(String html) {
        if (html == null) {
            return "";
        }
        String text = TAG.matcher(html.replaceAll("(?i)<br\\s*/?>|</p>|</div>|</li>", " ")).replaceAll("");
        Matcher m = NUMERIC.matcher(text);
        StringBuilder out = new StringBuilder();
        while (m.find()) {
            int code = Integer.parseInt(m.group(2), m.group(1).isEmpty() ? 10 : 16);
            m.appendReplacement(out, Matcher.quoteReplacement(new String(Character.toChars(code))));
        }
        m.appendTail(out);
        text = out.toString().replace("&nbsp;", " ").replace("&lt;", "<").replace("&gt;", ">")
                .replace("&quot;", "\"").replace("&#39;", "'").replace("&amp;", "&").replace('\u00a0', ' ');
        return text.replaceAll("\\s+", " ").trim();
    }
}
