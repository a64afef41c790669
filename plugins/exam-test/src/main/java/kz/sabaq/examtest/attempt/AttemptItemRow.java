package kz.sabaq.examtest.attempt;

import java.util.Arrays;
import java.util.List;

/** An item drawn for an attempt: its place, the item, and its option ids in the order this student sees them. */
public record AttemptItemRow(long attemptId, int position, long itemId, boolean multiple, String optionOrder) {

    public List<Long> options() {
        return ids(optionOrder);
    }

    static List<Long> ids(String commaSeparated) {
        if (commaSeparated == null || commaSeparated.isBlank()) {
            return List.of();
        }
        return Arrays.stream(commaSeparated.split(",")).map(Long::valueOf).toList();
    }
}
