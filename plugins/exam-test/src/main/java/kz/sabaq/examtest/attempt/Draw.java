package kz.sabaq.examtest.attempt;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.random.RandomGenerator;
import java.util.stream.Collectors;
import kz.sabaq.examtest.bank.Difficulty;
import kz.sabaq.examtest.bank.DifficultyMix;
import kz.sabaq.examtest.bank.Item;
import kz.sabaq.examtest.bank.Option;

/**
 * Draws one student's questions (seed 002 §7.6: "кездейсоқ таңдау арқылы"): {@code count} items at
 * random, each difficulty its share of the mix, in random order, each item's options shuffled.
 */
public final class Draw {
    private Draw() {
    }

    /** The drawn items with their option order, or empty when the bank has too few of a difficulty. */
    public static Optional<List<AttemptItemRow>> of(List<Item> bank, int count, Optional<DifficultyMix> mix,
                                                   RandomGenerator random) {
        List<Item> chosen = new ArrayList<>();
        if (mix.isPresent()) {
            Map<Difficulty, List<Item>> byLevel = bank.stream().collect(Collectors.groupingBy(Item::difficulty));
            for (Map.Entry<Difficulty, Integer> want : mix.get().split(count).entrySet()) {
                List<Item> level = new ArrayList<>(byLevel.getOrDefault(want.getKey(), List.of()));
                if (level.size() < want.getValue()) {
                    return Optional.empty();
                }
                shuffle(level, random);
                chosen.addAll(level.subList(0, want.getValue()));
            }
        } else {
            if (bank.size() < count) {
                return Optional.empty();
            }
            List<Item> all = new ArrayList<>(bank);
            shuffle(all, random);
            chosen.addAll(all.subList(0, count));
        }
        shuffle(chosen, random);
        List<AttemptItemRow> rows = new ArrayList<>();
        for (int i = 0; i < chosen.size(); i++) {
            Item item = chosen.get(i);
            List<Long> options = new ArrayList<>(item.options().stream().map(Option::id).toList());
            shuffle(options, random);
            rows.add(new AttemptItemRow(0, i + 1, item.id(), item.kind() == kz.sabaq.examtest.bank.ItemKind.MULTIPLE,
                    options.stream().map(String::valueOf).collect(Collectors.joining(","))));
        }
        return Optional.of(rows);
    }

    private static <T> void shuffle(List<T> list, RandomGenerator random) {
        for (int i = list.size() - 1; i > 0; i--) {
            Collections.swap(list, i, random.nextInt(i + 1));
        }
    }
}
