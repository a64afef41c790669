package kz.sabaq.attestation.slot;

import static kz.sabaq.attestation.slot.SlotServers.actions;
import static kz.sabaq.attestation.slot.SlotServers.forAll;
import static kz.sabaq.attestation.slot.SlotServers.placed;
import static kz.sabaq.attestation.slot.SlotServers.sent;
import static kz.sabaq.attestation.slot.SlotServers.slotWithTickets;
import static kz.sabaq.attestation.slot.SlotServers.withTicket;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Map;
import kz.sabaq.api.access.StandardRoles;
import kz.sabaq.attestation.tickets.OaFixture;
import kz.sabaq.core.testing.TestServer;
import kz.sabaq.core.testing.WebClient;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * Spec §8 through the server, with random generation: send notification, generate ticket numbers,
 * send questions; each refused request changes nothing.
 */
class SlotActionsTest {
    static TestServer server;

    @BeforeAll
    static void start() {
        server = SlotServers.start(Map.of());
    }

    @AfterAll
    static void stop() {
        server.close();
    }

    @Test
    void anActionAndItsDialogLeadBackToTheSlotsTab() {
        OaFixture f = new OaFixture(server, 1);
        long slot = f.slot("10:00", "12:00", f.students);
        f.at("08:00");
        WebClient teacher = f.teacherWeb();
        String tab = "/online-attestation/streams/" + f.stream + "#slot-" + slot;

        assertTrue(teacher.get(actions(slot) + "notify").contains("href=\"" + tab + "\""), "the dialog's way back");
        String location = teacher.post(actions(slot) + "notify", Map.of()).headers().firstValue("Location").orElseThrow();
        assertTrue(location.endsWith(tab), location);
    }

    @Test
    void theNotificationGoesToEveryStudentOfTheSlotOnce() {
        OaFixture f = new OaFixture(server, 3);
        long slot = f.slot("10:00", "12:00", f.students.subList(0, 2));
        f.at("08:00");
        WebClient teacher = f.teacherWeb();

        assertEquals(200, teacher.get(actions(slot) + "notify").status());
        WebClient.Page sent = teacher.post(actions(slot) + "notify", Map.of());

        assertEquals(303, sent.status(), sent.body());
        assertEquals("/online-attestation/streams/" + f.stream, sent.location().replaceAll("#.*", ""));
        List<String> args = f.strings("SELECT args_json FROM notification WHERE message_key = "
                + "'online-attestation-slot.notification.scheduled' AND user_id IN (?, ?, ?) ORDER BY user_id",
                f.students.get(0), f.students.get(1), f.students.get(2));
        assertEquals(2, args.size());
        assertTrue(args.get(0).contains("20.12.2026 10:00"), args.get(0));
        assertEquals(409, teacher.get(actions(slot) + "notify").status(), "hidden once sent");
        assertEquals(409, teacher.post(actions(slot) + "notify", Map.of()).status());
        assertEquals(2, f.number("SELECT COUNT(*) FROM notification WHERE message_key = "
                + "'online-attestation-slot.notification.scheduled' AND user_id IN (?, ?)", f.students.get(0), f.students.get(1)));
    }

    @Test
    void theNotificationIsOfferedAgainOnceTheStartChanged() {
        OaFixture f = new OaFixture(server, 1);
        long slot = f.slot("10:00", "12:00", f.students);
        WebClient teacher = f.teacherWeb();
        teacher.post(actions(slot) + "notify", Map.of());

        f.exec("UPDATE oa_slot SET notified_at = NULL WHERE id = ?", slot);

        assertEquals(200, teacher.get(actions(slot) + "notify").status());
    }

    @Test
    void theStudentReadsTheNotificationInKazakh() {
        OaFixture f = new OaFixture(server, 1);
        long slot = f.slot("10:00", "12:00", f.students);
        f.teacherWeb().post(actions(slot) + "notify", Map.of());

        String page = f.student(0).get("/notifications").body();

        assertTrue(page.matches("(?s).*«Пән \\d+» пәні бойынша қорытынды бақылауды өткізу күні мен уақыты белгіленді: "
                + "\\d\\d\\.\\d\\d\\.\\d{4} .*"), "the discipline first, then the date and time: " + page);
    }

    @Test
    void twoNotificationsAtOnceNotifyOnce() {
        OaFixture f = new OaFixture(server, 2);
        long slot = f.slot("10:00", "12:00", f.students);
        WebClient teacher = f.teacherWeb();
        teacher.get("/");

        List<Integer> statuses = SlotServers.together(2, () -> teacher.post(actions(slot) + "notify", Map.of()).status());

        assertEquals(List.of(303, 409), statuses);
        assertEquals(2, f.number("SELECT COUNT(*) FROM notification WHERE message_key = "
                + "'online-attestation-slot.notification.scheduled' AND user_id IN (?, ?)", f.students.get(0), f.students.get(1)));
    }

    @Test
    void readModeAndAnotherTeacherCannotRunActions() {
        OaFixture f = new OaFixture(server, 1);
        long slot = f.slot("10:00", "12:00", f.students);
        WebClient head = f.person(StandardRoles.HEAD_OF_DEPARTMENT);
        WebClient other = f.person(StandardRoles.TEACHER);

        assertEquals(403, head.get(actions(slot) + "notify").status());
        assertEquals(403, head.post(actions(slot) + "notify", Map.of()).status());
        assertEquals(403, other.post(actions(slot) + "notify", Map.of()).status());
        assertEquals(403, other.get(actions(slot) + "platform").status());
        assertEquals(0, f.number("SELECT COUNT(*) FROM oa_slot WHERE id = ? AND notified_at IS NOT NULL", slot));
    }

    @Test
    void generatingGivesTheChosenStudentsDifferentTickets() {
        OaFixture f = new OaFixture(server, 3);
        long slot = slotWithTickets(f, 5);
        f.at("09:00");
        WebClient teacher = f.teacherWeb();

        WebClient.Page dialog = teacher.get(actions(slot) + "generate");
        assertEquals(200, dialog.status(), dialog.body());
        assertTrue(dialog.contains("data-student=\"" + f.students.get(2) + "\""));
        WebClient.Page done = SlotServers.post(teacher, actions(slot) + "generate", "student", f.students.subList(0, 2));

        assertEquals(303, done.status(), done.body());
        List<String> numbers = f.strings("SELECT ticket_number FROM oa_sitting WHERE slot_id = ? AND ticket_number IS NOT NULL",
                slot);
        assertEquals(2, numbers.size());
        assertNotEquals(numbers.get(0), numbers.get(1));
        assertEquals(0, f.number("SELECT COUNT(*) FROM oa_sitting WHERE student_id = ? AND ticket_number IS NOT NULL",
                f.students.get(2)));
    }

    @Test
    void generatingIsRefusedOnAnotherDay() {
        OaFixture f = new OaFixture(server, 1);
        long slot = slotWithTickets(f, 2);
        f.server.clock().set(OaFixture.utc(OaFixture.DAY.minusDays(1).atTime(15, 0)));

        assertEquals(409, f.teacherWeb().get(actions(slot) + "generate").status());
        WebClient.Page refused = forAll(f, slot, "generate");
        assertEquals(409, refused.status());
        assertTrue(refused.contains("қорытынды бақылау күні"), refused.body());
        assertEquals(0, withTicket(f, slot));
    }

    @Test
    void generatingIsRefusedUntilEveryTicketHasQuestions() {
        OaFixture f = new OaFixture(server, 1);
        f.tickets(2);
        f.exec("UPDATE oa_stream SET ticket_count = 3 WHERE stream_id = ?", f.stream);
        long slot = f.slot("10:00", "12:00", f.students);
        f.at("10:00");

        assertEquals(409, forAll(f, slot, "generate").status());
        assertEquals(0, withTicket(f, slot));
    }

    @Test
    void generatingIsRefusedWithoutASavedCount() {
        OaFixture f = new OaFixture(server, 1);
        long slot = f.slot("10:00", "12:00", f.students);
        f.at("10:00");

        assertEquals(409, forAll(f, slot, "generate").status());
    }

    @Test
    void generatingIsRefusedWithoutTickets() {
        OaFixture f = new OaFixture(server, 1);
        f.tickets(2);
        f.exec("UPDATE oa_stream SET by_ticket = FALSE WHERE stream_id = ?", f.stream);
        long slot = f.slot("10:00", "12:00", f.students);
        f.at("10:00");

        assertEquals(409, forAll(f, slot, "generate").status());
        assertEquals(0, withTicket(f, slot));
    }

    @Test
    void aStudentWhoHasATicketGetsNoSecond() {
        OaFixture f = new OaFixture(server, 2);
        long slot = slotWithTickets(f, 3);
        f.give(f.students.get(0), 2);
        f.at("10:00");

        assertEquals(409, forAll(f, slot, "generate").status());
        assertEquals(List.of("2"), f.strings("SELECT ticket_number FROM oa_sitting WHERE slot_id = ? AND ticket_number IS NOT NULL",
                slot));
    }

    @Test
    void twoGenerationsAtOnceGiveEachStudentOneTicket() {
        OaFixture f = new OaFixture(server, 2);
        long slot = slotWithTickets(f, 4);
        f.at("10:00");
        WebClient teacher = f.teacherWeb();
        teacher.get("/");

        SlotServers.together(2, () -> SlotServers.post(teacher, actions(slot) + "generate", "student", f.students).status());

        List<String> numbers = f.strings("SELECT ticket_number FROM oa_sitting WHERE slot_id = ? AND ticket_number IS NOT NULL",
                slot);
        assertEquals(2, numbers.size());
        assertNotEquals(numbers.get(0), numbers.get(1));
    }

    @Test
    void questionsAreSentFromTheStartToChosenStudentsWithATicket() {
        OaFixture f = new OaFixture(server, 3);
        long slot = slotWithTickets(f, 3);
        f.give(f.students.get(0), 1);
        f.give(f.students.get(1), 2);
        f.at("09:59");
        WebClient teacher = f.teacherWeb();

        assertEquals(409, SlotServers.post(teacher, actions(slot) + "send", "student", f.students.subList(0, 1)).status());
        f.at("10:00");
        assertEquals(409, SlotServers.post(teacher, actions(slot) + "send", "student", f.students.subList(2, 3)).status(),
                "a student without a ticket is not listed");
        assertEquals(303, SlotServers.post(teacher, actions(slot) + "send", "student", f.students.subList(0, 1)).status());

        assertEquals(List.of(String.valueOf(f.students.get(0))),
                f.strings("SELECT student_id FROM oa_sitting WHERE slot_id = ? AND questions_sent_at IS NOT NULL", slot));
    }

    @Test
    void sendingToAllReachesEveryoneWithATicketAndTheButtonHidesWhenAllWereSent() {
        OaFixture f = new OaFixture(server, 2);
        long slot = slotWithTickets(f, 2);
        f.give(f.students.get(0), 1);
        f.give(f.students.get(1), 2);
        f.at("10:30");
        WebClient teacher = f.teacherWeb();

        assertEquals(303, teacher.post(actions(slot) + "send", Map.of("all", "true")).status());

        assertEquals(2, sent(f, slot));
        assertEquals(409, teacher.get(actions(slot) + "send").status());
    }

    @Test
    void sendingIsRefusedOnAnotherDayAndWithoutTickets() {
        OaFixture f = new OaFixture(server, 1);
        long slot = slotWithTickets(f, 1);
        f.at("10:30");
        assertEquals(409, f.teacherWeb().post(actions(slot) + "send", Map.of("all", "true")).status(), "no ticket yet");
        f.give(f.students.get(0), 1);
        f.server.clock().set(OaFixture.utc(OaFixture.DAY.plusDays(1).atTime(10, 30)));

        assertEquals(409, f.login(f.teacherIin).post(actions(slot) + "send", Map.of("all", "true")).status());
        assertEquals(0, sent(f, slot));
    }

    @Test
    void placingIsRefusedWhenStudentsDoNotChoose() {
        OaFixture f = new OaFixture(server, 1);
        long slot = slotWithTickets(f, 1);
        f.at("10:30");

        assertEquals(409, forAll(f, slot, "place").status());
        assertEquals(0, placed(f, slot));
    }

    @Test
    void theTabOffersOnlyTheActionsWhoseConditionsHold() {
        OaFixture f = new OaFixture(server, 2);
        long slot = slotWithTickets(f, 2);
        f.at("09:00");
        WebClient teacher = f.teacherWeb();

        String offered = SlotServers.offered(teacher, slot);
        assertTrue(offered.contains("/actions/notify"), offered);
        assertTrue(offered.contains("/actions/platform"), offered);
        assertTrue(offered.contains("/actions/generate"), offered);
        assertTrue(offered.contains("\"href\":\"/online-attestation/slots/" + slot + "/actions/send\",\"enabled\":false"), offered);
        assertTrue(!offered.contains("/actions/place") && !offered.contains("/actions/cancel"), offered);

        teacher.post(actions(slot) + "notify", Map.of());
        assertTrue(!SlotServers.offered(teacher, slot).contains("/actions/notify"));
        assertEquals("{\"actions\":[]}", SlotServers.offered(f.person(StandardRoles.HEAD_OF_DEPARTMENT), slot));
    }

    @Test
    void anUnknownSlotIsNotFound() {
        OaFixture f = new OaFixture(server, 1);
        assertEquals(404, f.teacherWeb().get(actions(987654321L) + "notify").status());
    }
}
