package kz.sabaq.attendance.online;

import static kz.sabaq.attendance.online.OnlineServer.at;
import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Instant;
import java.util.List;
import kz.sabaq.api.conference.Participation;
import kz.sabaq.attendance.testing.Classroom;
import kz.sabaq.core.testing.TestServer;
import kz.sabaq.core.testing.WebClient;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * "Propose from the platform": participants matched by IIN or user id only, stretches merged, and
 * the statuses a scan at the earliest join and the latest leave would get (13:10–14:00 class,
 * default settings: on time up to the start, very late after 15 minutes).
 */
class OnlineProposalTest {
    static TestServer server;

    @BeforeAll
    static void start() {
        server = OnlineServer.start();
    }

    @AfterAll
    static void stop() {
        server.close();
    }

    /** A class whose conference is the room {@code log} of the logged platform. */
    static Classroom online(TestServer server, String log) {
        Classroom room = new Classroom(server);
        assertEquals(303, OnlineConferenceTest.set(room.teacherWeb(), room.session, log, "https://meet.example.kz/" + log, "")
                .status());
        return room;
    }

    static Participation stretch(String participant, String joined, String left) {
        return new Participation(participant, at(joined), left == null ? null : at(left));
    }

    static WebClient.Page proposal(Classroom room) {
        WebClient.Page page = room.teacherWeb().get("/attendance-qr/sessions/" + room.session + "/online/proposal");
        assertEquals(200, page.status(), page.body());
        return page;
    }

    /** The proposal's row of one listener. */
    static String row(WebClient.Page page, long studentId) {
        String body = page.body();
        int start = body.indexOf("id=\"proposal-" + studentId + "\"");
        assertTrue(start >= 0, "no row of " + studentId);
        return body.substring(start, body.indexOf("</tr>", start));
    }

    /** The proposed arrival and departure cells of a row, e.g. {@code onTime 13:05:00 | leftEarly 13:50:00}. */
    static String proposed(WebClient.Page page, long studentId) {
        String row = row(page, studentId);
        return cell(row, "data-proposed-in") + " | " + cell(row, "data-proposed-out");
    }

    private static String cell(String row, String marker) {
        int start = row.indexOf(marker);
        String cell = row.substring(start, row.indexOf("</td>", start));
        if (!cell.contains("data-status=\"")) {
            return "—";
        }
        int s = cell.indexOf("data-status=\"") + 13;
        int t = cell.indexOf("<time>") + 6;
        return cell.substring(s, cell.indexOf('"', s)) + " " + cell.substring(t, cell.indexOf("</time>", t))
                + (cell.contains("data-kept") ? " kept" : "");
    }

    @Test
    void participantsAreRecognisedByIinOrByUserIdAndNeverByName() {
        Classroom room = online(server, "match");
        Classroom.Listener byIin = room.listener("Ахметова");
        Classroom.Listener byId = room.listener("Бекова");
        Classroom.Listener byName = room.listener("Жұмабаева");
        Classroom.Listener outsider = room.listener("Бөтен", room.academic.group("БӨТЕН-" + room.session));
        PlatformLogs.write("match", List.of(
                stretch(byIin.iin(), "13:05", "14:01"),
                stretch(" " + byId.id() + " ", "13:06", "14:02"),
                stretch("Жұмабаева Айжан", "13:07", "14:03"),
                stretch(outsider.iin(), "13:08", "14:04"),
                stretch(String.valueOf(outsider.id()), "13:08", "14:04")));

        WebClient.Page page = proposal(room);

        assertTrue(page.contains("Журналы бар платформа"), "the page names the platform that reported the activity");
        assertEquals("onTime 13:05:00 | leftOnTime 14:01:00", proposed(page, byIin.id()));
        assertEquals("onTime 13:06:00 | leftOnTime 14:02:00", proposed(page, byId.id()));
        assertEquals("— | —", proposed(page, byName.id()), "a display name is not guessed");
        assertFalse(page.contains("id=\"proposal-" + outsider.id() + "\""), "not a listener of the session's groups");
        assertTrue(page.contains("<strong>Жұмабаева Айжан</strong>"), "listed as unmatched");
        assertTrue(page.contains("<strong>" + outsider.iin() + "</strong>"), page.body());
        assertTrue(page.contains("<strong>" + outsider.id() + "</strong>"));
    }

    @Test
    void statusesFollowTheEarliestJoinAndTheLatestLeaveAsForScans() {
        Classroom room = online(server, "statuses");
        Classroom.Listener onTime = room.listener("Ахметова");
        Classroom.Listener late = room.listener("Бекова");
        Classroom.Listener veryLate = room.listener("Жұмабаева");
        PlatformLogs.write("statuses", List.of(
                stretch(onTime.iin(), "13:10", "14:00"),
                stretch(late.iin(), "13:20", "13:50"),
                stretch(veryLate.iin(), "13:26", "14:05")));

        WebClient.Page page = proposal(room);

        assertEquals("onTime 13:10:00 | leftOnTime 14:00:00", proposed(page, onTime.id()), "at the start, at the end");
        assertEquals("late 13:20:00 | leftEarly 13:50:00", proposed(page, late.id()));
        assertEquals("veryLate 13:26:00 | leftOnTime 14:05:00", proposed(page, veryLate.id()));
        assertArrayEquals(new Instant[] {at("13:10"), at("14:00")}, PlatformLogs.asked("statuses"),
                "the platform is told the class's own times");
    }

    @Test
    void severalStretchesOfOneListenerAreMergedAcrossIinAndUserId() {
        Classroom room = online(server, "merge");
        Classroom.Listener rejoined = room.listener("Ахметова");
        Classroom.Listener stillIn = room.listener("Бекова");
        Classroom.Listener afterTheEnd = room.listener("Жұмабаева");
        PlatformLogs.write("merge", List.of(
                stretch(rejoined.iin(), "13:40", "13:45"),
                stretch(rejoined.iin(), "13:16", "14:03"),
                stretch(String.valueOf(rejoined.id()), "13:08", "13:15"),
                stretch(stillIn.iin(), "13:02", "13:30"),
                stretch(stillIn.iin(), "13:31", null),
                stretch(afterTheEnd.iin(), "14:05", "14:10"),
                stretch(afterTheEnd.iin(), "12:00", "12:30")));

        WebClient.Page page = proposal(room);

        assertEquals("onTime 13:08:00 | leftOnTime 14:03:00", proposed(page, rejoined.id()));
        assertEquals("onTime 13:02:00 | —", proposed(page, stillIn.id()), "no departure while still connected");
        assertEquals("— | —", proposed(page, afterTheEnd.id()), "joining only after the end, or long before, is no arrival");
    }

    @Test
    void withoutAConferenceOrWithAFailingPlatformThereIsNoProposal() {
        Classroom room = new Classroom(server);
        assertEquals(409, room.teacherWeb().get("/attendance-qr/sessions/" + room.session + "/online/proposal").status());

        Classroom broken = online(server, "broken");
        WebClient.Page page = broken.teacherWeb().get("/attendance-qr/sessions/" + broken.session + "/online/proposal");
        assertEquals(502, page.status());
        assertTrue(page.contains("белсенділік деректерін бермеді"), page.body());
    }
}
