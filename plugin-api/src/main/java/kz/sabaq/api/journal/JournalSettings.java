package kz.sabaq.api.journal;

/**
 * A stream's journal settings as core keeps them.
 *
 * @param finalForm          the final attestation form; null while not chosen
 * @param finalGradeToBeSet  true when the journal's final control grade is "to be set"
 */
public record JournalSettings(long streamId, FinalForm finalForm, boolean finalGradeToBeSet) {
}
