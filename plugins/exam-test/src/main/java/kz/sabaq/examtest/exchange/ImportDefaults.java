package kz.sabaq.examtest.exchange;

import kz.sabaq.examtest.bank.Difficulty;

/**
 * What an import file may not say: Moodle XML and GIFT know no difficulty (a Moodle tag
 * {@code easy}/{@code medium}/{@code hard} or {@code difficulty:…} overrides it), a file may have no
 * category, and true/false items need the words of their two options in the importer's language.
 */
public record ImportDefaults(Difficulty difficulty, String topic, String trueText, String falseText) {
}
