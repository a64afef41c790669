package kz.sabaq.attestation;

import java.text.Collator;
import java.text.ParseException;
import java.text.RuleBasedCollator;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Locale;
import kz.sabaq.api.academic.Student;

/** How a slot's students are listed on the stream page, and so walked from one exam page to the next. */
public final class RosterOrder {
    /**
     * The Kazakh Cyrillic alphabet in its order (А Ә Б … Г Ғ … К Қ … Н Ң О Ө … У Ұ Ү … Х Һ … Ы І Ь
     * Э Ю Я, capitals beside their small letters), after the Latin letters of a language's own rules:
     * Java's rules know none of the Kazakh letters (and a Kazakh reader's none of the Cyrillic ones),
     * so without this Әбенов sorted after Яковлев. A Russian reader sees Kazakh surnames where their
     * letters stand too; the Russian letters keep their order.
     */
    private static final String KAZAKH_LETTERS = "& Z" + "аәбвгғдеёжзийкқлмнңоөпрстуұүфхһцчшщъыіьэюя".chars()
            .mapToObj(c -> " < " + (char) c + ", " + Character.toUpperCase((char) c))
            .collect(java.util.stream.Collectors.joining());

    /** By surname and first name as the reader's language sorts them, then by id so equal names keep one order. */
    public static Comparator<Student> byName(Locale locale) {
        Collator collator = withKazakhLetters(locale);
        return Comparator.comparing((Student s) -> s.surname() + " " + s.firstName(), collator)
                .thenComparingLong(Student::userId);
    }

    /**
     * The stream page's roster order, which Previous/Next on an exam page walk: the slots in their
     * order ({@code slotIds}), each slot's students by name. Students without a slot come last.
     */
    public static Comparator<Student> seated(List<Long> slotIds, Map<Long, Long> slotOf, Locale locale) {
        Map<Long, Integer> position = new HashMap<>();
        for (int i = 0; i < slotIds.size(); i++) {
            position.put(slotIds.get(i), i);
        }
        return Comparator.comparingInt((Student s) -> position.getOrDefault(slotOf.get(s.userId()), Integer.MAX_VALUE))
                .thenComparing(byName(locale));
    }

    static Collator withKazakhLetters(Locale locale) {
        Collator own = Collator.getInstance(locale);
        if (!(own instanceof RuleBasedCollator rules)) {
            return own;
        }
        try {
            return new RuleBasedCollator(rules.getRules() + KAZAKH_LETTERS);
        } catch (ParseException e) {
            throw new IllegalStateException("The Kazakh letters' rules are fixed and valid", e);
        }
    }

    private RosterOrder() {
    }
}
