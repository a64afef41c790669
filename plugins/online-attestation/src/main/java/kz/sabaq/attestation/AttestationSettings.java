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
    /** Codes of the disciplines that are the final (state) attestation, comma-separated (institution data). */
    public static final String STATE_ATTESTATION = "stateAttestationDisciplines";
    /** Whether those may be held online; false where the regulation says face to face only (seed 003). */
    public static final String STATE_ATTESTATION_ONLINE = "stateAttestationOnline";
    /** The oral exam's preparation time in minutes (seed 002: up to 20); zero shows no oral timers. */
    public static final String ORAL_PREPARATION = "oralPreparationMinutes";
    /** The oral exam's answer time in minutes (seed 002: 10-15). */
    public static final String ORAL_ANSWER = "oralAnswerMinutes";

    /** How many times a student graded FX may sit the final control again (seed 003 §5.3.18: once). */
    public static final String FX_RETAKES = "fxRetakes";

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
                FormField.bool(INCOMPLETE_BECOMES_F, true),
                FormField.text(STATE_ATTESTATION, ""),
                FormField.bool(STATE_ATTESTATION_ONLINE, true),
                FormField.integer(ORAL_PREPARATION, 0, 0, 120),
                FormField.integer(ORAL_ANSWER, 15, 1, 120),
                FormField.integer(FX_RETAKES, 1, 0, 5));
    }

    public long fxRetakes() {
        return values.integer(FX_RETAKES);
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

    /** Whether a discipline's final control is the final state attestation and must be held face to face. */
    public boolean faceToFaceOnly(String disciplineCode) {
        return !values.bool(STATE_ATTESTATION_ONLINE) && disciplineCode != null
                && values.choices(STATE_ATTESTATION).contains(disciplineCode);
    }

    public java.time.Duration oralPreparation() {
        return java.time.Duration.ofMinutes(values.integer(ORAL_PREPARATION));
    }

    public java.time.Duration oralAnswer() {
        return java.time.Duration.ofMinutes(values.integer(ORAL_ANSWER));
    }

    public ModuleSettings values() {
        return values;
    }
}
