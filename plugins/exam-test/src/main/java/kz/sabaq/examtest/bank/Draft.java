package kz.sabaq.examtest.bank;

import java.math.BigDecimal;
import java.util.List;

/**
 * An item as written on the page or read from an import file, before it is checked and stored.
 * {@code kind} and {@code difficulty} may be null when the source did not say (a refusal names them).
 */
public record Draft(ItemKind kind, Difficulty difficulty, String topic, String name, String text,
                    List<DraftOption> options) {

    public record DraftOption(String text, BigDecimal fraction) {
    }
}
