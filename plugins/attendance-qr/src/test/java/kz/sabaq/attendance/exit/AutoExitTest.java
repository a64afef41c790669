package kz.sabaq.attendance.exit;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Map;
import kz.sabaq.attendance.testing.Classroom;
import kz.sabaq.core.testing.TestServer;
import kz.sabaq.core.testing.WebClient;
import org.junit.jupiter.api.Test;

/** "Did not mark exit", recorded by a scheduled job the set time after the scheduled end. */
class AutoExitTest {
    private static final String JOB = "attendance-qr.auto-exit";

    @Test
    void aListenerWhoArrivedButDidNotMarkExitGetsDidNotMarkExitFifteenMinutesAfterTheEnd() {
        try (TestServer server = Classroom.server(Map.of())) {
            Classroom room = new Classroom(server);
            Classroom.Listener stayed = room.listener("Ахметова");
            Classroom.Listener left = room.listener("Бекова");
            room.listener("Келмеген");
            room.at("13:05");
            room.scan(stayed, "in");
            room.scan(left, "in");
            room.at("14:02");
            room.scan(left, "out");

            room.at("14:14:59");
            assertTrue(server.app().runJob(JOB));
            assertEquals(3, room.marks().size(), "not before end + 15 min");

            room.at("14:15");
            assertTrue(server.app().runJob(JOB));

            Classroom.Row exit = room.mark(stayed, "out");
            assertEquals("NO_EXIT", exit.status());
            assertEquals("AUTO", exit.source());
            assertEquals(Classroom.utc(Classroom.DAY.atTime(14, 15)), exit.markedAt());
            assertEquals("LEFT_ON_TIME", room.mark(left, "out").status(), "a marked departure is kept");
            assertEquals(4, room.marks().size(), "nobody who did not arrive gets an exit");
            WebClient.Page page = room.teacherWeb().get("/attendance-qr/sessions/" + room.session);
            assertTrue(page.contains("шығуды белгілемеді"));
        }
    }

    @Test
    void theJobRecordsEachExitOnceAndCatchesUpAfterARestart() {
        try (TestServer server = Classroom.server(Map.of())) {
            Classroom room = new Classroom(server);
            Classroom.Listener listener = room.listener("Ахметова");
            room.scan(listener, "in");
            room.at("14:30");
            server.app().runJob(JOB);
            server.app().runJob(JOB);
            assertEquals(List.of("IN", "OUT"), room.marks().stream().map(Classroom.Row::phase).toList());

            Classroom later = new Classroom(server);
            Classroom.Listener other = later.listener("Бекова");
            later.scan(other, "in");
            server.restart();
            later.at("18:00");
            assertTrue(server.app().runJob(JOB));

            assertEquals("NO_EXIT", later.mark(other, "out").status());
            assertEquals(2, room.marks().size(), "the first session is not touched again");
        }
    }

    @Test
    void rejectedAndAbsentArrivalsGetNoExit() {
        try (TestServer server = Classroom.server(Map.of())) {
            Classroom room = new Classroom(server, List.of("10.12.0.0/16"), null, null);
            Classroom.Listener rejected = room.listener("Ахметова");
            Classroom.Listener absent = room.listener("Бекова");
            room.scan(rejected, "in");
            room.scan(absent, "in");
            WebClient teacher = room.teacherWeb();
            teacher.get("/attendance-qr/sessions/" + room.session);
            teacher.post("/attendance-qr/sessions/" + room.session + "/review",
                    Map.of("mark", String.valueOf(room.mark(rejected, "in").id()), "decision", "reject"));
            teacher.post("/attendance-qr/sessions/" + room.session + "/manual", Map.of("student", String.valueOf(absent.id()),
                    "mark", "absent", "reason", "TECHNICAL_FAULT"));
            room.at("15:00");

            server.app().runJob(JOB);

            assertEquals(2, room.marks().size());
        }
    }

    @Test
    void theAutomaticExitDelayIsASetting() {
        try (TestServer server = Classroom.server(Map.of("autoExitMinutes", 30))) {
            Classroom room = new Classroom(server);
            Classroom.Listener listener = room.listener("Ахметова");
            room.scan(listener, "in");
            room.at("14:29");
            server.app().runJob(JOB);
            assertEquals(1, room.marks().size());
            room.at("14:30");
            server.app().runJob(JOB);

            assertEquals(Classroom.utc(Classroom.DAY.atTime(14, 30)), room.mark(listener, "out").markedAt());
        }
    }
}
