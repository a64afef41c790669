package kz.sabaq.attestation.exam;

import java.time.Instant;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import kz.sabaq.api.academic.Stream;
import kz.sabaq.api.conference.ConferenceForm;
import kz.sabaq.api.conference.ConferencePlatform;
import kz.sabaq.api.conference.Conferences;
import kz.sabaq.api.form.FieldType;
import kz.sabaq.api.form.FormField;
import kz.sabaq.api.grading.Grade;
import kz.sabaq.api.grading.GradingScale;
import kz.sabaq.api.grading.Reading;
import kz.sabaq.api.journal.Journals;
import kz.sabaq.api.web.UserError;
import kz.sabaq.api.web.View;
import kz.sabaq.attestation.Attestation;
import kz.sabaq.attestation.ExamSlot;
import kz.sabaq.attestation.OnlineAttestationModule;
import kz.sabaq.attestation.RichText;
import kz.sabaq.attestation.Sitting;
import kz.sabaq.attestation.distribution.TicketDistribution;
import kz.sabaq.attestation.exam.ExamAccess.Opened;
import kz.sabaq.attestation.retake.RetakePage;
import kz.sabaq.attestation.retake.Retakes;
import kz.sabaq.attestation.tickets.TicketBank;

/** The student's final control page (spec §9, §10) and the list of one's own final controls. */
public final class ExamPage {
    private static final DateTimeFormatter DATE = DateTimeFormatter.ofPattern("dd.MM.yyyy");
    private static final DateTimeFormatter TIME = DateTimeFormatter.ofPattern("HH:mm");
    private static final DateTimeFormatter WHEN = DateTimeFormatter.ofPattern("dd.MM.yyyy HH:mm");

    private final Attestation common;
    private final ExamMapper store;
    private final Answers answers;
    private final Grading grading;
    private final Incompletes incompletes;
    private final ConferenceForm form;
    private final Conferences conferences;
    private final TicketDistribution tickets;
    private final Retakes retakes;

    public ExamPage(Attestation common, ExamMapper store, Answers answers, Grading grading, Incompletes incompletes,
                    ConferenceForm form, Conferences conferences, TicketDistribution tickets, Retakes retakes) {
        this.retakes = retakes;
        this.common = common;
        this.store = store;
        this.answers = answers;
        this.grading = grading;
        this.incompletes = incompletes;
        this.form = form;
        this.conferences = conferences;
        this.tickets = tickets;
    }

    public record Line(String discipline, String date, String start, String end, String href, String ticket,
                       boolean sent, Instant startsAt, boolean retakeAllowed, boolean reenrol) {
    }

    public View mine(long studentId, Locale locale) {
        ZoneId zone = common.academic().timeZone();
        List<Line> lines = new ArrayList<>();
        for (Sitting s : common.store().sittingsOfStudent(studentId)) {
            Optional<Stream> stream = common.academic().stream(s.streamId());
            ExamSlot slot = common.store().slot(s.slotId());
            if (stream.isEmpty() || slot == null) {
                continue;
            }
            Retakes.Standing standing = retakes.standing(s.streamId(), studentId);
            lines.add(new Line(stream.get().discipline().in(locale), DATE.format(slot.startsAt().atZone(zone)),
                    TIME.format(slot.startsAt().atZone(zone)), TIME.format(slot.endsAt().atZone(zone)),
                    "/online-attestation/streams/" + s.streamId() + "/students/" + studentId,
                    s.hasTicket() && slot.started(common.clock().instant()) ? String.valueOf(s.ticketNumber()) : null,
                    s.answerSentAt() != null, slot.startsAt(), standing == Retakes.Standing.RETAKE,
                    standing == Retakes.Standing.REENROL));
        }
        lines.sort((a, b) -> b.startsAt().compareTo(a.startsAt()));
        return View.of("online-attestation/exam-mine", Answers.PREFIX + "mine.title", Map.of("exams", lines, "any", !lines.isEmpty()));
    }

    public View page(Opened exam, Locale locale, boolean waitShown) {
        return page(exam, locale, waitShown, null);
    }

    /**
     * @param saved what staff have just saved on the page ({@code grade} or {@code absence}), confirmed
     *              above the grading form; null for nothing
     */
    public View page(Opened exam, Locale locale, boolean waitShown, String saved) {
        Instant now = common.clock().instant();
        ZoneId zone = common.academic().timeZone();
        Sitting s = exam.sitting();
        ExamSlot slot = exam.slot();
        Map<String, Object> m = new HashMap<>();
        String base = "/online-attestation/streams/" + exam.streamId() + "/students/" + exam.studentId();
        m.put("base", base);
        m.put("streamId", exam.streamId());
        m.put("studentId", exam.studentId());
        m.put("slotId", slot.id());
        m.put("student", exam.student());
        m.put("staff", !exam.student());
        if (!exam.student()) {
            m.put("roster", new Neighbours(common).of(exam.streamId(), exam.studentId(), locale));
            if ("grade".equals(saved) || "absence".equals(saved)) {
                m.put("savedKey", Answers.PREFIX + "saved." + saved);
            }
        }
        m.put("discipline", exam.stream().discipline().in(locale));
        m.put("studentName", common.academic().fullName(exam.studentId()).orElse(""));
        common.academic().periodOfStream(exam.streamId()).ifPresent(p -> {
            m.put("year", p.yearCode());
            m.put("period", p.name().in(locale));
        });
        common.academic().fullName(exam.stream().teacherId()).ifPresent(name -> m.put("teacher", name));
        m.put("date", DATE.format(slot.startsAt().atZone(zone)));
        m.put("start", TIME.format(slot.startsAt().atZone(zone)));
        m.put("end", TIME.format(slot.endsAt().atZone(zone)));
        boolean started = slot.started(now);
        boolean ended = slot.ended(now);
        m.put("ended", ended);
        boolean byTicket = exam.byTicket();
        m.put("byTicket", byTicket);
        if (byTicket && s.hasTicket() && (started || !exam.student())) {
            m.put("ticket", s.ticketNumber());
        }
        boolean taskShown = !byTicket && RichText.hasText(s.task())
                && (started || !exam.student());
        if (taskShown) {
            m.put("task", RichText.clean(s.task()));
        }
        if (Tasks.editable(exam)) {
            m.put("taskEdit", Map.of("html", s.task() == null ? "" : RichText.clean(s.task())));
        }
        grade(exam, locale, m, now);
        m.putAll(new RetakePage(common, retakes).model(exam.streamId(), exam.studentId(), locale));
        platform(exam, locale, m);
        if (exam.byTest() && exam.student()) {
            m.put("test", TestEntry.of(common, exam, now));
        }
        // "Choose a ticket": by ticket, students choose, placed, no ticket yet.
        boolean choose = exam.student() && byTicket && s.placedAt() != null && !s.hasTicket() && studentsChoose();
        m.put("chooseTicket", choose);
        // "Show ticket questions" until they are shown; the ticket's questions once readable.
        boolean readable = Questions.readable(exam);
        m.put("showQuestions", exam.student() && byTicket && s.hasTicket() && !readable);
        m.put("wait", waitShown && exam.student() && s.hasTicket() && s.questionsSentAt() == null);
        if (readable) {
            ExamMapper.TicketContent ticket = store.ticket(exam.streamId(), s.ticketNumber());
            if (ticket != null) {
                m.put("questions", Map.of("html", RichText.clean(ticket.body()),
                        "file", ticket.fileKey() == null ? "" : ticket.fileName(),
                        "fileHref", TicketBank.fileHref(exam.streamId(), s.ticketNumber())));
            }
        }
        m.put("viewedAt", when(s.questionsViewedAt(), zone));
        if (readable && byTicket) {
            OralTimers.of(s, common.settings(), now, zone, common.texts(), locale).ifPresent(t -> m.put("oral", t));
        }
        m.put("sentAt", when(s.answerSentAt(), zone));
        answerBlock(exam, m, now);
        return View.of("online-attestation/exam-page", Answers.PREFIX + "page.title", m);
    }

    private void answerBlock(Opened exam, Map<String, Object> m, Instant now) {
        Sitting s = exam.sitting();
        boolean open = Answers.open(exam, s, now);
        boolean sent = s.answerSentAt() != null;
        if (!sent && !(exam.student() && open)) {
            return;
        }
        Map<String, Object> a = new HashMap<>();
        String body = store.answer(exam.streamId(), exam.studentId());
        a.put("html", body == null ? "" : RichText.clean(body));
        List<Map<String, Object>> files = new ArrayList<>();
        for (ExamMapper.AnswerFile f : answers.files(exam)) {
            files.add(Map.of("id", f.id(), "name", f.fileName(), "href",
                    "/online-attestation/streams/" + exam.streamId() + "/students/" + exam.studentId() + "/files/" + f.id()));
        }
        a.put("files", files);
        boolean editable = exam.student() && !sent && !exam.slot().ended(now);
        a.put("editable", editable);
        a.put("locked", !editable);
        a.put("minChars", common.settings().minAnswerChars());
        a.put("draftSeconds", common.settings().draftSeconds());
        a.put("maxMb", common.settings().answerMaxBytes() / (1024 * 1024));
        a.put("canSend", editable && RichText.textLength(body) >= common.settings().minAnswerChars());
        m.put("answer", a);
    }

    private void grade(Opened exam, Locale locale, Map<String, Object> m, Instant now) {
        Map<String, String> cells = grading.grades(exam);
        String total = cells.get(Journals.FINAL);
        Optional<GradingScale> scale = grading.scale(exam.streamId());
        // an absence is its own line below, though the journal's cell holds it in the grade's place
        if (total != null && exam.sitting().absence() == null) {
            Grade named = scale.map(s -> s.read(total)).filter(r -> r.points() == null).map(Reading::grade).orElse(null);
            String key = Grading.labelKey(total);
            m.put("grade", named != null ? named.name().in(locale) : key == null ? total : common.texts().get(locale, key));
            if (cells.containsKey(Journals.FINAL_WRITTEN) || cells.containsKey(Journals.FINAL_ORAL)) {
                m.put("gradeParts", common.texts().get(locale, Answers.PREFIX + "grade.parts",
                        cells.getOrDefault(Journals.FINAL_WRITTEN, "—"), cells.getOrDefault(Journals.FINAL_ORAL, "—")));
            }
        }
        if (exam.sitting().absence() != null) {
            m.put("absence", common.texts().get(locale, Answers.PREFIX + "absence." + exam.sitting().absence()));
        }
        if (!Grading.gradable(exam, now)) {
            return;
        }
        Map<String, Object> g = new HashMap<>();
        String form = grading.form(exam.streamId());
        if (form == null) {
            g.put("noForm", Map.of("journal", exam.streamId()));
        } else if (scale.isEmpty()) {
            g.put("scaleMissing", Map.of("form", form, "journal", exam.streamId()));
        } else if (!scale.get().parts().isEmpty()) {
            List<Map<String, Object>> parts = new ArrayList<>();
            for (String part : scale.get().parts()) {
                parts.add(Map.of("field", part, "labelKey", Answers.PREFIX + "grade." + part,
                        "value", cells.getOrDefault(Journals.FINAL + "." + part, "")));
            }
            g.put("composite", Map.of("parts", parts, "total", total == null ? "" : total));
        } else if (scale.get().takesPoints()) {
            g.put("single", Map.of("points", total == null ? "" : total, "label", scale.get().name().in(locale)));
        } else {
            List<Map<String, Object>> choices = new ArrayList<>();
            for (Grade grade : scale.get().grades()) {
                choices.add(Map.of("code", grade.code(), "name", grade.name().in(locale),
                        "checked", grade.code().equals(total)));
            }
            g.put("choice", Map.of("label", scale.get().name().in(locale), "choices", choices));
        }
        g.put("incompleteDeadline", incompletes.defaultDeadline().toString());
        m.put("grading", g);
    }

    private void platform(Opened exam, Locale locale, Map<String, Object> m) {
        ExamSlot slot = exam.slot();
        if (slot.platform() == null || slot.platform().isBlank()) {
            return;
        }
        Map<String, String> values = form.parse(slot.platformValues());
        Map<String, Object> p = new LinkedHashMap<>();
        p.put("id", slot.platform());
        p.put("name", slot.platform());
        List<Map<String, String>> fields = new ArrayList<>();
        List<String> kept = new ArrayList<>();
        for (ConferencePlatform platform : form.installed()) {
            if (!platform.id().equals(slot.platform())) {
                continue;
            }
            p.put("name", platform.name().in(locale));
            for (FormField f : platform.fields()) {
                String v = values.get(f.key());
                if (v != null && !v.isBlank() && f.type() != FieldType.URL && f.shownTo(!exam.student())) {
                    fields.add(Map.of("label", common.texts().get(locale, f.labelKey()), "value", v));
                }
            }
            p.put("join", conferences.joinPath(OnlineAttestationModule.ID, String.valueOf(slot.id())));
            if (slot.hasRecording() && (slot.showRecording() || !exam.student())) {
                kept.addAll(ExamConference.recordings(platform, slot, exam.stream(), conferences, form));
            }
        }
        p.put("fields", fields);
        if (slot.hasRecording() && (slot.showRecording() || !exam.student())) {
            List<String> links = java.util.stream.Stream.concat(store.recordings(slot.id()).stream(), kept.stream())
                    .filter(form::isWebAddress).distinct().toList();
            p.put("recordings", links);
            p.put("hasRecordings", !links.isEmpty());
        }
        m.put("platform", p);
    }

    private boolean studentsChoose() {
        try {
            return tickets.chosen().studentsChoose();
        } catch (RuntimeException missingStrategy) {
            // the settings name a strategy that is not installed: fall back to the placement itself
            // (tickets are placed only under a strategy where students choose)
            return true;
        }
    }

    private static String when(Instant at, ZoneId zone) {
        return at == null ? null : WHEN.format(at.atZone(zone));
    }
}
