package kz.sabaq.examtest.bank;

import jakarta.ws.rs.core.MultivaluedMap;
import java.util.ArrayList;
import java.util.List;

/**
 * The item page's form read into a {@link Draft}: fields kind, difficulty, topic, name, text,
 * option1…optionN and the ticked {@code correct} positions. Option rows left blank and not ticked are
 * not options (the page offers the configured number of rows; fewer may be filled).
 */
public final class ItemForm {
    /** The page never offers more option rows than this. */
    public static final int MAX_OPTIONS = 10;

    private ItemForm() {
    }

    public static Draft read(MultivaluedMap<String, String> form) {
        ItemKind kind = ItemKind.of(form.getFirst("kind")).orElse(null);
        Difficulty difficulty = Difficulty.of(form.getFirst("difficulty")).orElse(null);
        List<String> ticked = form.getOrDefault("correct", List.of());
        List<String> texts = new ArrayList<>();
        List<Boolean> correct = new ArrayList<>();
        for (int i = 1; i <= MAX_OPTIONS; i++) {
            String text = form.getFirst("option" + i);
            boolean right = ticked.contains(String.valueOf(i));
            if ((text == null || text.isBlank()) && !right) {
                continue;
            }
            texts.add(text == null ? "" : text);
            correct.add(right);
        }
        return new Draft(kind, difficulty, form.getFirst("topic"), form.getFirst("name"), form.getFirst("text"),
                Bank.ticked(kind == null ? ItemKind.SINGLE : kind, texts, correct));
    }
}
