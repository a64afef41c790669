package kz.sabaq.examtest;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.math.BigDecimal;
import java.util.List;
import kz.sabaq.examtest.bank.Difficulty;
import kz.sabaq.examtest.bank.Draft;
import kz.sabaq.examtest.bank.ItemKind;
import kz.sabaq.examtest.exchange.GiftReader;
import kz.sabaq.examtest.exchange.ImportResult;
import kz.sabaq.examtest.exchange.Problem;
import org.junit.jupiter.api.Test;

/** GIFT as Moodle's own export writes it: format marks on answers, HTML answers, thirds, escaped backslashes. */
class GiftExportCasesTest {

    private static Draft gift(String question) {
        ImportResult r = new GiftReader(MoodleXmlImportTest.DEFAULTS).read(question);
        assertEquals(List.of(), r.problems());
        return r.items().get(0).draft();
    }

    static List<String> texts(Draft d) {
        return d.options().stream().map(Draft.DraftOption::text).toList();
    }

    @Test
    void anAnswersOwnFormatMarkIsNotPartOfItsText() {
        Draft d = gift("::Түстер:: Қызғылт сары мен жасылдың арасы?{\n ~%50%сары # иә\n ~%-100%[plain]көк # жоқ\n"
                + " ~%50%[html]<i>лимон</i>\n ~%-100%қызыл # [html]<b>жоқ</b>\n}");
        assertEquals(List.of("сары", "көк", "лимон", "қызыл"), texts(d));
        assertEquals(ItemKind.MULTIPLE, d.kind());
    }

    @Test
    void answersOfAnHtmlQuestionAreItsShownTextAndThirdsKeepTheirPrecision() {
        Draft d = gift("::Үштен::[html]<p><b>Үшеуін</b> таңдаңыз</p>{\n ~%33.33333%<p>бір</p>\n ~%33.33333%<p>екі</p>\n"
                + " ~%33.33334%<p>үш</p>\n ~%-100%<p>төрт</p>\n}");
        assertEquals(List.of("бір", "екі", "үш", "төрт"), texts(d));
        assertEquals(List.of(new BigDecimal("33.33333"), new BigDecimal("33.33333"), new BigDecimal("33.33334"),
                new BigDecimal("-100")), d.options().stream().map(Draft.DraftOption::fraction).toList());
        assertTrue(d.text().contains("<b>Үшеуін</b>"), d.text());
    }

    @Test
    void anEscapedBackslashEscapesNothingAfterIt() {
        Draft d = gift("::Жол\\: C\\\\new:: Файл C\\\\new\\\\ \\{a\\} \\~ \\= \\# \\: ма?{=иә\\\\ ~жоқ}");
        assertEquals("Жол: C\\new", d.name());
        assertEquals("Файл C\\new\\ {a} ~ = # : ма?", d.text());
        assertFalse(d.text().contains("<br>"), "\\\\n is a backslash and an n, not a line break: " + d.text());
        assertEquals(List.of("иә\\", "жоқ"), texts(d));
        assertEquals(List.of(100, 0), d.options().stream().map(o -> o.fraction().intValue()).toList());
    }

    @Test
    void anEqualsMarkMakesTheQuestionSingleAnswerSoAPartialCreditBesideItIsRefusedAsInMoodleXml() {
        ImportResult r = new GiftReader(MoodleXmlImportTest.DEFAULTS).read("::Жартылай:: Қайсысы?{=сары ~%50%қызғылт ~көк}");
        assertEquals(List.of(), r.items());
        assertEquals(List.of("exam-test.import.error.singlePartial"), r.problems().stream().map(Problem::key).toList());
        assertEquals(List.of(2L), r.problems().get(0).args());
    }

    @Test
    void aDifficultyTagInTheQuestionsCommentSetsItsDifficultyAndStaysWithThatQuestion() {
        ImportResult r = new GiftReader(MoodleXmlImportTest.DEFAULTS).read("""
                // question: 7  name: Қиын
                // [id:Q7] [tag:a\\]b] [tag:геометрия] [tag:hard]
                ::Қиын:: Үшбұрыш бұрыштарының қосындысы?{=180 ~360}

                ::Әдепкі:: Шаршының бұрыштары тең.{T}
                """);
        assertEquals(List.of(Difficulty.HARD, Difficulty.MEDIUM), r.items().stream().map(i -> i.draft().difficulty()).toList());
        assertEquals(List.of(), r.problems());
    }
}
