package kz.sabaq.attendance.journal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Map;
import kz.sabaq.api.attendance.Admission;
import kz.sabaq.api.attendance.AttendanceAdmission;
import kz.sabaq.attendance.testing.Classroom;
import kz.sabaq.core.testing.TestServer;
import org.junit.jupiter.api.Test;

/** The journal thresholds are settings: latenesses per absence, the absence threshold, the share. */
class AdmissionSettingsTest {

    @Test
    void latenessesPerAbsenceAbsenceThresholdAndShareFollowTheSettings() {
        try (TestServer server = Classroom.server(Map.of("latenessesPerAbsence", 1, "absenceAfterMinutes", 40,
                "absenceSharePercent", 100))) {
            AttendanceAdmission admission = server.app().service(AttendanceAdmission.class).orElseThrow();
            Classroom room = new Classroom(server);
            Classroom.Listener listener = room.listener("Ахметова");
            room.at("13:45");
            room.scan(listener, "in");
            room.at("15:00");

            Admission a = admission.of(room.stream, listener.id());

            assertEquals(0, a.absences(), "35 minutes late is not yet an absence with a 40-minute threshold");
            assertEquals(1, a.latenesses());
            assertEquals(1, a.fromLatenesses(), "one lateness is one absence");
            assertEquals(100.0, a.unexcusedPercent(), 1e-9);
            assertFalse(a.admitted(), "reaching the share closes admission");
        }
    }

    @Test
    void withAHigherShareTheSameAbsencesStillAdmit() {
        try (TestServer server = Classroom.server(Map.of("absenceSharePercent", 60))) {
            AttendanceAdmission admission = server.app().service(AttendanceAdmission.class).orElseThrow();
            Classroom room = new Classroom(server);
            Classroom.Listener listener = room.listener("Ахметова");
            room.scan(listener, "in");
            room.academic.session(room.stream, room.room, Classroom.DAY.atTime(15, 0), Classroom.DAY.atTime(15, 50));
            room.at("16:00");

            Admission a = admission.of(room.stream, listener.id());

            assertEquals(2, a.sessions());
            assertEquals(50.0, a.unexcusedPercent(), 1e-9);
            assertTrue(a.admitted(), "50 % is below a 60 % threshold (the default 30 % would close it)");
        }
    }
}
