package kz.sabaq.attestation.exam;

import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.owasp.html.HtmlPolicyBuilder;
import org.owasp.html.PolicyFactory;
import org.owasp.html.Sanitizers;

/**
 * Rich text written in the page's editor (tasks, answers) and ticket questions: only formatting,
 * blocks, lists, tables and http(s) links survive; scripts, event handlers and styles do not.
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
        return POLICY.sanitize(html.length() > MAX_CHARS ? html.substring(0, MAX_CHARS) : html);
    }

    /** How many characters of text (not markup, whitespace runs counted once, trimmed) the HTML shows. */
    public static int textLength(String html) {
        return text(html).length();
    }

    static String text(String html) {
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
