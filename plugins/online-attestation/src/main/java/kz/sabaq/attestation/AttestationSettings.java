package kz.sabaq.attestation;

import java.util.List;
import kz.sabaq.api.form.FormField;
import kz.sabaq.api.setting.ModuleSettings;

/**
 * The institution's rules for online attestation (spec §3 and the answer limits). Kept as module
 * settings, so a regulation profile sets them in config and the settings page edits them.
 */
public final class AttestationSettings {
    public static final String WHOLE_STREAM = "wholeStream";
    /** Id of the chosen TicketDistributionStrategy; checked against the installed ones. */
    public static final String DISTRIBUTION = "distribution";
    /** Study term codes allowed online, comma-separated; {@code all} for every term. */
    public static final String STUDY_TERMS = "studyTerms";
    public static final String FILE_MAX_MB = "fileMaxMb";
    public static final String ANSWER_MAX_MB = "answerMaxMb";
    public static final String MIN_ANSWER_CHARS = "minAnswerChars";
    public static final String DRAFT_SECONDS = "draftSeconds";
    /** Without the attendance plugin: the journal's admission rating must reach this (points). */
    public static final String MIN_ADMISSION_RATING = "minAdmissionRating";
    /** "I" (incomplete): the deadline the grading form offers, in days from today. */
    public static final String INCOMPLETE_DAYS = "incompleteDays";
    /** Whether an "I" still in the journal at its deadline becomes "F" (seed 002). */
    public static final String INCOMPLETE_BECOMES_F = "incompleteBecomesF";

    private final ModuleSettings values;

    public AttestationSettings(ModuleSettings values) {
        this.values = values;
    }

    public static List<FormField> definitions() {
        return List.of(
                FormField.bool(WHOLE_STREAM, true),
                FormField.text(DISTRIBUTION, "random"),
                FormField.text(STUDY_TERMS, ""),
                FormField.integer(FILE_MAX_MB, 20, 1, 1024),
                FormField.integer(ANSWER_MAX_MB, 100, 1, 4096),
                FormField.integer(MIN_ANSWER_CHARS, 10, 1, 10_000),
                FormField.integer(DRAFT_SECONDS, 5, 1, 60),
                FormField.integer(MIN_ADMISSION_RATING, 50, 0, 100),
                FormField.integer(INCOMPLETE_DAYS, 14, 1, 365),
                FormField.bool(INCOMPLETE_BECOMES_F, true));
    }

    public boolean wholeStream() {
        return values.bool(WHOLE_STREAM);
    }

    public String distribution() {
        return values.text(DISTRIBUTION).trim();
    }

    /** Allowed study term codes; {@code ["all"]} allows every term, empty allows none. */
    public List<String> studyTerms() {
        return values.choices(STUDY_TERMS);
    }

    public boolean allowsStudyTerm(String code) {
        List<String> terms = studyTerms();
        return terms.contains("all") || (code != null && terms.contains(code));
    }

    public long fileMaxBytes() {
        return values.integer(FILE_MAX_MB) * 1024 * 1024;
    }

    public long answerMaxBytes() {
        return values.integer(ANSWER_MAX_MB) * 1024 * 1024;
    }

    public int minAnswerChars() {
        return (int) values.integer(MIN_ANSWER_CHARS);
    }

    public int draftSeconds() {
        return (int) values.integer(DRAFT_SECONDS);
    }

    public long minAdmissionRating() {
        return values.integer(MIN_ADMISSION_RATING);
    }

    public long incompleteDays() {
        return values.integer(INCOMPLETE_DAYS);
    }

    public boolean incompleteBecomesF() {
        return values.bool(INCOMPLETE_BECOMES_F);
    }

    public ModuleSettings values() {
        return values;
    }
}
