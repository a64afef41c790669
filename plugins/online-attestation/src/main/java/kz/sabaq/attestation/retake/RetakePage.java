package kz.sabaq.attestation.retake;

import java.time.Instant;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import kz.sabaq.api.grading.GradingScale;
import kz.sabaq.attestation.Attestation;
import kz.sabaq.attestation.ExamSlot;
import kz.sabaq.attestation.RichText;
import kz.sabaq.attestation.Sitting;
import kz.sabaq.attestation.exam.Grading;

/**
 * What the final control page says about retakes, to the student and to staff alike: "FX, you may
 * sit again", "re-enrolment, no further sitting", which attempt this is, and the earlier sittings
 * as they were kept (date, ticket, answer, files, the grade they ended with).
 */
public final class RetakePage {
    private static final DateTimeFormatter WHEN = DateTimeFormatter.ofPattern("dd.MM.yyyy HH:mm");

    private final Attestation common;
    private final Retakes retakes;

    public RetakePage(Attestation common, Retakes retakes) {
        this.common = common;
        this.retakes = retakes;
    }

    /**
     * What the page says about retakes: the student's standing, which attempt this is ({@code null} on
     * the first) and the earlier attempts.
     */
    public record Model(boolean retakeAllowed, boolean reenrol, Integer retakeAttempt, List<Past> past,
                        boolean hasPast) {
    }

    /** An earlier attempt as it was kept; empty texts where it had no ticket, answer or sending time. */
    public record Past(int attempt, String date, String ticket, String sentAt, String grade, String answer,
                       List<String> files) {
    }

    /**
     * @param finalCell the student's final control cell in the journal, null while not graded
     * @param scale     the journal's scale, as the page already read it
     */
    public Model model(Sitting sitting, String finalCell, Optional<GradingScale> scale, Locale locale) {
        long streamId = sitting.streamId();
        long studentId = sitting.studentId();
        int attempt = sitting.attempt();
        Retakes.Standing standing = retakes.standing(scale, finalCell, attempt);
        ZoneId zone = common.academic().timeZone();
        // Earlier sittings are kept only when a retake began, so a first sitting (every one of an
        // exam start) asks for none.
        List<RetakeMapper.PastFile> files = attempt > 1 ? retakes.pastFiles(streamId, studentId) : List.of();
        List<Past> past = new ArrayList<>();
        for (RetakeMapper.Past p : attempt > 1 ? retakes.past(streamId, studentId) : List.<RetakeMapper.Past>of()) {
            ExamSlot slot = common.store().slot(p.slotId());
            String grade = Grading.cellText(common, locale, p.grade(), p.absence());
            String code = Retakes.code(scale, p.grade()).orElse(grade);
            past.add(new Past(p.attempt(), slot == null ? "" : when(slot.startsAt(), zone),
                    p.ticketNumber() == null ? "" : p.ticketNumber().toString(), when(p.answerSentAt(), zone),
                    code.equals(grade) ? grade : grade + " (" + code + ")",
                    p.answerSentAt() != null && RichText.hasText(p.answer()) ? RichText.clean(p.answer()) : "",
                    files.stream().filter(f -> f.attempt() == p.attempt()).map(RetakeMapper.PastFile::fileName).toList()));
        }
        return new Model(standing == Retakes.Standing.RETAKE, standing == Retakes.Standing.REENROL,
                attempt > 1 ? attempt : null, past, !past.isEmpty());
    }

    private static String when(Instant at, ZoneId zone) {
        return at == null ? "" : WHEN.format(at.atZone(zone));
    }
}
