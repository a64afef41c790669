package kz.sabaq.attendance.journal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import kz.sabaq.api.attendance.Admission;
import kz.sabaq.api.attendance.AttendanceAdmission;
import kz.sabaq.attendance.testing.Classroom;
import kz.sabaq.core.testing.TestServer;
import kz.sabaq.core.testing.WebClient;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * Journal consequences (seeds 002 and 004): 30 % unexcused absences close admission to the
 * controls, 5 latenesses count as 1 absence, lateness over 20 minutes is an absence, a permit
 * excuses. Ten past sessions of the stream are the base.
 */
class AdmissionTest {
    static TestServer server;
    static AttendanceAdmission admission;

    @BeforeAll
    static void start() {
        server = Classroom.server(Map.of());
        admission = server.app().service(AttendanceAdmission.class).orElseThrow();
    }

    @AfterAll
    static void stop() {
        server.close();
    }

    /** The class of 14 September plus nine earlier ones of the same stream, all held by 15:00. */
    private static List<Long> tenSessions(Classroom room) {
        List<Long> sessions = new ArrayList<>();
        for (int day = 9; day >= 1; day--) {
            sessions.add(room.academic.session(room.stream, room.room, Classroom.DAY.minusDays(day).atTime(13, 10),
                    Classroom.DAY.minusDays(day).atTime(14, 0)));
        }
        sessions.add(room.session);
        return sessions;
    }

    /** The listener arrives on time at every session except {@code missed} of them. */
    private static Classroom.Listener attendsAllBut(Classroom room, List<Long> sessions, int missed) {
        Classroom.Listener listener = room.listener("Ахметова");
        for (int i = missed; i < sessions.size(); i++) {
            room.insertMark(sessions.get(i), listener.id(), "IN", "ON_TIME", "SCAN",
                    Classroom.DAY.minusDays(sessions.size() - 1 - i).atTime(13, 5));
        }
        return listener;
    }

    @Test
    void unexcusedAbsencesReachingThirtyPercentCloseAdmission() {
        Classroom room = new Classroom(server);
        List<Long> sessions = tenSessions(room);
        Classroom.Listener two = attendsAllBut(room, sessions, 2);
        Classroom.Listener three = attendsAllBut(room, sessions, 3);
        room.at("15:00");

        Admission admitted = admission.of(room.stream, two.id());
        Admission closed = admission.of(room.stream, three.id());

        assertTrue(admitted.admitted());
        assertEquals(20.0, admitted.unexcusedPercent(), 1e-9);
        assertFalse(closed.admitted());
        assertEquals(10, closed.sessions());
        assertEquals(3, closed.absences());
    }

    @Test
    void aPermitExcusesAnAbsence() {
        Classroom room = new Classroom(server);
        List<Long> sessions = tenSessions(room);
        Classroom.Listener listener = attendsAllBut(room, sessions, 3);
        room.at("15:00");
        WebClient teacher = room.teacherWeb();
        teacher.get("/attendance-qr/sessions/" + room.session);

        WebClient.Page granted = teacher.post("/attendance-qr/sessions/" + sessions.get(0) + "/permit",
                Map.of("student", String.valueOf(listener.id()), "reason", "Медициналық анықтама"));

        assertEquals(303, granted.status(), granted.body());
        Admission a = admission.of(room.stream, listener.id());
        assertEquals(1, a.excused());
        assertTrue(a.admitted());
        assertTrue(teacher.get("/attendance-qr/sessions/" + sessions.get(0)).contains("data-permit"));
    }

    @Test
    void fiveLatenessesCountAsOneAbsence() {
        Classroom room = new Classroom(server);
        List<Long> sessions = tenSessions(room);
        Classroom.Listener listener = room.listener("Ахметова");
        for (int i = 2; i < sessions.size(); i++) {
            room.insertMark(sessions.get(i), listener.id(), "IN", i < 7 ? "LATE" : "ON_TIME", "SCAN",
                    Classroom.DAY.minusDays(sessions.size() - 1 - i).atTime(13, 15));
        }
        room.at("15:00");

        Admission a = admission.of(room.stream, listener.id());

        assertEquals(2, a.absences());
        assertEquals(5, a.latenesses());
        assertEquals(1, a.fromLatenesses());
        assertFalse(a.admitted(), "2 absences + 5 latenesses = 3 of 10");
    }

    @Test
    void arrivingMoreThanTwentyMinutesLateCountsAsAnAbsence() {
        Classroom room = new Classroom(server);
        Classroom.Listener late = room.listener("Кеш");
        Classroom.Listener justInTime = room.listener("Дер");
        room.at("13:30:01");
        room.scan(late, "in");
        room.at("13:30:00");
        room.scan(justInTime, "in");
        room.at("15:00");

        assertEquals(1, admission.of(room.stream, late.id()).absences());
        assertEquals(0, admission.of(room.stream, justInTime.id()).absences());
        assertEquals(1, admission.of(room.stream, justInTime.id()).latenesses());
    }

    @Test
    void aRejectedMarkIsAnAbsenceAndAnUnreviewedOneIsNot() {
        Classroom room = new Classroom(server, List.of("10.12.0.0/16"), null, null);
        Classroom.Listener rejected = room.listener("Ахметова");
        Classroom.Listener pending = room.listener("Бекова");
        room.scan(rejected, "in");
        room.scan(pending, "in");
        WebClient teacher = room.teacherWeb();
        teacher.get("/attendance-qr/sessions/" + room.session);
        teacher.post("/attendance-qr/sessions/" + room.session + "/review",
                Map.of("mark", String.valueOf(room.mark(rejected, "in").id()), "decision", "reject"));
        room.at("15:00");

        assertEquals(1, admission.of(room.stream, rejected.id()).absences());
        assertEquals(0, admission.of(room.stream, pending.id()).absences());
    }

    @Test
    void sessionsNotYetHeldAreNoAbsence() {
        Classroom room = new Classroom(server);
        Classroom.Listener listener = room.listener("Ахметова");
        room.at("13:59");

        Admission a = admission.of(room.stream, listener.id());

        assertEquals(0, a.absences());
        assertTrue(a.admitted());
    }
}
