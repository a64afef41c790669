package kz.sabaq.examtest.exchange;

import java.util.List;

/**
 * A question of the file that is not imported, or imported with a loss, and why.
 *
 * @param number   its place among the file's questions, from 1 (0: the file as a whole)
 * @param name     its name or the start of its text, as the teacher knows it
 * @param type     the source's question type (Moodle's {@code shortanswer}, GIFT's "numerical"…)
 * @param key      the i18n key of the reason; {@code args} fill it
 * @param imported true when the item is imported all the same (a warning)
 */
public record Problem(int number, String name, String type, String key, List<Object> args, boolean imported) {

    public static Problem refused(int number, String name, String type, String key, Object... args) {
        return new Problem(number, name, type, key, List.of(args), false);
    }

    public static Problem warning(int number, String name, String type, String key, Object... args) {
        return new Problem(number, name, type, key, List.of(args), true);
    }
}
