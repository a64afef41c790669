package kz.sabaq.api.journal;

/**
 * A stream's journal settings as core keeps them.
 *
 * @param finalForm          the final attestation form: the id of a {@link kz.sabaq.api.grading.GradingScale};
 *                           null while not chosen
 * @param finalGradeToBeSet  true when the journal's final control grade is "to be set"
 */
public record JournalSettings(long streamId, String finalForm, boolean finalGradeToBeSet) {
}
