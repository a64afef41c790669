package kz.sabaq.examtest;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.InputStream;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.util.List;
import kz.sabaq.examtest.bank.Draft;
import kz.sabaq.examtest.bank.ItemKind;
import kz.sabaq.examtest.exchange.GiftReader;
import kz.sabaq.examtest.exchange.ImportResult;
import kz.sabaq.examtest.exchange.Problem;
import org.junit.jupiter.api.Test;

/** A GIFT file: multiple choice, weighted multiple answers, true/false and escapes arrive intact; the rest is reported. */
class GiftImportTest {

    static ImportResult fixture() throws Exception {
        try (InputStream in = GiftImportTest.class.getResourceAsStream("/fixtures/bank.gift")) {
            return new GiftReader(MoodleXmlImportTest.DEFAULTS).read(new String(in.readAllBytes(), StandardCharsets.UTF_8));
        }
    }

    @Test
    void choiceItemsArriveWithTextOptionsAndFractions() throws Exception {
        List<Draft> items = fixture().items().stream().map(i -> i.draft()).toList();
        Draft osi = items.get(0);
        assertEquals("OSI моделі", osi.name());
        assertEquals("Информатика негіздері / Желілер", osi.topic());
        assertEquals(ItemKind.SINGLE, osi.kind());
        assertEquals(List.of("7", "5", "4", "6", "8"), osi.options().stream().map(Draft.DraftOption::text).toList(),
                "feedback after # is not part of an option");
        assertEquals(List.of(100, 0, 0, 0, 0), osi.options().stream().map(o -> o.fraction().intValue()).toList());
        Draft protocols = items.get(1);
        assertEquals(ItemKind.MULTIPLE, protocols.kind());
        assertTrue(protocols.text().contains("<b>көлік</b>"), "[html] keeps the markup: " + protocols.text());
        assertEquals(List.of(new BigDecimal("50"), new BigDecimal("50"), new BigDecimal("-100"), new BigDecimal("-100"),
                new BigDecimal("-100")), protocols.options().stream().map(Draft.DraftOption::fraction).toList());
    }

    @Test
    void trueFalseAndEscapedCharactersArriveIntact() throws Exception {
        List<Draft> items = fixture().items().stream().map(i -> i.draft()).toList();
        Draft ipv4 = items.get(2);
        assertEquals(List.of("Дұрыс", "Бұрыс"), ipv4.options().stream().map(Draft.DraftOption::text).toList());
        assertEquals(List.of(100, 0), ipv4.options().stream().map(o -> o.fraction().intValue()).toList());
        Draft escaped = items.get(3);
        assertEquals("Өрнекті есептеңіз: 2 = 1 + 1 {дұрыс ба}?", escaped.text());
        assertEquals(List.of("Иә", "Жоқ"), escaped.options().stream().map(Draft.DraftOption::text).toList());
    }

    @Test
    void typedAnswersNumbersEssaysMatchingAndDescriptionsAreReported() throws Exception {
        ImportResult r = fixture();
        assertEquals(4, r.items().size());
        assertEquals(List.of("shortanswer", "numerical", "essay", "matching", "description"),
                r.problems().stream().map(Problem::type).toList());
        assertEquals(List.of(5, 6, 7, 8, 9), r.problems().stream().map(Problem::number).toList());
    }
}
