package kz.sabaq.examtest.attempt;

import java.time.LocalDateTime;
import java.util.List;

/** The latest answer to one drawn item: the chosen option ids. */
public record AnswerRow(long attemptId, int position, String chosen, LocalDateTime savedAt) {

    public List<Long> options() {
        return AttemptItemRow.ids(chosen);
    }
}
