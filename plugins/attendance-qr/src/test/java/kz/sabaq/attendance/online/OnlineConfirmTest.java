package kz.sabaq.attendance.online;

import static kz.sabaq.attendance.online.OnlineServer.confirm;
import static kz.sabaq.attendance.online.OnlineServer.confirmTogether;
import static kz.sabaq.attendance.online.OnlineServer.digest;
import static kz.sabaq.attendance.online.OnlineProposalTest.online;
import static kz.sabaq.attendance.online.OnlineProposalTest.proposal;
import static kz.sabaq.attendance.online.OnlineProposalTest.proposed;
import static kz.sabaq.attendance.online.OnlineProposalTest.stretch;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import kz.sabaq.api.access.StandardRoles;
import kz.sabaq.api.attendance.AttendanceAdmission;
import kz.sabaq.attendance.testing.Classroom;
import kz.sabaq.core.testing.Iins;
import kz.sabaq.core.testing.TestServer;
import kz.sabaq.core.testing.WebClient;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * The trainer confirms the platform's proposal: ONLINE marks through the claim-once insert, an
 * existing mark wins, one mark per listener and phase however many confirms, a history row naming
 * the trainer, and nothing written when the platform now reports something else.
 */
class OnlineConfirmTest {
    static TestServer server;

    @BeforeAll
    static void start() {
        server = OnlineServer.start();
    }

    @AfterAll
    static void stop() {
        server.close();
    }

    private static List<String> marks(Classroom room) {
        return room.marks().stream().map(r -> r.studentId() + " " + r.phase() + " " + r.status() + " " + r.source()).toList();
    }

    private static List<String> history(Classroom room) {
        return room.strings("SELECT CONCAT(student_id, ' ', phase, ' ', status_after, ' by ', changed_by, ' ', COALESCE(source, 'HAND')) "
                + "FROM att_mark_change WHERE session_id = ? ORDER BY student_id, phase", room.session);
    }

    @Test
    void confirmedMarksAreWrittenAsOnlineWithTheirTimesAndAHistoryRowNamingTheTrainer() {
        Classroom room = online(server, "confirm");
        Classroom.Listener listener = room.listener("Ахметова");
        PlatformLogs.write("confirm", List.of(stretch(listener.iin(), "13:05", "13:50")));
        room.at("14:05");

        WebClient.Page done = confirm(room.teacherWeb(), room, digest(proposal(room)));

        assertEquals(303, done.status(), done.body());
        assertEquals(List.of(listener.id() + " IN ON_TIME ONLINE", listener.id() + " OUT LEFT_EARLY ONLINE"), marks(room));
        assertEquals(Classroom.utc(Classroom.DAY.atTime(13, 5)), room.mark(listener, "in").markedAt());
        assertEquals(Classroom.utc(Classroom.DAY.atTime(13, 50)), room.mark(listener, "out").markedAt());
        assertEquals(List.of(listener.id() + " IN ON_TIME by " + room.teacher + " ONLINE",
                listener.id() + " OUT LEFT_EARLY by " + room.teacher + " ONLINE"), history(room));
        assertEquals(1, room.strings("SELECT id FROM audit_event WHERE action = 'attendance-qr.online.confirm' AND object = ?",
                "session:" + room.session).size());
        assertTrue(room.teacherWeb().get("/attendance-qr/sessions/" + room.session).contains("data-count=\"leftEarly\">1<"),
                "the roster counts them");
    }

    /** Spec: the attendance of an online class may come from the platform instead of a scan, so the journal's rules apply to it alike. */
    @Test
    void aConfirmedOnlineArrivalCountsInTheJournalAsAScanWould() {
        Classroom room = online(server, "journal");
        Classroom.Listener late = room.listener("Кеш");
        Classroom.Listener justInTime = room.listener("Дер");
        PlatformLogs.write("journal", List.of(stretch(late.iin(), "13:31", "14:00"),
                stretch(justInTime.iin(), "13:30", "14:00")));
        room.at("15:00");

        assertEquals(303, confirm(room.teacherWeb(), room, digest(proposal(room))).status());

        AttendanceAdmission admission = server.app().service(AttendanceAdmission.class).orElseThrow();
        assertEquals(1, admission.of(room.stream, late.id()).absences(), "more than 20 minutes late");
        assertEquals(0, admission.of(room.stream, justInTime.id()).absences());
        assertEquals(1, admission.of(room.stream, justInTime.id()).latenesses());
    }

    @Test
    void theRosterAndTheProposalPageTellAMarkThatCameFromThePlatform() {
        Classroom room = online(server, "pill");
        Classroom.Listener online = room.listener("Ахметова");
        Classroom.Listener scanned = room.listener("Бекова");
        room.at("13:09");
        assertEquals(200, room.scan(scanned, "in").status());
        PlatformLogs.write("pill", List.of(stretch(online.iin(), "13:05", "13:50")));
        room.at("14:05");
        assertEquals(303, confirm(room.teacherWeb(), room, digest(proposal(room))).status());

        String page = room.teacherWeb().get("/attendance-qr/sessions/" + room.session).body();

        assertEquals(2, count(Classroom.rosterRow(page, online.id()), "data-source=\"online\""), "arrival and departure");
        String onlineRow = Classroom.rosterRow(page, online.id());
        assertTrue(onlineRow.contains(">онлайн</span>"), onlineRow);
        assertEquals(0, count(Classroom.rosterRow(page, scanned.id()), "data-source=\"online\""), "a scan is no online mark");
        assertEquals(2, count(OnlineProposalTest.row(proposal(room), online.id()), "data-source=\"online\""),
                "the proposal page's current marks too");
    }

    private static int count(String text, String part) {
        int n = 0;
        for (int i = text.indexOf(part); i >= 0; i = text.indexOf(part, i + 1)) {
            n++;
        }
        return n;
    }

    @Test
    void anExistingScanOrManualMarkWins() {
        Classroom room = online(server, "wins");
        Classroom.Listener scanned = room.listener("Ахметова");
        Classroom.Listener absent = room.listener("Бекова");
        room.at("13:09");
        assertEquals(200, room.scan(scanned, "in").status());
        room.teacherWeb().get("/attendance-qr/sessions/" + room.session);
        assertEquals(303, room.teacherWeb().post("/attendance-qr/sessions/" + room.session + "/manual", Map.of("student",
                String.valueOf(absent.id()), "mark", "absent", "reason", "OTHER", "note", "Сабақта болмады")).status());
        PlatformLogs.write("wins", List.of(stretch(scanned.iin(), "13:26", "14:01"), stretch(absent.iin(), "13:05", "14:02")));
        room.at("14:05");

        WebClient.Page page = proposal(room);
        assertEquals("veryLate 13:26:00 kept | leftOnTime 14:01:00", proposed(page, scanned.id()), "the scan stays");
        assertEquals("onTime 13:05:00 kept | leftOnTime 14:02:00 kept", proposed(page, absent.id()),
                "no departure for an arrival marked absent");
        assertEquals(303, confirm(room.teacherWeb(), room, digest(page)).status());

        assertEquals(List.of(scanned.id() + " IN ON_TIME SCAN", absent.id() + " IN ABSENT MANUAL",
                scanned.id() + " OUT LEFT_ON_TIME ONLINE"), marks(room));
        assertEquals(List.of(scanned.id() + " OUT LEFT_ON_TIME by " + room.teacher + " ONLINE"),
                history(room).stream().filter(h -> h.endsWith("ONLINE")).toList());
    }

    @Test
    void aDoubleClickOrTwoTrainersConfirmingAtOnceWriteOneMarkPerListenerAndPhase() throws Exception {
        Classroom room = online(server, "twice");
        List<Classroom.Listener> listeners = List.of(room.listener("Ахметова"), room.listener("Бекова"),
                room.listener("Жұмабаева"));
        List<kz.sabaq.api.conference.Participation> log = new ArrayList<>();
        for (Classroom.Listener l : listeners) {
            log.add(stretch(l.iin(), "13:07", "14:01"));
        }
        PlatformLogs.write("twice", log);
        room.at("14:05");
        String iin = Iins.next();
        server.user(iin, "Әкімші", "Екінші", StandardRoles.ADMINISTRATOR);
        WebClient other = server.client();
        assertEquals(303, other.login(iin).status());
        String digest = digest(proposal(room));
        other.get("/attendance-qr/sessions/" + room.session);

        assertEquals(List.of(303, 303), confirmTogether(room, digest, List.of(room.teacherWeb(), other)));
        assertEquals(303, confirm(room.teacherWeb(), room, digest).status(), "a third click");

        assertEquals(6, room.marks().size());
        assertEquals(6, marks(room).stream().distinct().count());
        assertEquals(6, history(room).size(), "one history row per mark written");
    }

    @Test
    void aConfirmAfterThePlatformReportsSomethingElseWritesNothing() {
        Classroom room = online(server, "changed");
        Classroom.Listener listener = room.listener("Ахметова");
        PlatformLogs.write("changed", List.of(stretch(listener.iin(), "13:05", "14:01")));
        room.at("14:05");
        String seen = digest(proposal(room));
        PlatformLogs.write("changed", List.of(stretch(listener.iin(), "13:26", "14:01")));

        WebClient.Page refused = confirm(room.teacherWeb(), room, seen);

        assertEquals(409, refused.status());
        assertTrue(refused.contains("Жаңа ұсынысты қарап"), refused.body());
        assertEquals(List.of(), room.marks());
        assertEquals(List.of(), history(room));
        assertEquals(303, confirm(room.teacherWeb(), room, digest(proposal(room))).status(), "the new proposal confirmed");
        assertEquals("VERY_LATE", room.mark(listener, "in").status());
    }

    @Test
    void aListenerOutsideTheSessionsGroupsIsNeverMarked() {
        Classroom room = online(server, "outsider");
        Classroom.Listener listener = room.listener("Ахметова");
        Classroom.Listener outsider = room.listener("Бөтен", room.academic.group("СЫРТ-" + room.session));
        PlatformLogs.write("outsider", List.of(stretch(listener.iin(), "13:05", "14:01"),
                stretch(outsider.iin(), "13:05", "14:01"), stretch(String.valueOf(outsider.id()), "13:05", "14:01")));
        room.at("14:05");

        assertEquals(303, confirm(room.teacherWeb(), room, digest(proposal(room))).status());

        assertEquals(List.of(listener.id() + " IN ON_TIME ONLINE", listener.id() + " OUT LEFT_ON_TIME ONLINE"), marks(room));
        assertEquals(List.of(), room.strings("SELECT id FROM att_mark WHERE student_id = ?", outsider.id()));
    }
}
