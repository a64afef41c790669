package kz.sabaq.attestation.exam;

import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import kz.sabaq.api.grading.GradingScale;
import kz.sabaq.api.journal.Journals;

/**
 * The grading block of the final control page, for staff while the sitting may be graded: the form the
 * journal's final grading scale asks for, or why there is none. Exactly one of {@code noForm},
 * {@code scaleMissing}, {@code single}, {@code composite} and {@code choice} is set.
 *
 * @param incompleteDeadline the date the "incomplete" form offers
 */
public record GradingForm(NoForm noForm, ScaleMissing scaleMissing, Single single, Composite composite, Choice choice,
                          String incompleteDeadline) {

    /** The journal has no final grading form yet: a link to its settings. */
    public record NoForm(long journal) {
    }

    /** The journal's form names a scale no installed plugin provides. */
    public record ScaleMissing(String form, long journal) {
    }

    /** A scale of points: one number. */
    public record Single(String points, String label) {
    }

    /** A scale of parts (written, oral): a number per part and the total. */
    public record Composite(List<Part> parts, String total) {
    }

    /** One part of a {@link Composite} grade: its form field and the value saved. */
    public record Part(String field, String labelKey, String value) {
    }

    /** A scale of named grades: one to pick. */
    public record Choice(String label, List<Option> choices) {
    }

    /** A grade a {@link Choice} offers. */
    public record Option(String code, String name, boolean checked) {
    }

    /**
     * The block for a journal whose final form is {@code form} (null while none) on {@code scale}, with
     * the grade's journal {@code cells} as saved.
     */
    static GradingForm of(long journal, String form, Optional<GradingScale> scale, Map<String, String> cells,
                          String incompleteDeadline, Locale locale) {
        String total = cells.get(Journals.FINAL);
        String shown = total == null ? "" : total;
        if (form == null) {
            return new GradingForm(new NoForm(journal), null, null, null, null, incompleteDeadline);
        }
        if (scale.isEmpty()) {
            return new GradingForm(null, new ScaleMissing(form, journal), null, null, null, incompleteDeadline);
        }
        GradingScale s = scale.get();
        if (!s.parts().isEmpty()) {
            List<Part> parts = s.parts().stream().map(part -> new Part(part, Answers.PREFIX + "grade." + part,
                    cells.getOrDefault(Journals.FINAL + "." + part, ""))).toList();
            return new GradingForm(null, null, null, new Composite(parts, shown), null, incompleteDeadline);
        }
        if (s.takesPoints()) {
            return new GradingForm(null, null, new Single(shown, s.name().in(locale)), null, null, incompleteDeadline);
        }
        List<Option> choices = s.grades().stream()
                .map(g -> new Option(g.code(), g.name().in(locale), g.code().equals(total))).toList();
        return new GradingForm(null, null, null, null, new Choice(s.name().in(locale), choices), incompleteDeadline);
    }
}
