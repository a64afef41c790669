package kz.sabaq.examtest.attempt;

import java.time.LocalDateTime;

/**
 * A stream's test as opened, with the settings it runs with (copied at opening).
 *
 * @param kind     {@code final} (the interim attestation, graded into the journal) or {@code self} (a topic's self-check)
 * @param attempts attempts allowed; 0: unlimited until passed
 * @param mix      the difficulty mix of the draw ("40/40/20"); empty: any difficulty
 */
public record TestRow(long id, long streamId, String kind, String topic, int questions, int minutes, int attempts,
                      String mix, boolean partialCredit, int passPercent, boolean showResult, long openedBy,
                      LocalDateTime openedAt, LocalDateTime closedAt) {
    public static final String FINAL = "final";
    public static final String SELF = "self";

    public boolean open() {
        return closedAt == null;
    }

    public boolean selfCheck() {
        return SELF.equals(kind);
    }
}
