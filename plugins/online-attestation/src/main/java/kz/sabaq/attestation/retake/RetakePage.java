package kz.sabaq.attestation.retake;

import java.time.Instant;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import kz.sabaq.attestation.Attestation;
import kz.sabaq.attestation.ExamSlot;
import kz.sabaq.attestation.RichText;
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

    public Model model(long streamId, long studentId, Locale locale) {
        Retakes.Standing standing = retakes.standing(streamId, studentId);
        int attempt = retakes.attempts(streamId).getOrDefault(studentId, 1);
        ZoneId zone = common.academic().timeZone();
        List<RetakeMapper.PastFile> files = retakes.pastFiles(streamId, studentId);
        List<Past> past = new ArrayList<>();
        for (RetakeMapper.Past p : retakes.past(streamId, studentId)) {
            ExamSlot slot = common.store().slot(p.slotId());
            String grade = Grading.cellText(common, locale, p.grade(), p.absence());
            String code = retakes.code(streamId, p.grade()).orElse(grade);
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
