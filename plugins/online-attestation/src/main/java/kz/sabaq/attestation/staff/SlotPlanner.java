package kz.sabaq.attestation.staff;

import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Collectors;
import kz.sabaq.api.academic.Student;
import kz.sabaq.api.web.UserError;
import kz.sabaq.api.web.Viewer;
import kz.sabaq.attestation.Admissions;
import kz.sabaq.attestation.Attestation;
import kz.sabaq.attestation.Conduct;
import kz.sabaq.attestation.ExamSlot;
import kz.sabaq.attestation.OnlineStream;
import kz.sabaq.attestation.Sitting;
import kz.sabaq.attestation.retake.Retakes;

/**
 * The stream page's changes (spec §6): how the final control is conducted, distributing students into slots,
 * editing and deleting slots, removing a student from a slot. Every rule the page uses to offer a
 * button is checked again here; a refused request changes nothing.
 */
final class SlotPlanner {
    private final Attestation common;
    private final StaffMapper store;
    private final Times times;
    private final Retakes retakes;

    SlotPlanner(Attestation common, StaffMapper store, Times times, Retakes retakes) {
        this.common = common;
        this.store = store;
        this.times = times;
        this.retakes = retakes;
    }

    /** The stream's online state; 404 while its journal does not have the online flag. */
    OnlineStream online(long streamId) {
        OnlineStream row = common.store().stream(streamId);
        if (row == null || !row.online()) {
            throw new UserError(404, "online-attestation.staff.error.notOnline");
        }
        return row;
    }

    /**
     * The scheduled time of the stream's final control has passed once its first slot has started:
     * from then on the way it is conducted (by ticket, without ticket, as a test) is fixed.
     */
    boolean modeLocked(long streamId, Instant now) {
        return common.store().slotsOfStream(streamId).stream().anyMatch(s -> s.started(now));
    }

    /** "As a test" only while a plugin runs such tests; the one it was is kept when that plugin is switched off. */
    void setMode(Viewer viewer, long streamId, Conduct conduct) {
        common.access().editable(viewer, streamId);
        OnlineStream stream = online(streamId);
        if (conduct == Conduct.TEST && stream.conduct() != Conduct.TEST && !common.testForm().offered()) {
            throw UserError.badRequest("online-attestation.staff.error.noTestForm").on("conduct");
        }
        Instant now = common.clock().instant();
        if (modeLocked(streamId, now) || store.setConduct(streamId, conduct == Conduct.TICKET, conduct == Conduct.TEST,
                now, viewer.userId()) == 0) {
            throw UserError.badRequest("online-attestation.staff.error.modeLocked");
        }
        common.audit().record(viewer.userId(), "online-attestation.mode", "stream:" + streamId,
                Map.of("conduct", conduct.value()));
    }

    /**
     * A new slot starts in the future: a slot that has started can no longer be deleted. A student
     * graded FX with a retake left is distributed again (their earlier sitting kept, see {@link Retakes}).
     */
    long distribute(Viewer viewer, long streamId, Long groupId, String date, String start, String end,
                    List<Long> studentIds) {
        common.access().editable(viewer, streamId);
        online(streamId);
        Set<Long> chosen = new LinkedHashSet<>(studentIds == null ? List.of() : studentIds);
        if (chosen.isEmpty()) {
            throw UserError.badRequest("online-attestation.staff.error.noStudents").on("student");
        }
        LocalDate day = Times.date(date, "date");
        Instant startsAt = times.at(day, Times.time(start, "start"));
        Instant endsAt = times.at(day, Times.time(end, "end"));
        if (!endsAt.isAfter(startsAt)) {
            throw UserError.badRequest("online-attestation.staff.error.endBeforeStart").on("end");
        }
        if (!startsAt.isAfter(common.clock().instant())) {
            throw UserError.badRequest("online-attestation.staff.error.startPassed").on("start");
        }
        Map<Long, Student> students = common.academic().studentsOf(streamId).stream()
                .collect(Collectors.toMap(Student::userId, Function.identity(), (a, b) -> a));
        for (long id : chosen) {
            Student s = students.get(id);
            if (s == null || (groupId != null && s.groupId() != groupId)) {
                throw UserError.badRequest("online-attestation.staff.error.notOfStream").on("student");
            }
        }
        Admissions admissions = new Admissions(common);
        chosen.forEach(id -> {
            try {
                admissions.require(streamId, id);
            } catch (UserError e) {
                throw e.on("student");
            }
        });
        checkExamPeriods(streamId, day, chosen.stream().map(students::get).toList());
        long slotId = common.transactions().inTransaction(() -> {
            store.lockStream(streamId);
            StaffMapper.NewId id = new StaffMapper.NewId();
            store.insertSlot(streamId, startsAt, endsAt, common.clock().instant(), viewer.userId(), id);
            for (long student : chosen) {
                retakes.beginRetake(streamId, student, students.get(student).displayName(), viewer.userId());
                if (store.insertSitting(streamId, student, id.value) == 0) {
                    throw UserError.conflict("online-attestation.staff.error.alreadyAssigned",
                            students.get(student).displayName());
                }
            }
            return id.value;
        });
        common.audit().record(viewer.userId(), "online-attestation.slot.create", "slot:" + slotId,
                Map.of("stream", streamId, "students", List.copyOf(chosen), "startsAt", startsAt.toString(),
                        "endsAt", endsAt.toString()));
        return slotId;
    }

    /**
     * Before the start: the start date and time and the end time; after it: only the end time (the
     * submitted start, when any, must be the slot's own).
     */
    void editSlot(Viewer viewer, long streamId, long slotId, String date, String start, String end) {
        common.access().editable(viewer, streamId);
        online(streamId);
        common.transactions().run(() -> {
            store.lockSlot(slotId);
            ExamSlot slot = slotOf(streamId, slotId);
            Instant now = common.clock().instant();
            boolean started = slot.started(now);
            LocalDate day = times.localDate(slot.startsAt());
            Instant startsAt = slot.startsAt();
            if (started) {
                boolean startSent = (date != null && !date.isBlank()) || (start != null && !start.isBlank());
                if (startSent && !times.at(Times.date(date, "date"), Times.time(start, "start")).equals(slot.startsAt())) {
                    throw UserError.badRequest("online-attestation.staff.error.slotStartedOnlyEnd").on("start");
                }
            } else {
                day = Times.date(date, "date");
                startsAt = times.at(day, Times.time(start, "start"));
            }
            Instant endsAt = times.at(day, Times.time(end, "end"));
            if (!endsAt.isAfter(startsAt)) {
                throw UserError.badRequest("online-attestation.staff.error.endBeforeStart").on("end");
            }
            if (!started && !startsAt.equals(slot.startsAt())) {
                if (!startsAt.isAfter(now)) {
                    throw UserError.badRequest("online-attestation.staff.error.startPassed").on("start");
                }
                List<Long> ids = common.store().sittingsOfSlot(slotId).stream().map(Sitting::studentId).toList();
                Map<Long, Student> students = common.academic().studentsOf(streamId).stream()
                        .collect(Collectors.toMap(Student::userId, Function.identity(), (a, b) -> a));
                checkExamPeriods(streamId, day, ids.stream().map(students::get).filter(s -> s != null).toList());
            }
            store.updateSlot(slotId, startsAt, endsAt);
            common.audit().record(viewer.userId(), "online-attestation.slot.edit", "slot:" + slotId,
                    Map.of("startsAt", startsAt.toString(), "endsAt", endsAt.toString()));
        });
    }

    /** Only before its start; its students go back to "Unassigned". */
    void deleteSlot(Viewer viewer, long streamId, long slotId) {
        common.access().editable(viewer, streamId);
        online(streamId);
        common.transactions().run(() -> {
            store.lockSlot(slotId);
            ExamSlot slot = slotOf(streamId, slotId);
            Instant now = common.clock().instant();
            if (slot.started(now)) {
                throw UserError.badRequest("online-attestation.staff.error.slotStarted");
            }
            store.deleteSittingsOfSlot(slotId);
            store.deleteSlotBeforeStart(slotId, now);
            common.audit().record(viewer.userId(), "online-attestation.slot.delete", "slot:" + slotId,
                    Map.of("stream", streamId));
        });
    }

    /** Only while the slot has not started; the student goes back to "Unassigned". */
    void removeStudent(Viewer viewer, long streamId, long slotId, long studentId) {
        common.access().editable(viewer, streamId);
        online(streamId);
        ExamSlot slot = slotOf(streamId, slotId);
        Instant now = common.clock().instant();
        if (slot.started(now)) {
            throw UserError.badRequest("online-attestation.staff.error.slotStarted");
        }
        if (store.deleteSittingBeforeStart(streamId, studentId, slotId, now) == 0) {
            throw UserError.badRequest("online-attestation.staff.error.notInSlot");
        }
        common.audit().record(viewer.userId(), "online-attestation.slot.remove", "slot:" + slotId,
                Map.of("student", studentId));
    }

    ExamSlot slotOf(long streamId, long slotId) {
        ExamSlot slot = common.store().slot(slotId);
        if (slot == null || slot.streamId() != streamId) {
            throw UserError.notFound();
        }
        return slot;
    }

    /** The day must fall inside the exam period of each student's group in the stream's academic period. */
    private void checkExamPeriods(long streamId, LocalDate day, List<Student> students) {
        Map<Long, StaffMapper.ExamPeriod> periods = store.examPeriods(streamId).stream()
                .collect(Collectors.toMap(StaffMapper.ExamPeriod::groupId, Function.identity(), (a, b) -> a));
        for (Student s : students) {
            StaffMapper.ExamPeriod p = periods.get(s.groupId());
            if (p == null) {
                throw UserError.badRequest("online-attestation.staff.error.noExamPeriod", s.groupCode()).on("date");
            }
            if (day.isBefore(p.startsOn()) || day.isAfter(p.endsOn())) {
                throw UserError.badRequest("online-attestation.staff.error.outsideExamPeriod", s.groupCode(),
                        Times.DATE.format(p.startsOn()), Times.DATE.format(p.endsOn())).on("date");
            }
        }
    }
}
