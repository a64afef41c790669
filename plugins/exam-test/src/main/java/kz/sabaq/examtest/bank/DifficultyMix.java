package kz.sabaq.examtest.bank;

import java.util.EnumMap;
import java.util.Map;
import java.util.Optional;

/**
 * Shares of easy, medium and hard items in percent, written "40/40/20", adding up to 100. The same
 * mix rules the bank (its items' shares) and each student's draw.
 */
public record DifficultyMix(int easy, int medium, int hard) {

    public static Optional<DifficultyMix> parse(String text) {
        if (text == null) {
            return Optional.empty();
        }
        String[] parts = text.strip().split("\\s*/\\s*");
        if (parts.length != 3) {
            return Optional.empty();
        }
        try {
            int e = Integer.parseInt(parts[0]);
            int m = Integer.parseInt(parts[1]);
            int h = Integer.parseInt(parts[2]);
            if (e < 0 || m < 0 || h < 0 || e + m + h != 100) {
                return Optional.empty();
            }
            return Optional.of(new DifficultyMix(e, m, h));
        } catch (NumberFormatException notANumber) {
            return Optional.empty();
        }
    }

    public int percent(Difficulty d) {
        return switch (d) {
            case EASY -> easy;
            case MEDIUM -> medium;
            case HARD -> hard;
        };
    }

    /**
     * How many of {@code total} questions each difficulty gets: the shares rounded down, the
     * remainder to the largest fractional parts (easy first on a tie), so the counts add up to the total.
     */
    public Map<Difficulty, Integer> split(int total) {
        Map<Difficulty, Integer> counts = new EnumMap<>(Difficulty.class);
        int given = 0;
        for (Difficulty d : Difficulty.values()) {
            int n = total * percent(d) / 100;
            counts.put(d, n);
            given += n;
        }
        while (given < total) {
            Difficulty best = null;
            int bestRest = -1;
            for (Difficulty d : Difficulty.values()) {
                int rest = total * percent(d) % 100;
                if (rest > bestRest && counts.get(d) * 100 < total * percent(d)) {
                    best = d;
                    bestRest = rest;
                }
            }
            counts.merge(best, 1, Integer::sum);
            given++;
        }
        return counts;
    }

    @Override
    public String toString() {
        return easy + "/" + medium + "/" + hard;
    }
}
