package kz.sabaq.attestation;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

/** Sanitising rich text and counting its characters. */
class RichTextTest {

    @Test
    void scriptsHandlersAndStylesAreRemovedFormattingStays() {
        String clean = RichText.clean("<p onclick=\"x()\">Жауап <b>қалың</b> <a href=\"javascript:alert(1)\">сілтеме</a>"
                + "<a href=\"https://example.kz/a\">дұрыс</a></p><script>alert(2)</script><style>p{}</style>"
                + "<ul><li>бір</li></ul>");

        assertFalse(clean.contains("onclick") || clean.contains("javascript:") || clean.contains("<script")
                || clean.contains("alert(2)") || clean.contains("<style"), clean);
        assertTrue(clean.contains("<b>қалың</b>") && clean.contains("<li>бір</li>"), clean);
        assertTrue(clean.contains("href=\"https://example.kz/a\""), clean);
    }

    @Test
    void theLengthCountsTextNotMarkupAndWhitespaceRunsOnce() {
        assertEquals(9, RichText.textLength("<p><b>123456789</b>   </p>"));
        assertEquals(10, RichText.textLength("<p>12345</p><p>6789</p>"), "a paragraph break counts as one space");
        assertEquals(3, RichText.textLength("a&amp;b"));
        assertEquals(0, RichText.textLength("<p>&nbsp; </p>"));
        assertEquals(0, RichText.textLength(null));
    }
}
