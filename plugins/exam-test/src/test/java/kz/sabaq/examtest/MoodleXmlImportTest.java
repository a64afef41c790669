package kz.sabaq.examtest;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayInputStream;
import java.io.InputStream;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import kz.sabaq.examtest.bank.Difficulty;
import kz.sabaq.examtest.bank.Draft;
import kz.sabaq.examtest.bank.ItemKind;
import kz.sabaq.examtest.exchange.ImportDefaults;
import kz.sabaq.examtest.exchange.ImportResult;
import kz.sabaq.examtest.exchange.ImportedItem;
import kz.sabaq.examtest.exchange.MoodleXmlReader;
import kz.sabaq.examtest.exchange.Problem;
import org.junit.jupiter.api.Test;

/** A Moodle XML export with every common question type: supported items arrive intact, the rest are reported. */
class MoodleXmlImportTest {
    static final ImportDefaults DEFAULTS = new ImportDefaults(Difficulty.MEDIUM, "Тақырыпсыз", "Дұрыс", "Бұрыс");

    static ImportResult fixture() throws Exception {
        try (InputStream in = MoodleXmlImportTest.class.getResourceAsStream("/fixtures/moodle-all-types.xml")) {
            return new MoodleXmlReader(DEFAULTS).read(in);
        }
    }

    @Test
    void singleAnswerItemKeepsItsTextOptionsFractionTopicDifficultyAndPicture() throws Exception {
        ImportedItem first = fixture().items().get(0);
        Draft d = first.draft();
        assertEquals(1, first.number());
        assertEquals(ItemKind.SINGLE, d.kind());
        assertEquals(Difficulty.EASY, d.difficulty(), "the tag 'easy' sets the difficulty");
        assertEquals("Информатика негіздері / Алгоритмдер", d.topic());
        assertEquals("Блок-схема: шартты блок", d.name());
        assertTrue(d.text().contains("<strong>шарт</strong>"), d.text());
        assertTrue(!d.text().contains("@@PLUGINFILE@@"), "the embedded picture leaves the text: " + d.text());
        assertEquals(List.of("Ромб", "Тіктөртбұрыш", "Параллелограмм", "Сопақ", "Алтыбұрыш"),
                d.options().stream().map(Draft.DraftOption::text).toList());
        assertEquals(List.of(100, 0, 0, 0, 0), d.options().stream().map(o -> o.fraction().intValue()).toList());
        assertNotNull(first.image());
        assertEquals("flowchart.png", first.image().name());
        assertArrayEquals(new byte[] {(byte) 0x89, 'P', 'N', 'G'}, java.util.Arrays.copyOf(first.image().content(), 4));
    }

    @Test
    void multipleAnswerItemsKeepTheirPositiveAndNegativeFractions() throws Exception {
        List<ImportedItem> items = fixture().items();
        Draft sorting = items.get(1).draft();
        assertEquals(ItemKind.MULTIPLE, sorting.kind());
        assertEquals(Difficulty.HARD, sorting.difficulty(), "'difficulty:hard' sets the difficulty");
        assertEquals(List.of(new BigDecimal("50"), new BigDecimal("50"), new BigDecimal("-50"), new BigDecimal("-50"),
                new BigDecimal("-100")), sorting.options().stream().map(Draft.DraftOption::fraction).toList());
        assertTrue(sorting.text().contains("O(n"), sorting.text());
        Draft roots = items.get(2).draft();
        assertEquals(ItemKind.MULTIPLE, roots.kind());
        assertEquals(Difficulty.MEDIUM, roots.difficulty(), "no tag: the importer's default");
        assertEquals(new BigDecimal("33.33334"), roots.options().get(2).fraction());
        assertTrue(roots.text().contains("x^2 - 5x + 6 = 0") && roots.text().contains("<br>"),
                "a formula written as plain text stays as typed, line breaks kept: " + roots.text());
    }

    @Test
    void trueFalseBecomesASingleAnswerItemWithTheTwoWordsOfTheImportersLanguage() throws Exception {
        Draft logic = fixture().items().get(3).draft();
        assertEquals("Информатика негіздері / Логика", logic.topic());
        assertEquals(ItemKind.SINGLE, logic.kind());
        assertEquals(Difficulty.MEDIUM, logic.difficulty());
        assertEquals(List.of("Дұрыс", "Бұрыс"), logic.options().stream().map(Draft.DraftOption::text).toList());
        assertEquals(List.of(0, 100), logic.options().stream().map(o -> o.fraction().intValue()).toList());
        assertNull(fixture().items().get(3).image());
    }

    @Test
    void everyUnsupportedTypeIsReportedByNameWithItsReasonNoneDroppedSilently() throws Exception {
        ImportResult r = fixture();
        Map<String, String> reasons = r.problems().stream().filter(p -> !p.imported())
                .collect(Collectors.toMap(Problem::type, Problem::key));
        assertEquals(Map.of(
                "shortanswer", "exam-test.import.unsupported.typed",
                "essay", "exam-test.import.unsupported.essay",
                "matching", "exam-test.import.unsupported.pairs",
                "numerical", "exam-test.import.unsupported.number",
                "multianswer", "exam-test.import.unsupported.cloze",
                "description", "exam-test.import.unsupported.description",
                "calculated", "exam-test.import.unsupported.calculated",
                "ddwtos", "exam-test.import.unsupported.dragdrop"), reasons);
        assertEquals("Логикалық амал атауы", r.problems().get(0).name());
        assertEquals(13, r.items().size() + r.problems().size(), "each of the 13 questions is an item or a problem");
    }

    @Test
    void aDoctypeIsRefusedSoNoEntityIsResolved() {
        String evil = "<?xml version=\"1.0\"?><!DOCTYPE quiz [<!ENTITY x SYSTEM \"file:///etc/passwd\">]><quiz>&x;</quiz>";
        ImportResult r = new MoodleXmlReader(DEFAULTS).read(new ByteArrayInputStream(evil.getBytes(StandardCharsets.UTF_8)));
        assertEquals(List.of(), r.items());
        assertEquals("exam-test.import.error.xml", r.problems().get(0).key());
    }
}
