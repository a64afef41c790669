package kz.sabaq.examtest.attempt;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import kz.sabaq.examtest.bank.Item;
import kz.sabaq.examtest.bank.Option;

/**
 * Automatic scoring (seed 002 §5.20.3). Each item is worth the same; a single-answer item earns its
 * chosen option's fraction. A multiple-answer item earns, with partial credit, the sum of its chosen
 * options' fractions (wrong ones take away), between 0 and 1; without it, all only when exactly the
 * correct options are chosen. The attempt's score is the percentage of the items' worth, two decimals.
 */
public final class Scoring {
    private static final BigDecimal HUNDRED = BigDecimal.valueOf(100);

    private Scoring() {
    }

    /**
     * @param drawn   the attempt's items in order
     * @param items   the bank items by id (an item deleted since counts as unanswered)
     * @param answers chosen option ids by position
     */
    public static BigDecimal percent(List<AttemptItemRow> drawn, Map<Long, Item> items, Map<Integer, List<Long>> answers,
                                     boolean partialCredit) {
        if (drawn.isEmpty()) {
            return BigDecimal.ZERO;
        }
        BigDecimal earned = BigDecimal.ZERO;
        for (AttemptItemRow d : drawn) {
            Item item = items.get(d.itemId());
            List<Long> chosen = answers.getOrDefault(d.position(), List.of());
            if (item != null && !chosen.isEmpty()) {
                earned = earned.add(item(item, chosen, partialCredit));
            }
        }
        return earned.multiply(HUNDRED).divide(BigDecimal.valueOf(drawn.size()), 2, RoundingMode.HALF_UP);
    }

    /** What one answered item earns, 0 to 1. */
    static BigDecimal item(Item item, List<Long> chosen, boolean partialCredit) {
        Set<Long> picked = new HashSet<>(chosen);
        if (item.kind() == kz.sabaq.examtest.bank.ItemKind.MULTIPLE && !partialCredit) {
            Set<Long> correct = new HashSet<>();
            item.options().stream().filter(Option::correct).forEach(o -> correct.add(o.id()));
            return correct.equals(picked) ? BigDecimal.ONE : BigDecimal.ZERO;
        }
        BigDecimal sum = item.options().stream().filter(o -> picked.contains(o.id())).map(Option::fraction)
                .reduce(BigDecimal.ZERO, BigDecimal::add);
        BigDecimal share = sum.divide(HUNDRED, 6, RoundingMode.HALF_UP);
        return share.max(BigDecimal.ZERO).min(BigDecimal.ONE);
    }
}
