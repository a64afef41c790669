package kz.sabaq.attestation.exam;

import java.time.Instant;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import kz.sabaq.api.academic.AcademicPeriod;
import kz.sabaq.api.academic.Stream;
import kz.sabaq.api.conference.ConferenceForm;
import kz.sabaq.api.conference.Conferences;
import kz.sabaq.api.grading.Grade;
import kz.sabaq.api.grading.GradingScale;
import kz.sabaq.api.grading.Reading;
import kz.sabaq.api.journal.Journals;
import kz.sabaq.api.web.View;
import kz.sabaq.attestation.Attestation;
import kz.sabaq.attestation.ExamSlot;
import kz.sabaq.attestation.Opening;
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

    /**
     * The final control page, to the student and to staff: what is not shown is null. {@code roster}
     * (the previous and next students) and {@code savedKey} (what was just saved) are for staff only,
     * {@code grading} while staff may grade; {@code waiting} while a student's ticket questions are on
     * their way.
     */
    public record Model(String base, long streamId, boolean student, boolean staff, Neighbours.Pair roster,
                        String savedKey, String discipline, String studentName, String year, String period,
                        String teacher, String date, String start, String end, Integer ticket, String viewedAt,
                        String sentAt, String grade, String gradeParts, String absence, RetakePage.Model retake,
                        String task, TaskEdit taskEdit, PlatformBlock platform, TestEntry test, boolean chooseTicket,
                        boolean showQuestions, boolean waiting, TicketQuestions questions, OralTimers oral, Answer answer,
                        GradingForm grading) {
    }

    /** The task's editor for staff, without a ticket: the task as sanitized HTML. */
    public record TaskEdit(String html) {
    }

    /** The ticket's questions once readable, and its file if it has one ({@code file} empty else). */
    public record TicketQuestions(String html, String file, String fileHref) {
    }

    /**
     * The answer: its text and files; {@code editable} while the student may still change it, with the
     * rules the form states and {@code canSend} once it is long enough.
     */
    public record Answer(String html, List<AnswerFile> files, boolean editable, boolean locked, int minChars,
                         int draftSeconds, long maxMb, boolean canSend) {
    }

    /** A file attached to the answer. */
    public record AnswerFile(long id, String name, String href) {
    }

    /** The list of one's own final controls, newest first. */
    public record Mine(List<Line> exams, boolean any) {
    }

    /** One final control of the list; {@code ticket} once the slot started and a ticket was given, else null. */
    public record Line(String discipline, String date, String start, String end, String href, String ticket,
                       boolean sent, Instant startsAt, boolean retakeAllowed, boolean reenrol) {
    }

    public View mine(long studentId, Locale locale) {
        ZoneId zone = common.academic().timeZone();
        List<Line> lines = new ArrayList<>();
        for (Opening o : common.store().openings(studentId)) {
            Sitting s = o.sitting();
            ExamSlot slot = o.slot();
            Optional<Stream> stream = common.academic().stream(s.streamId());
            if (stream.isEmpty()) {
                continue;
            }
            Retakes.Standing standing = retakes.standing(s);
            lines.add(new Line(stream.get().discipline().in(locale), DATE.format(slot.startsAt().atZone(zone)),
                    TIME.format(slot.startsAt().atZone(zone)), TIME.format(slot.endsAt().atZone(zone)),
                    "/online-attestation/streams/" + s.streamId() + "/students/" + studentId,
                    s.hasTicket() && slot.started(common.clock().instant()) ? String.valueOf(s.ticketNumber()) : null,
                    s.answerSentAt() != null, slot.startsAt(), standing == Retakes.Standing.RETAKE,
                    standing == Retakes.Standing.REENROL));
        }
        lines.sort((a, b) -> b.startsAt().compareTo(a.startsAt()));
        return View.of("online-attestation/exam-mine", Answers.PREFIX + "mine.title", new Mine(lines, !lines.isEmpty()));
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
        boolean started = slot.started(now);
        boolean byTicket = exam.byTicket();
        // "Show ticket questions" until they are shown; the ticket's questions once readable.
        boolean readable = Questions.readable(exam);
        Optional<AcademicPeriod> period = common.academic().periodOfStream(exam.streamId());
        Map<String, String> cells = grading.grades(exam);
        String finalForm = grading.form(exam.streamId()); // one read of the journal's settings for the page
        Optional<GradingScale> scale = grading.scaleOf(finalForm);
        String grade = gradeShown(exam, cells, scale, locale);
        Model m = new Model("/online-attestation/streams/" + exam.streamId() + "/students/" + exam.studentId(),
                exam.streamId(), exam.student(), !exam.student(),
                exam.student() ? null : new Neighbours(common).of(exam.streamId(), exam.studentId(), locale),
                !exam.student() && ("grade".equals(saved) || "absence".equals(saved))
                        ? Answers.PREFIX + "saved." + saved : null,
                exam.stream().discipline().in(locale), studentName(exam),
                period.map(AcademicPeriod::yearCode).orElse(null), period.map(p -> p.name().in(locale)).orElse(null),
                common.academic().fullName(exam.stream().teacherId()).orElse(null),
                DATE.format(slot.startsAt().atZone(zone)), TIME.format(slot.startsAt().atZone(zone)),
                TIME.format(slot.endsAt().atZone(zone)),
                byTicket && s.hasTicket() && (started || !exam.student()) ? s.ticketNumber() : null,
                when(s.questionsViewedAt(), zone), when(s.answerSentAt(), zone),
                grade, grade == null ? null : gradeParts(cells, locale),
                s.absence() == null ? null : common.texts().get(locale, Answers.PREFIX + "absence." + s.absence()),
                new RetakePage(common, retakes).model(s, cells.get(Journals.FINAL), scale, locale),
                !byTicket && RichText.hasText(s.task()) && (started || !exam.student()) ? RichText.clean(s.task()) : null,
                Tasks.editable(exam) ? new TaskEdit(s.task() == null ? "" : RichText.clean(s.task())) : null,
                PlatformBlock.of(exam, locale, form, conferences, common.texts(), store).orElse(null),
                exam.byTest() && exam.student() ? TestEntry.of(common, exam, now) : null,
                // "Choose a ticket": by ticket, students choose, placed, no ticket yet.
                exam.student() && byTicket && s.placedAt() != null && !s.hasTicket() && studentsChoose(),
                exam.student() && byTicket && s.hasTicket() && !readable,
                waitShown && exam.student() && s.hasTicket() && s.questionsSentAt() == null,
                readable ? questions(exam) : null,
                readable && byTicket ? OralTimers.of(s, common.settings(), now, zone, common.texts(), locale).orElse(null)
                        : null,
                answer(exam, now),
                Grading.gradable(exam, now) ? GradingForm.of(exam.streamId(), finalForm,
                        scale, cells, incompletes.defaultDeadline().toString(), locale) : null);
        return View.of("online-attestation/exam-page", Answers.PREFIX + "page.title", m);
    }

    /**
     * The student's name from the stream's roster, which a hall of students opening their pages
     * reads once; a student no longer on it (a staff view of an earlier sitting) by their own name.
     */
    private String studentName(Opened exam) {
        return common.academic().studentName(exam.streamId(), exam.studentId())
                .or(() -> common.academic().fullName(exam.studentId())).orElse("");
    }

    private TicketQuestions questions(Opened exam) {
        Sitting s = exam.sitting();
        ExamMapper.TicketContent ticket = store.ticket(exam.streamId(), s.ticketNumber());
        return ticket == null ? null : new TicketQuestions(RichText.clean(ticket.body()),
                ticket.fileKey() == null ? "" : ticket.fileName(), TicketBank.fileHref(exam.streamId(), s.ticketNumber()));
    }

    /** The answer block: while the student may still answer, and for everyone once the answer was sent. */
    private Answer answer(Opened exam, Instant now) {
        Sitting s = exam.sitting();
        boolean sent = s.answerSentAt() != null;
        if (!sent && !(exam.student() && Answers.open(exam, s, now))) {
            return null;
        }
        String body = store.answer(exam.streamId(), exam.studentId());
        List<AnswerFile> files = answers.files(exam).stream().map(f -> new AnswerFile(f.id(), f.fileName(),
                "/online-attestation/streams/" + exam.streamId() + "/students/" + exam.studentId() + "/files/" + f.id()))
                .toList();
        boolean editable = exam.student() && !sent && !exam.slot().ended(now);
        return new Answer(body == null ? "" : RichText.clean(body), files, editable, !editable,
                common.settings().minAnswerChars(), common.settings().draftSeconds(),
                common.settings().answerMaxBytes() / (1024 * 1024),
                editable && RichText.textLength(body) >= common.settings().minAnswerChars());
    }

    /** The final grade in words; an absence is its own line, though the journal's cell holds it in the grade's place. */
    private String gradeShown(Opened exam, Map<String, String> cells, Optional<GradingScale> scale, Locale locale) {
        String total = cells.get(Journals.FINAL);
        if (total == null || exam.sitting().absence() != null) {
            return null;
        }
        Grade named = scale.map(s -> s.read(total)).filter(r -> r.points() == null)
                .map(Reading::grade).orElse(null);
        String key = Grading.labelKey(total);
        return named != null ? named.name().in(locale) : key == null ? total : common.texts().get(locale, key);
    }

    /** The written and oral parts beside the grade, where the scale has them. */
    private String gradeParts(Map<String, String> cells, Locale locale) {
        if (!cells.containsKey(Journals.FINAL_WRITTEN) && !cells.containsKey(Journals.FINAL_ORAL)) {
            return null;
        }
        return common.texts().get(locale, Answers.PREFIX + "grade.parts",
                cells.getOrDefault(Journals.FINAL_WRITTEN, "—"), cells.getOrDefault(Journals.FINAL_ORAL, "—"));
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
