package kz.sabaq.attendance.consecutive;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import kz.sabaq.api.attendance.AttendanceMark;
import kz.sabaq.api.attendance.AttendanceMark.Presence;
import kz.sabaq.api.attendance.StudentMarks;
import org.junit.jupiter.api.Test;

class ConsecutiveAbsencesTest {
    private final ConsecutiveAbsences policy = new ConsecutiveAbsences();

    /** One mark per letter: P present, L late, A absent, E absent with a permit. */
    private static StudentMarks marks(String letters) {
        List<AttendanceMark> held = new ArrayList<>();
        Instant start = Instant.parse("2026-09-01T08:00:00Z");
        for (int i = 0; i < letters.length(); i++) {
            char c = letters.charAt(i);
            Presence p = c == 'P' ? Presence.PRESENT : c == 'L' ? Presence.LATE : Presence.ABSENT;
            Instant at = start.plusSeconds(86_400L * i);
            held.add(new AttendanceMark(i, at, at.plusSeconds(3000), p, c == 'L' ? 25 : 0, c == 'E'));
        }
        return new StudentMarks(1, 2, 30, held);
    }

    @Test
    void threeUnexcusedAbsencesInARowCloseAdmission() {
        assertFalse(policy.judge(marks("PAAAP")).admitted());
        assertEquals("Missed 3 sessions in a row without a permit (limit 3)",
                policy.judge(marks("PAAAP")).reasons().get(0).en());
        assertTrue(policy.judge(marks("AAPAAPAA")).admitted(), "six absences, never three in a row");
        assertTrue(policy.judge(marks("AAEAA")).admitted(), "a permit breaks the run");
        assertTrue(policy.judge(marks("ALLLLLLLA")).admitted(), "latenesses do not count");
    }
}
