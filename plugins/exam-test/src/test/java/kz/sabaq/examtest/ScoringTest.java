package kz.sabaq.examtest;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.math.BigDecimal;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.SplittableRandom;
import java.util.stream.IntStream;
import kz.sabaq.examtest.attempt.AttemptItemRow;
import kz.sabaq.examtest.attempt.Draw;
import kz.sabaq.examtest.attempt.Scoring;
import kz.sabaq.examtest.bank.Difficulty;
import kz.sabaq.examtest.bank.DifficultyMix;
import kz.sabaq.examtest.bank.Item;
import kz.sabaq.examtest.bank.ItemKind;
import kz.sabaq.examtest.bank.Option;
import org.junit.jupiter.api.Test;

/** Automatic scoring with and without partial credit, and the draw's difficulty mix. */
class ScoringTest {
    /** Options 11 and 12 correct (50 each), 13–15 wrong (−50 each). */
    static final Item MULTIPLE = item(1, ItemKind.MULTIPLE, Difficulty.MEDIUM, 50, 50, -50, -50, -50);
    /** Option 21 correct. */
    static final Item SINGLE = item(2, ItemKind.SINGLE, Difficulty.EASY, 100, 0, 0, 0, 0);
    static final List<AttemptItemRow> DRAWN = List.of(new AttemptItemRow(1, 1, 1, true, "11,12,13,14,15"),
            new AttemptItemRow(1, 2, 2, false, "21,22,23,24,25"));
    static final Map<Long, Item> ITEMS = Map.of(1L, MULTIPLE, 2L, SINGLE);

    @Test
    void partialCreditGivesAMultipleAnswerItemTheSumOfItsChosenFractions() {
        assertEquals(new BigDecimal("75.00"), Scoring.percent(DRAWN, ITEMS, Map.of(1, List.of(11L), 2, List.of(21L)), true),
                "half of the first item and all of the second");
        assertEquals(new BigDecimal("0.00"), Scoring.percent(DRAWN, ITEMS, Map.of(1, List.of(11L, 13L, 14L)), true),
                "wrong choices take away, never below zero");
    }

    @Test
    void withoutPartialCreditOnlyExactlyTheCorrectOptionsEarn() {
        assertEquals(new BigDecimal("50.00"), Scoring.percent(DRAWN, ITEMS, Map.of(1, List.of(11L), 2, List.of(21L)), false));
        assertEquals(new BigDecimal("100.00"), Scoring.percent(DRAWN, ITEMS, Map.of(1, List.of(12L, 11L), 2, List.of(21L)), false));
        assertEquals(new BigDecimal("50.00"), Scoring.percent(DRAWN, ITEMS, Map.of(1, List.of(11L, 12L, 15L), 2, List.of(21L)), false));
    }

    @Test
    void thirtyQuestionsOfFortyFortyTwentyAreTwelveTwelveAndSixAndNineSplitWithoutLosingOne() {
        DifficultyMix mix = DifficultyMix.parse("40/40/20").orElseThrow();
        assertEquals(Map.of(Difficulty.EASY, 12, Difficulty.MEDIUM, 12, Difficulty.HARD, 6), mix.split(30));
        assertEquals(9, mix.split(9).values().stream().mapToInt(Integer::intValue).sum());
        assertTrue(DifficultyMix.parse("40/40/30").isEmpty(), "shares must add up to 100");
    }

    @Test
    void aDrawTakesEachDifficultysShareAndShufflesEveryItemsOptions() {
        List<Item> bank = IntStream.range(0, 100).mapToObj(i -> item(100 + i, ItemKind.SINGLE,
                i < 40 ? Difficulty.EASY : i < 80 ? Difficulty.MEDIUM : Difficulty.HARD, 100, 0, 0, 0, 0)).toList();
        List<AttemptItemRow> drawn = Draw.of(bank, 30, DifficultyMix.parse("40/40/20"), new SplittableRandom(7)).orElseThrow();
        Map<Difficulty, Integer> levels = new EnumMap<>(Difficulty.class);
        drawn.forEach(d -> levels.merge(bank.get((int) d.itemId() - 100).difficulty(), 1, Integer::sum));
        assertEquals(Map.of(Difficulty.EASY, 12, Difficulty.MEDIUM, 12, Difficulty.HARD, 6), levels);
        assertEquals(30, drawn.stream().map(AttemptItemRow::itemId).distinct().count());
        assertTrue(drawn.stream().anyMatch(d -> !d.optionOrder().equals(d.itemId() * 10 + "1," + (d.itemId() * 10 + 2) + ","
                + (d.itemId() * 10 + 3) + "," + (d.itemId() * 10 + 4) + "," + (d.itemId() * 10 + 5))), "options are shuffled");
        assertEquals(Optional.empty(), Draw.of(bank.subList(0, 50), 30, DifficultyMix.parse("40/40/20"), new SplittableRandom(7)),
                "a bank without hard items cannot give the mix");
    }

    static Item item(long id, ItemKind kind, Difficulty difficulty, int... fractions) {
        List<Option> options = IntStream.range(0, fractions.length).mapToObj(i -> new Option(id * 10 + i + 1, i + 1,
                "O" + (i + 1), BigDecimal.valueOf(fractions[i]))).toList();
        return new Item(id, 1, kind, difficulty, "T", "I" + id, "<p>I</p>", null, null, null, options);
    }
}
