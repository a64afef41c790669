package kz.sabaq.attestation.exam;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import kz.sabaq.api.academic.Stream;
import kz.sabaq.api.cabinet.TodayItem;
import kz.sabaq.api.cabinet.TodayItems;
import kz.sabaq.api.journal.Journals;
import kz.sabaq.api.web.Viewer;
import kz.sabaq.attestation.Admissions;
import kz.sabaq.attestation.Attestation;
import kz.sabaq.attestation.ExamSlot;
import kz.sabaq.attestation.OnlineAttestationModule;
import kz.sabaq.attestation.Opening;
import kz.sabaq.attestation.Sitting;

/**
 * A student's final controls on the cabinet, from a month ahead until the day after: when, and where
 * each stands (scheduled, open now, answer sent, graded), with a warning while the admission rules
 * do not admit the student.
 */
public final class ExamsOnCabinet implements TodayItems {
    private static final Duration AHEAD = Duration.ofDays(30);
    /** An ended control stays a day, so its "answer sent" or grade is seen. */
    private static final Duration AFTER = Duration.ofDays(1);
    private static final String KEY = Answers.PREFIX + "today.";

    private final Attestation common;
    private final Admissions admissions;

    public ExamsOnCabinet(Attestation common) {
        this.common = common;
        this.admissions = new Admissions(common);
    }

    @Override
    public List<TodayItem> of(Viewer viewer, Instant now) {
        if (!viewer.can(OnlineAttestationModule.SIT)) {
            return List.of();
        }
        List<TodayItem> items = new ArrayList<>();
        for (Opening o : common.store().openings(viewer.userId())) {
            ExamSlot slot = o.slot();
            if (slot.startsAt().isAfter(now.plus(AHEAD)) || slot.endsAt().plus(AFTER).isBefore(now)) {
                continue;
            }
            Optional<Stream> stream = common.academic().stream(slot.streamId());
            if (stream.isPresent()) {
                items.add(item(o.sitting(), slot, stream.get(), now, viewer.locale()));
            }
        }
        return items;
    }

    private TodayItem item(Sitting s, ExamSlot slot, Stream stream, Instant now, Locale locale) {
        String state = state(s, slot, now);
        boolean open = slot.started(now) && !slot.ended(now) && s.answerSentAt() == null;
        String warning = admissions.admitted(s.streamId(), s.studentId()) ? null
                : common.texts().get(locale, "online-attestation.staff.notAdmitted");
        // a recorded absence says which one, as the exam page does, not "graded"
        String line = s.absence() != null ? common.texts().get(locale, Answers.PREFIX + "absence." + s.absence())
                : common.texts().get(locale, KEY + state);
        return new TodayItem(TodayItem.Kind.EXAM, slot.startsAt(), slot.endsAt(), stream.discipline().in(locale), line,
                "/online-attestation/streams/" + s.streamId() + "/students/" + s.studentId(),
                open ? common.texts().get(locale, KEY + "go") : null, warning);
    }

    private String state(Sitting s, ExamSlot slot, Instant now) {
        String grade = common.journals().grades(s.streamId(), s.studentId()).get(Journals.FINAL);
        if ((grade != null && !grade.isBlank()) || s.absence() != null) {
            return "graded";
        }
        if (s.answerSentAt() != null) {
            return "answered";
        }
        if (!slot.started(now)) {
            return "scheduled";
        }
        return slot.ended(now) ? "ended" : "open";
    }
}
