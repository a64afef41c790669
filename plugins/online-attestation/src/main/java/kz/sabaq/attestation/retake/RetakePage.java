package kz.sabaq.attestation.retake;

import java.time.Instant;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
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

    public Map<String, Object> model(long streamId, long studentId, Locale locale) {
        Map<String, Object> m = new HashMap<>();
        Retakes.Standing standing = retakes.standing(streamId, studentId);
        m.put("retakeAllowed", standing == Retakes.Standing.RETAKE);
        m.put("reenrol", standing == Retakes.Standing.REENROL);
        int attempt = retakes.attempts(streamId).getOrDefault(studentId, 1);
        if (attempt > 1) {
            m.put("retakeAttempt", attempt);
        }
        ZoneId zone = common.academic().timeZone();
        List<RetakeMapper.PastFile> files = retakes.pastFiles(streamId, studentId);
        List<Map<String, Object>> past = new ArrayList<>();
        for (RetakeMapper.Past p : retakes.past(streamId, studentId)) {
            Map<String, Object> row = new HashMap<>();
            row.put("attempt", p.attempt());
            ExamSlot slot = common.store().slot(p.slotId());
            row.put("date", slot == null ? "" : when(slot.startsAt(), zone));
            row.put("ticket", p.ticketNumber() == null ? "" : p.ticketNumber().toString());
            row.put("sentAt", when(p.answerSentAt(), zone));
            String grade = Grading.cellText(common, locale, p.grade(), p.absence());
            String code = retakes.code(streamId, p.grade()).orElse(grade);
            row.put("grade", code.equals(grade) ? grade : grade + " (" + code + ")");
            row.put("answer", p.answerSentAt() != null && RichText.hasText(p.answer()) ? RichText.clean(p.answer()) : "");
            row.put("files", files.stream().filter(f -> f.attempt() == p.attempt()).map(RetakeMapper.PastFile::fileName)
                    .toList());
            past.add(row);
        }
        m.put("past", past);
        m.put("hasPast", !past.isEmpty());
        return m;
    }

    private static String when(Instant at, ZoneId zone) {
        return at == null ? "" : WHEN.format(at.atZone(zone));
    }
}
