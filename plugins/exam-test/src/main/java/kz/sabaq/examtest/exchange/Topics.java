package kz.sabaq.examtest.exchange;

import java.util.Arrays;
import java.util.Locale;
import java.util.Optional;
import java.util.stream.Collectors;
import kz.sabaq.examtest.bank.Bank;
import kz.sabaq.examtest.bank.Difficulty;

/** Topics and difficulty as import files write them. */
final class Topics {
    private Topics() {
    }

    /**
     * A Moodle category path ({@code $course$/top/Алгебра/Теңдеулер}) as a topic: the context and
     * Moodle's own top and default categories left out, the rest joined with " / ".
     */
    static String fromCategory(String path, String fallback) {
        String topic = Arrays.stream(path.split("(?<!/)/(?!/)")).map(s -> s.replace("//", "/").strip())
                .filter(s -> !s.isEmpty() && !s.startsWith("$") && !"top".equalsIgnoreCase(s)
                        && !s.toLowerCase(Locale.ROOT).startsWith("default for"))
                .collect(Collectors.joining(" / "));
        if (topic.isEmpty()) {
            return fallback;
        }
        return topic.length() > Bank.TOPIC_MAX ? topic.substring(topic.length() - Bank.TOPIC_MAX) : topic;
    }

    /** A tag naming a difficulty: {@code easy}, {@code difficulty:hard}, or the seed's Kazakh words. */
    static Optional<Difficulty> difficulty(String tag) {
        String t = tag.strip().toLowerCase(Locale.ROOT);
        if (t.startsWith("difficulty:")) {
            t = t.substring("difficulty:".length()).strip();
        }
        return switch (t) {
            case "қарапайым", "жеңіл", "легкий", "лёгкий" -> Optional.of(Difficulty.EASY);
            case "орташа", "средний" -> Optional.of(Difficulty.MEDIUM);
            case "күрделі", "қиын", "сложный" -> Optional.of(Difficulty.HARD);
            default -> Difficulty.of(t);
        };
    }
}
