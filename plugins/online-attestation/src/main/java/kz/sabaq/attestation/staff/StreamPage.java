package kz.sabaq.attestation.staff;

import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import java.util.stream.Collectors;
import kz.sabaq.api.academic.Stream;
import kz.sabaq.api.academic.Student;
import kz.sabaq.api.grading.GradingScale;
import kz.sabaq.api.journal.Journals;
import kz.sabaq.api.web.Viewer;
import kz.sabaq.attestation.Admissions;
import kz.sabaq.attestation.Attestation;
import kz.sabaq.attestation.Conduct;
import kz.sabaq.attestation.ExamSlot;
import kz.sabaq.attestation.OnlineStream;
import kz.sabaq.attestation.RosterOrder;
import kz.sabaq.attestation.Sitting;
import kz.sabaq.attestation.exam.Grading;
import kz.sabaq.attestation.retake.Retakes;
import kz.sabaq.attestation.slot.SlotActions;
import kz.sabaq.attestation.tickets.TicketBank;

/** The model of the stream page (spec §6): mode, tickets summary, the "Unassigned" tab and a tab per slot. */
public final class StreamPage {
    private final Attestation common;
    private final StaffMapper store;
    private final SlotPlanner planner;
    private final Times times;
    private final TicketBank bank;
    private final SlotActions actions;
    private final Admissions admissions;
    private final Retakes retakes;

    StreamPage(Attestation common, StaffMapper store, SlotPlanner planner, Times times, TicketBank bank,
               SlotActions actions, Retakes retakes) {
        this.retakes = retakes;
        this.common = common;
        this.store = store;
        this.planner = planner;
        this.times = times;
        this.bank = bank;
        this.actions = actions;
        this.admissions = new Admissions(common);
    }

    /**
     * The stream page: its mode, the tickets summary ({@code tickets}, null while no ticket count is
     * set), the "Unassigned" tab and a tab per slot.
     */
    public record Model(long streamId, String stream, String discipline, String heading, boolean byTicket,
                        String conduct, boolean byTest, boolean withoutTicket, boolean testOffered,
                        boolean canEditMode, boolean editingMode, TicketsSummary tickets, boolean canDistribute,
                        boolean hasUnassigned, List<Unassigned> unassigned, List<Tab> slots) {
    }

    /** How many tickets the stream has, how many are entered and when one was last saved. */
    public record TicketsSummary(int count, int entered, String lastSaved) {
    }

    /**
     * A student not yet placed in a slot; {@code admitLink} (else null) where the viewer may admit one
     * the rules do not.
     */
    public record Unassigned(long id, String name, String link, String recordBook, String group,
                             boolean notAdmitted, boolean byDecision, String admitLink) {
    }

    /** A slot's tab: its students and the slot's actions this viewer is offered. */
    public record Tab(long id, String name, List<Seated> rows, boolean canEdit, boolean canDelete,
                      List<SlotActions.Offered> actions) {
    }

    /** A student placed in a slot: what {@link Unassigned} shows and the sitting so far; the live page updates its cells. */
    public record Seated(long id, String name, String link, String recordBook, String group, boolean notAdmitted,
                         boolean byDecision, String admitLink, long slotId, String ticket, String viewed, String sent,
                         String grade, boolean canRemove, boolean retake, boolean retakeAllowed, boolean reenrol) {
    }

    Model model(Viewer viewer, Stream stream, boolean editMode) {
        OnlineStream online = planner.online(stream.id());
        Locale locale = viewer.locale();
        Instant now = common.clock().instant();
        boolean canEdit = common.access().canEdit(viewer, stream);
        boolean modeEditable = canEdit && !planner.modeLocked(stream.id(), now);
        boolean canAdmit = common.access().canAdmit(viewer, stream);

        List<Student> students = common.academic().studentsOf(stream.id());
        Map<Long, Sitting> sittings = common.store().sittingsOfStream(stream.id()).stream()
                .collect(Collectors.toMap(Sitting::studentId, Function.identity(), (a, b) -> a));
        Map<Long, String> recordBooks = new HashMap<>();
        store.recordBooks(stream.id()).forEach(r -> recordBooks.put(r.userId(), r.recordBookNumber()));
        Comparator<Student> byName = RosterOrder.byName(locale);

        List<Unassigned> unassigned = students.stream().filter(s -> !sittings.containsKey(s.userId()))
                .sorted(byName).map(s -> person(stream, s, recordBooks, canAdmit)).toList();

        Map<Long, String> finals = common.journals().column(stream.id(), Journals.FINAL);
        // each standing from the final column just read and the sitting's own attempt: no second read of either
        Optional<GradingScale> scale = retakes.scale(stream.id());
        List<Tab> tabs = new ArrayList<>();
        for (ExamSlot slot : common.store().slotsOfStream(stream.id())) {
            boolean started = slot.started(now);
            List<Seated> rows = students.stream()
                    .filter(s -> sittings.containsKey(s.userId()) && sittings.get(s.userId()).slotId() == slot.id())
                    .sorted(byName).map(s -> {
                        Unassigned p = person(stream, s, recordBooks, canAdmit);
                        Sitting sitting = sittings.get(s.userId());
                        Retakes.Standing standing = retakes.standing(scale, finals.get(s.userId()), sitting.attempt());
                        return new Seated(p.id(), p.name(), p.link(), p.recordBook(), p.group(), p.notAdmitted(),
                                p.byDecision(), p.admitLink(), slot.id(),
                                sitting.ticketNumber() == null ? "" : sitting.ticketNumber().toString(),
                                times.dateTime(sitting.questionsViewedAt()), times.dateTime(sitting.answerSentAt()),
                                Grading.cellText(common, locale, finals.get(s.userId()), sitting.absence()),
                                canEdit && !started, sitting.attempt() > 1,
                                standing == Retakes.Standing.RETAKE, standing == Retakes.Standing.REENROL);
                    }).toList();
            tabs.add(new Tab(slot.id(), times.slotName(slot), rows, canEdit, canEdit && !started,
                    actions.offered(viewer, stream, slot)));
        }

        TicketsSummary tickets = null;
        if (online.byTicket()) {
            TicketBank.Summary summary = bank.summary(stream.id());
            if (summary.count() > 0) {
                tickets = new TicketsSummary(summary.count(), summary.entered(), times.dateTime(summary.lastSaved()));
            }
        }
        return new Model(stream.id(), stream.code(), stream.discipline().in(locale),
                common.texts().get(locale, "online-attestation.staff.stream.heading", stream.discipline().in(locale)),
                online.byTicket(), online.conduct().value(), online.conduct() == Conduct.TEST,
                online.conduct() == Conduct.TASK, common.testForm().offered() || online.conduct() == Conduct.TEST,
                modeEditable, editMode && modeEditable, tickets,
                canEdit && (!unassigned.isEmpty()
                        || tabs.stream().flatMap(t -> t.rows().stream()).anyMatch(Seated::retakeAllowed)),
                !unassigned.isEmpty(), unassigned, tabs);
    }

    private Unassigned person(Stream stream, Student s, Map<Long, String> recordBooks, boolean canAdmit) {
        boolean byDecision = admissions.byDecision(stream.id(), s.userId());
        boolean admitted = byDecision || admissions.byRules(stream.id(), s.userId());
        return new Unassigned(s.userId(), s.displayName(),
                "/online-attestation/streams/" + stream.id() + "/students/" + s.userId(),
                recordBooks.getOrDefault(s.userId(), ""), s.groupCode(), !admitted, byDecision,
                canAdmit && !admitted ? "/online-attestation/streams/" + stream.id() + "/admission/" + s.userId() : null);
    }
}
