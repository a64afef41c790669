package kz.sabaq.attestation.retake;

import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Collectors;
import kz.sabaq.api.grading.Grade;
import kz.sabaq.api.grading.GradingScale;
import kz.sabaq.api.grading.GradingScales;
import kz.sabaq.api.journal.JournalSettings;
import kz.sabaq.api.journal.Journals;
import kz.sabaq.api.web.UserError;
import kz.sabaq.attestation.Attestation;
import kz.sabaq.attestation.Sitting;

/**
 * FX and F (seed 003 §5.3.18–5.3.19): a student whose final control ended with FX may sit it once
 * more without repeating the course, as many times as the setting {@code fxRetakes} allows (1 by
 * default); F, or FX with no retake left, means re-enrolling in the discipline, and no further
 * sitting. The grade is the journal's final control cell read on the journal's scale. When the
 * retake is distributed, the earlier sitting is kept as it was (answer, files, the grade) and the
 * journal's final control cells are emptied until the retake is graded; both steps are audited.
 */
public final class Retakes {
    /** The grade codes of the letter scale (MES order No. 152) that the regulation's rules name. */
    public static final String FX = "FX";
    public static final String F = "F";
    /** The journal audit's source when a retake empties the final control cells. */
    public static final String RETAKE_SOURCE = "online-attestation.retake";

    /** What the student's final control grade leaves them. */
    public enum Standing {
        /** Nothing to decide: not graded yet, or passed, or a grade the rules do not name. */
        NONE,
        /** FX with a retake left: the student may be distributed to a slot again. */
        RETAKE,
        /** F, or FX with every retake used: re-enrolment in the discipline, no further sitting. */
        REENROL
    }

    private final Attestation common;
    private final RetakeMapper store;
    private final GradingScales scales;

    public Retakes(Attestation common, RetakeMapper store, GradingScales scales) {
        this.common = common;
        this.store = store;
        this.scales = scales;
    }

    /** The standing of every student of the stream with a sitting, by user id. */
    public Map<Long, Standing> standings(long streamId) {
        Map<Long, String> finals = common.journals().column(streamId, Journals.FINAL);
        Optional<GradingScale> scale = scale(streamId);
        return store.attemptsOfStream(streamId).stream().collect(Collectors.toMap(RetakeMapper.Current::studentId,
                c -> standing(scale, finals.get(c.studentId()), c.attempt())));
    }

    /** One student's standing: their own final cell and attempt, not the whole stream's. */
    public Standing standing(Sitting sitting) {
        String finalCell = common.journals().grades(sitting.streamId(), sitting.studentId()).get(Journals.FINAL);
        return standing(scale(sitting.streamId()), finalCell, sitting.attempt());
    }

    /** The current sitting's attempt of every student with a sitting (1 for the first). */
    public Map<Long, Integer> attempts(long streamId) {
        return store.attemptsOfStream(streamId).stream()
                .collect(Collectors.toMap(RetakeMapper.Current::studentId, RetakeMapper.Current::attempt));
    }

    /** The student's earlier sittings, first first; empty without a retake. */
    public List<RetakeMapper.Past> past(long streamId, long studentId) {
        return store.past(streamId, studentId);
    }

    public List<RetakeMapper.PastFile> pastFiles(long streamId, long studentId) {
        return store.pastFiles(streamId, studentId);
    }

    /**
     * Inside the distribution's transaction, before the student's new sitting is inserted: nothing
     * for a student without a sitting; for FX with a retake left, keeps the sitting as it was and
     * frees the student; otherwise refuses (F or FX used up: re-enrolment; any other grade or none
     * yet: the student already has a slot).
     */
    public void beginRetake(long streamId, long studentId, String studentName, long by) {
        Integer attempt = store.lockAttempt(streamId, studentId);
        if (attempt == null) {
            return;
        }
        String finalCell = common.journals().grades(streamId, studentId).get(Journals.FINAL);
        switch (standing(scale(streamId), finalCell, attempt)) {
            case REENROL -> throw UserError.conflict("online-attestation.retake.error.reenrol", studentName)
                    .on("student");
            case NONE -> throw UserError.conflict("online-attestation.staff.error.alreadyAssigned", studentName)
                    .on("student");
            case RETAKE -> {
                store.keep(streamId, studentId, finalCell, common.clock().instant(), by);
                store.keepFiles(streamId, studentId);
                store.release(streamId, studentId);
                // The journal waits for the retake's grade: FX stays in the kept sitting and in the
                // journal's audit (before and after), and the current sitting is not judged by it.
                for (String cell : List.of(Journals.FINAL, Journals.FINAL_WRITTEN, Journals.FINAL_ORAL)) {
                    common.journals().clearGrade(streamId, studentId, cell, RETAKE_SOURCE, by);
                }
                common.audit().record(by, "online-attestation.retake", "oa-sitting:" + streamId + ":" + studentId,
                        Map.of("attemptKept", attempt, "grade", finalCell, "nextAttempt", attempt + 1,
                                "retakesAllowed", common.settings().fxRetakes()));
            }
        }
    }

    /** The grade code a final control cell holds on the stream's scale (points 40 → FX); empty when none. */
    public Optional<String> code(long streamId, String finalCell) {
        return code(scale(streamId), finalCell);
    }

    /** {@link #code(long, String)} on a scale already read. */
    public static Optional<String> code(Optional<GradingScale> scale, String finalCell) {
        return scale.isEmpty() || finalCell == null ? Optional.empty()
                : Optional.ofNullable(scale.get().read(finalCell).grade()).map(Grade::code);
    }

    /** The standing a final cell on {@code scale} leaves at this attempt (1 for the first sitting). */
    public Standing standing(Optional<GradingScale> scale, String finalCell, int attempt) {
        String code = code(scale, finalCell).orElse(null);
        if (F.equals(code)) {
            return Standing.REENROL;
        }
        if (FX.equals(code)) {
            return attempt <= common.settings().fxRetakes() ? Standing.RETAKE : Standing.REENROL;
        }
        return Standing.NONE;
    }

    /** The journal's scale for the final control; empty while none is set or its plugin is not started. */
    public Optional<GradingScale> scale(long streamId) {
        return scales.find(common.journals().settings(streamId).map(JournalSettings::finalForm).orElse(null));
    }
}
