package kz.sabaq.attendance.online;

import static kz.sabaq.attendance.online.OnlineServer.confirm;
import static kz.sabaq.attendance.online.OnlineServer.confirmTogether;
import static kz.sabaq.attendance.online.OnlineServer.digest;
import static kz.sabaq.attendance.online.OnlineProposalTest.online;
import static kz.sabaq.attendance.online.OnlineProposalTest.proposal;
import static kz.sabaq.attendance.online.OnlineProposalTest.proposed;
import static kz.sabaq.attendance.online.OnlineProposalTest.row;
import static kz.sabaq.attendance.online.OnlineProposalTest.stretch;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import kz.sabaq.api.access.StandardRoles;
import kz.sabaq.api.conference.Participation;
import kz.sabaq.attendance.testing.Classroom;
import kz.sabaq.core.testing.Iins;
import kz.sabaq.core.testing.TestServer;
import kz.sabaq.core.testing.WebClient;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * The automatic exit's "did not mark exit" is the absence of evidence: a departure the trainer
 * later confirms from the platform replaces it (and only it: a scan or the trainer's hand still
 * wins), once however many confirms, with one history row naming the trainer.
 */
class OnlineAutoExitTest {
    private static final String JOB = "attendance-qr.auto-exit";
    static TestServer server;

    @BeforeAll
    static void start() {
        server = OnlineServer.start();
    }

    @AfterAll
    static void stop() {
        server.close();
    }

    private static String out(Classroom room, Classroom.Listener listener) {
        Classroom.Row mark = room.mark(listener, "out");
        return mark.status() + " " + mark.source();
    }

    /** The history rows of departures: before → after, by whom, from where. */
    private static List<String> departures(Classroom room, Classroom.Listener listener) {
        return room.strings("SELECT CONCAT(COALESCE(status_before, '-'), ' > ', status_after, ' by ', changed_by, ' ', "
                + "COALESCE(source, 'HAND')) FROM att_mark_change WHERE session_id = ? AND student_id = ? AND phase = 'OUT' "
                + "ORDER BY id", room.session, listener.id());
    }

    /** The roster row of a listener on the trainer's session page. */
    private static String rosterRow(Classroom room, Classroom.Listener listener) {
        String body = room.teacherWeb().get("/attendance-qr/sessions/" + room.session).body();
        int start = body.indexOf("id=\"listener-" + listener.id() + "\"");
        assertTrue(start >= 0, body);
        return body.substring(start, body.indexOf("</tr>", start));
    }

    @Test
    void aConfirmedDepartureReplacesOnlyTheAutomaticDidNotMarkExit() {
        Classroom room = online(server, "auto-replace");
        Classroom.Listener online = room.listener("Ахметова");
        Classroom.Listener scanned = room.listener("Бекова");
        Classroom.Listener corrected = room.listener("Жұмабаева");
        PlatformLogs.write("auto-replace", List.of(stretch(online.iin(), "13:05", null)));
        room.at("13:09");
        assertEquals(200, room.scan(scanned, "in").status());
        assertEquals(200, room.scan(corrected, "in").status());
        room.at("13:30");
        assertEquals(303, confirm(room.teacherWeb(), room, digest(proposal(room))).status(), "the arrival while connected");
        room.at("14:02");
        assertEquals(200, room.scan(scanned, "out").status());
        room.at("14:15");
        assertTrue(server.app().runJob(JOB));
        assertEquals("NO_EXIT AUTO", out(room, online));
        assertEquals("NO_EXIT AUTO", out(room, corrected));
        room.teacherWeb().get("/attendance-qr/sessions/" + room.session);
        assertEquals(303, room.teacherWeb().post("/attendance-qr/sessions/" + room.session + "/manual", Map.of("student",
                String.valueOf(corrected.id()), "mark", "leftOnTime", "reason", "OTHER", "note", "Соңына дейін болды"))
                .status());
        PlatformLogs.write("auto-replace", List.of(stretch(online.iin(), "13:05", "13:50"),
                stretch(scanned.iin(), "13:09", "13:40"), stretch(corrected.iin(), "13:09", "13:45")));
        room.at("14:20");

        WebClient.Page page = proposal(room);
        assertEquals("onTime 13:05:00 kept | leftEarly 13:50:00", proposed(page, online.id()));
        assertTrue(row(page, online.id()).contains("data-replaces"), "the page says the automatic mark is replaced");
        assertTrue(row(page, online.id()).contains("орнына жазылады"), row(page, online.id()));
        assertEquals("onTime 13:09:00 kept | leftEarly 13:40:00 kept", proposed(page, scanned.id()));
        assertFalse(row(page, scanned.id()).contains("data-replaces"));
        assertEquals("onTime 13:09:00 kept | leftEarly 13:45:00 kept", proposed(page, corrected.id()));
        assertFalse(row(page, corrected.id()).contains("data-replaces"));
        assertTrue(page.contains("Растау (белгілер: 1)"), "one mark to write");

        assertEquals(303, confirm(room.teacherWeb(), room, digest(page)).status());

        Classroom.Row replaced = room.mark(online, "out");
        assertEquals("LEFT_EARLY ONLINE", out(room, online));
        assertEquals(Classroom.utc(Classroom.DAY.atTime(13, 50)), replaced.markedAt(), "the real departure's time");
        assertEquals(List.of("NO_EXIT > LEFT_EARLY by " + room.teacher + " ONLINE"), departures(room, online));
        assertEquals("LEFT_ON_TIME SCAN", out(room, scanned), "a scan wins");
        assertEquals("LEFT_ON_TIME MANUAL", out(room, corrected), "the trainer's hand wins");
        assertEquals(List.of("NO_EXIT > LEFT_ON_TIME by " + room.teacher + " HAND"), departures(room, corrected));
        assertTrue(rosterRow(room, online).contains("data-source=\"online\""));
        assertTrue(proposal(room).contains("Жазатын ештеңе жоқ"), "nothing left to write");
    }

    @Test
    void anAutomaticExitIsNotReplacedWithoutADepartureOrWithoutAnArrivalThatCounts() {
        Classroom room = online(server, "auto-keep");
        Classroom.Listener stillIn = room.listener("Ахметова");
        PlatformLogs.write("auto-keep", List.of(stretch(stillIn.iin(), "13:05", null)));
        room.at("13:30");
        assertEquals(303, confirm(room.teacherWeb(), room, digest(proposal(room))).status());
        room.at("14:15");
        assertTrue(server.app().runJob(JOB));
        room.at("14:20");

        WebClient.Page page = proposal(room);

        assertEquals("onTime 13:05:00 kept | —", proposed(page, stillIn.id()), "still connected: no departure");
        assertFalse(page.contains("data-replaces"));
        assertTrue(page.contains("Жазатын ештеңе жоқ"));
        assertEquals("NO_EXIT AUTO", out(room, stillIn));
    }

    @Test
    void twoConfirmsAtOnceReplaceEachAutomaticExitOnceWithOneHistoryRow() throws Exception {
        Classroom room = online(server, "auto-twice");
        List<Classroom.Listener> listeners = List.of(room.listener("Ахметова"), room.listener("Бекова"),
                room.listener("Жұмабаева"));
        List<Participation> connected = new ArrayList<>();
        List<Participation> left = new ArrayList<>();
        for (Classroom.Listener l : listeners) {
            connected.add(stretch(l.iin(), "13:07", null));
            left.add(stretch(l.iin(), "13:07", "14:01"));
        }
        PlatformLogs.write("auto-twice", connected);
        room.at("13:30");
        assertEquals(303, confirm(room.teacherWeb(), room, digest(proposal(room))).status());
        room.at("14:15");
        assertTrue(server.app().runJob(JOB));
        PlatformLogs.write("auto-twice", left);
        room.at("14:30");
        String iin = Iins.next();
        server.user(iin, "Әкімші", "Үшінші", StandardRoles.ADMINISTRATOR);
        WebClient other = server.client();
        assertEquals(303, other.login(iin).status());
        other.get("/attendance-qr/sessions/" + room.session);
        String digest = digest(proposal(room));

        assertEquals(List.of(303, 303), confirmTogether(room, digest, List.of(room.teacherWeb(), other)));

        for (Classroom.Listener l : listeners) {
            assertEquals("LEFT_ON_TIME ONLINE", out(room, l));
            List<String> history = departures(room, l);
            assertEquals(1, history.size(), history.toString());
            assertTrue(history.get(0).startsWith("NO_EXIT > LEFT_ON_TIME by "), history.toString());
        }
        assertEquals(6, room.marks().size());
    }
}
