package kz.sabaq.attestation.staff;

import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;
import kz.sabaq.api.academic.Stream;
import kz.sabaq.api.academic.Student;
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
final class StreamPage {
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

    Map<String, Object> model(Viewer viewer, Stream stream, boolean editMode) {
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

        List<Map<String, Object>> unassigned = students.stream().filter(s -> !sittings.containsKey(s.userId()))
                .sorted(byName).map(s -> person(stream, s, recordBooks, canAdmit)).toList();

        Map<Long, String> finals = common.journals().column(stream.id(), Journals.FINAL);
        Map<Long, Retakes.Standing> standings = retakes.standings(stream.id());
        Map<Long, Integer> attempts = retakes.attempts(stream.id());
        List<Map<String, Object>> tabs = new ArrayList<>();
        for (ExamSlot slot : common.store().slotsOfStream(stream.id())) {
            boolean started = slot.started(now);
            List<Map<String, Object>> rows = students.stream()
                    .filter(s -> sittings.containsKey(s.userId()) && sittings.get(s.userId()).slotId() == slot.id())
                    .sorted(byName).map(s -> {
                        Map<String, Object> row = person(stream, s, recordBooks, canAdmit);
                        Sitting sitting = sittings.get(s.userId());
                        row.put("ticket", sitting.ticketNumber() == null ? "" : sitting.ticketNumber().toString());
                        row.put("viewed", times.dateTime(sitting.questionsViewedAt()));
                        row.put("sent", times.dateTime(sitting.answerSentAt()));
                        row.put("grade", Grading.cellText(common, locale, finals.get(s.userId()), sitting.absence()));
                        row.put("canRemove", canEdit && !started);
                        row.put("retake", attempts.getOrDefault(s.userId(), 1) > 1);
                        row.put("retakeAllowed", standings.get(s.userId()) == Retakes.Standing.RETAKE);
                        row.put("reenrol", standings.get(s.userId()) == Retakes.Standing.REENROL);
                        row.put("slotId", slot.id());
                        return row;
                    }).toList();
            Map<String, Object> tab = new LinkedHashMap<>();
            tab.put("id", slot.id());
            tab.put("name", times.slotName(slot));
            tab.put("rows", rows);
            tab.put("canEdit", canEdit);
            tab.put("canDelete", canEdit && !started);
            tab.put("actions", actions.offered(viewer, stream, slot).stream()
                    .map(a -> Map.of("labelKey", a.labelKey(), "href", a.href(), "enabled", a.enabled())).toList());
            tabs.add(tab);
        }

        Map<String, Object> model = new LinkedHashMap<>();
        model.put("streamId", stream.id());
        model.put("stream", stream.code());
        model.put("discipline", stream.discipline().in(locale));
        model.put("heading", common.texts().get(locale, "online-attestation.staff.stream.heading",
                stream.discipline().in(locale)));
        model.put("byTicket", online.byTicket());
        model.put("conduct", online.conduct().value());
        model.put("byTest", online.conduct() == Conduct.TEST);
        model.put("withoutTicket", online.conduct() == Conduct.TASK);
        model.put("testOffered", common.testForm().offered() || online.conduct() == Conduct.TEST);
        model.put("canEditMode", modeEditable);
        model.put("editingMode", editMode && modeEditable);
        if (online.byTicket()) {
            TicketBank.Summary summary = bank.summary(stream.id());
            if (summary.count() > 0) {
                model.put("tickets", Map.of("count", summary.count(), "entered", summary.entered(),
                        "lastSaved", times.dateTime(summary.lastSaved())));
            }
        }
        model.put("canDistribute", canEdit && (!unassigned.isEmpty() || standings.containsValue(Retakes.Standing.RETAKE)));
        model.put("hasUnassigned", !unassigned.isEmpty());
        model.put("unassigned", unassigned);
        model.put("slots", tabs);
        return model;
    }

    private Map<String, Object> person(Stream stream, Student s, Map<Long, String> recordBooks, boolean canAdmit) {
        Map<String, Object> row = new LinkedHashMap<>();
        row.put("id", s.userId());
        row.put("name", s.displayName());
        row.put("link", "/online-attestation/streams/" + stream.id() + "/students/" + s.userId());
        row.put("recordBook", recordBooks.getOrDefault(s.userId(), ""));
        row.put("group", s.groupCode());
        row.put("groupId", s.groupId());
        boolean byDecision = admissions.byDecision(stream.id(), s.userId());
        boolean admitted = byDecision || admissions.byRules(stream.id(), s.userId());
        row.put("notAdmitted", !admitted);
        row.put("byDecision", byDecision);
        if (canAdmit && !admitted) {
            row.put("admitLink", "/online-attestation/streams/" + stream.id() + "/admission/" + s.userId());
        }
        return row;
    }
}
