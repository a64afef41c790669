package kz.sabaq.examtest.bank;

import java.util.regex.Pattern;
import org.owasp.html.HtmlPolicyBuilder;
import org.owasp.html.PolicyFactory;
import org.owasp.html.Sanitizers;

/**
 * Item texts are rich text: formatting, lists, tables, sub- and superscripts for formulas written as
 * text (x<sup>2</sup>, H<sub>2</sub>O, or TeX kept as typed). Cleaned with the OWASP Java HTML
 * Sanitizer on every way in (the page, every import), so a stored text may be printed raw. Images
 * are not part of the text: an item's picture is a file of core's FileStore.
 */
public final class RichText {
    private static final PolicyFactory POLICY = Sanitizers.FORMATTING.and(Sanitizers.BLOCKS)
            .and(Sanitizers.TABLES).and(new HtmlPolicyBuilder()
                    .allowElements("br", "hr", "pre", "code", "sub", "sup", "ul", "ol", "li").toFactory());
    private static final Pattern TAG = Pattern.compile("<[^>]*>");

    private RichText() {
    }

    /** Safe HTML; text without any tag keeps its line breaks. */
    public static String clean(String html) {
        if (html == null || html.isBlank()) {
            return "";
        }
        String source = html.contains("<") ? html : plain(html);
        return POLICY.sanitize(source).strip();
    }

    /** Plain text, escaped, line breaks kept. */
    public static String plain(String text) {
        String escaped = text.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;");
        return escaped.replace("\r\n", "\n").replace("\n", "<br>");
    }

    /** What the HTML shows, markup removed and white space runs as one space: an item's short name. */
    public static String text(String html) {
        String text = TAG.matcher(html == null ? "" : html.replaceAll("(?i)<br\\s*/?>|</p>|</li>", " ")).replaceAll("");
        text = text.replace("&nbsp;", " ").replace("&lt;", "<").replace("&gt;", ">").replace("&quot;", "\"")
                .replace("&#39;", "'").replace("&#34;", "\"").replace("&#43;", "+").replace("&#61;", "=")
                .replace("&#64;", "@").replace("&#96;", "`").replace("&#160;", " ").replace("&amp;", "&").replace('\u00a0', ' ');
        return text.replaceAll("\\s+", " ").strip();
    }
}
