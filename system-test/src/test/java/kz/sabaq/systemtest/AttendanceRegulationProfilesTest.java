package kz.sabaq.systemtest;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.function.UnaryOperator;
import kz.sabaq.api.attendance.Admission;
import kz.sabaq.api.attendance.AttendanceAdmission;
import kz.sabaq.core.testing.TestServer;
import org.junit.jupiter.api.Test;

/**
 * The attendance journal rules of EKTU's regulation (seed 004, item 11) come from the {@code ektu}
 * profile and nowhere else: the same scans, made by the same code, give another verdict under the
 * training centre, whose instruction (seed 000) only records. One changed setting changes it again.
 */
class AttendanceRegulationProfilesTest {

    /** Five meetings reached at 13:20 (ten minutes late), five on time, one more 21 minutes late. */
    private static Admission fiveLatenessesAndOneOfTwentyOneMinutes(TestServer server) {
        ShippedProfile campus = new ShippedProfile(server);
        ShippedProfile.Listener listener = campus.listener("Ахметова");
        for (int i = 0; i < 9; i++) {
            campus.scan(listener, i, "in", i < 5 ? "13:20" : "13:05");
        }
        campus.scan(listener, 9, "in", "13:31");
        campus.at(9, "15:00");
        return server.app().service(AttendanceAdmission.class).orElseThrow().of(campus.stream, listener.id());
    }

    /** Three meetings missed of ten, the rest on time. */
    private static boolean admittedAfterThreeMissed(TestServer server) {
        ShippedProfile campus = new ShippedProfile(server);
        ShippedProfile.Listener listener = campus.listener("Бекова");
        for (int i = 3; i < 10; i++) {
            campus.scan(listener, i, "in", "13:05");
        }
        campus.at(9, "15:00");
        return server.app().service(AttendanceAdmission.class).orElseThrow().of(campus.stream, listener.id()).admitted();
    }

    @Test
    void underEktuFiveLatenessesMakeAnAbsenceAndTwentyOneMinutesLateIsOne() {
        try (TestServer server = ShippedProfile.start("ektu", UnaryOperator.identity())) {
            Admission a = fiveLatenessesAndOneOfTwentyOneMinutes(server);

            assertEquals(5, a.latenesses());
            assertEquals(1, a.fromLatenesses(), "5 latenesses = 1 absence");
            assertEquals(1, a.absences(), "a lateness over 20 minutes is an absence");
            assertEquals(20.0, a.unexcusedPercent(), 1e-9);
            assertTrue(a.admitted());
            assertFalse(admittedAfterThreeMissed(server), "30 % unexcused absences close admission");
        }
    }

    @Test
    void underTheTrainingCentreLatenessesStayLatenesses() {
        try (TestServer server = ShippedProfile.start("training-centre", UnaryOperator.identity())) {
            Admission a = fiveLatenessesAndOneOfTwentyOneMinutes(server);

            assertEquals(6, a.latenesses(), "21 minutes late is a (very) lateness, not an absence");
            assertEquals(0, a.fromLatenesses());
            assertEquals(0, a.absences());
            assertTrue(admittedAfterThreeMissed(server), "the instruction closes no admission");
        }
    }

    @Test
    void oneSettingChangedChangesTheVerdictWithNoCodeChange() {
        try (TestServer server = ShippedProfile.start("ektu",
                b -> b.setting("attendance-qr", "latenessesPerAbsence", 0))) {
            Admission a = fiveLatenessesAndOneOfTwentyOneMinutes(server);

            assertEquals(5, a.latenesses());
            assertEquals(0, a.fromLatenesses(), "the ektu profile with latenessesPerAbsence: 0");
            assertEquals(1, a.absences(), "the profile's other rules still hold");
        }
    }
}
