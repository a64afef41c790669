package kz.sabaq.attestation.slot;

import static kz.sabaq.attestation.slot.SlotServers.actions;
import static kz.sabaq.attestation.slot.SlotServers.forAll;
import static kz.sabaq.attestation.slot.SlotServers.placed;
import static kz.sabaq.attestation.slot.SlotServers.slotWithTickets;
import static kz.sabaq.attestation.slot.SlotServers.withTicket;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Map;
import kz.sabaq.attestation.tickets.OaFixture;
import kz.sabaq.core.testing.TestServer;
import kz.sabaq.core.testing.WebClient;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** Spec §8 with "students' own choice": place tickets, cancel placement, generate for those who could not choose. */
class PlacementTest {
    static TestServer server;

    @BeforeAll
    static void start() {
        server = SlotServers.start(Map.of("distribution", "self-select"));
    }

    @AfterAll
    static void stop() {
        server.close();
    }

    @Test
    void ticketsArePlacedOnlyOnceTheSlotHasStarted() {
        OaFixture f = new OaFixture(server, 1);
        long slot = slotWithTickets(f, 2);
        f.at("09:59");

        assertEquals(409, f.teacherWeb().get(actions(slot) + "place").status());
        assertEquals(409, forAll(f, slot, "place").status());
        assertEquals(0, placed(f, slot));
    }

    @Test
    void ticketsAreNotPlacedUntilEveryTicketHasQuestions() {
        OaFixture f = new OaFixture(server, 1);
        f.tickets(1);
        f.exec("UPDATE oa_stream SET ticket_count = 2 WHERE stream_id = ?", f.stream);
        long slot = f.slot("10:00", "12:00", f.students);
        f.at("10:10");

        assertEquals(409, forAll(f, slot, "place").status());
        assertEquals(0, placed(f, slot));
    }

    @Test
    void placingShowsTheChosenStudentsTheBlockAndTellsThemWhatToDo() {
        OaFixture f = new OaFixture(server, 3);
        long slot = slotWithTickets(f, 3);
        f.at("10:00");
        WebClient teacher = f.teacherWeb();

        assertEquals(200, teacher.get(actions(slot) + "place").status());
        assertEquals(303, SlotServers.post(teacher, actions(slot) + "place", "student", f.students.subList(0, 2)).status());

        assertEquals(2, placed(f, slot));
        List<String> args = f.strings("SELECT args_json FROM notification WHERE message_key = "
                + "'online-attestation-slot.notification.placed' AND user_id = ?", f.students.get(0));
        assertEquals(1, args.size());
        assertTrue(args.get(0).contains("Сейітқали Нұрлан"), args.get(0));
        assertTrue(args.get(0).contains("20.12.2026 10:00"), args.get(0));
        String page = f.student(0).get("/notifications").body();
        assertTrue(page.contains("Билет нөмірін таңдауыңыз қажет."), page);

        assertEquals(200, teacher.get(actions(slot) + "place").status(), "one student still waits");
        SlotServers.post(teacher, actions(slot) + "place", "student", f.students.subList(2, 3));
        assertEquals(409, teacher.get(actions(slot) + "place").status(), "hidden once all are placed");
        assertEquals(200, teacher.get(actions(slot) + "cancel").status());
        assertEquals(409, teacher.get(actions(slot) + "send").status(), "send is disabled until a student has a ticket");
        assertTrue(SlotServers.offered(teacher, slot).contains("\"href\":\"/online-attestation/slots/" + slot + "/actions/send\",\"enabled\":false"),
                SlotServers.offered(teacher, slot));
    }

    @Test
    void placingTwiceAtOnceNotifiesOnce() {
        OaFixture f = new OaFixture(server, 1);
        long slot = slotWithTickets(f, 1);
        f.at("10:00");
        WebClient teacher = f.teacherWeb();
        teacher.get("/");

        SlotServers.together(2, () -> SlotServers.post(teacher, actions(slot) + "place", "student", f.students).status());

        assertEquals(1, placed(f, slot));
        assertEquals(1, f.number("SELECT COUNT(*) FROM notification WHERE message_key = "
                + "'online-attestation-slot.notification.placed' AND user_id = ?", f.students.get(0)));
    }

    @Test
    void cancellingAsksForConfirmationThenFreesTheTicket() {
        OaFixture f = new OaFixture(server, 2);
        long slot = slotWithTickets(f, 2);
        f.at("10:00");
        WebClient teacher = f.teacherWeb();
        SlotServers.post(teacher, actions(slot) + "place", "student", f.students);
        f.exec("UPDATE oa_sitting SET ticket_number = 1, ticket_pool = 0, ticket_source = 'CHOSEN', ticket_at = NOW() "
                + "WHERE student_id = ?", f.students.get(0));

        WebClient.Page confirm = SlotServers.post(teacher, actions(slot) + "cancel", "student", f.students.subList(0, 1));
        assertEquals(200, confirm.status());
        assertTrue(confirm.contains("name=\"confirmed\""), confirm.body());
        assertEquals(2, placed(f, slot), "nothing changes before the confirmation");

        WebClient.Page done = teacher.post(actions(slot) + "cancel",
                Map.of("student", String.valueOf(f.students.get(0)), "confirmed", "true"));

        assertEquals(303, done.status(), done.body());
        assertEquals(1, placed(f, slot));
        assertEquals(0, withTicket(f, slot));
        assertEquals(200, teacher.get(actions(slot) + "place").status(), "place tickets shows again");
    }

    @Test
    void aStudentWhoseQuestionsWereSentCannotBeCancelled() {
        OaFixture f = new OaFixture(server, 1);
        long slot = slotWithTickets(f, 1);
        f.at("10:00");
        WebClient teacher = f.teacherWeb();
        SlotServers.post(teacher, actions(slot) + "place", "student", f.students);
        f.exec("UPDATE oa_sitting SET ticket_number = 1, ticket_pool = 0, ticket_source = 'CHOSEN', ticket_at = NOW(), "
                + "questions_sent_at = NOW() WHERE student_id = ?", f.students.get(0));

        assertEquals(409, teacher.get(actions(slot) + "cancel").status());
        assertEquals(409, teacher.post(actions(slot) + "cancel",
                Map.of("student", String.valueOf(f.students.get(0)), "confirmed", "true")).status());
        assertEquals(1, placed(f, slot));
        assertEquals(List.of("1"), f.strings("SELECT ticket_number FROM oa_sitting WHERE slot_id = ?", slot));
    }

    @Test
    void withOwnChoiceGenerationStaysOfferedWhileAStudentHasNoTicket() {
        OaFixture f = new OaFixture(server, 2);
        long slot = slotWithTickets(f, 2);
        f.at("10:20");
        f.give(f.students.get(0), 1);
        WebClient teacher = f.teacherWeb();

        WebClient.Page dialog = teacher.get(actions(slot) + "generate");
        assertEquals(200, dialog.status());
        assertTrue(dialog.contains("data-student=\"" + f.students.get(1) + "\""));
        assertEquals(303, SlotServers.post(teacher, actions(slot) + "generate", "student", f.students.subList(1, 2)).status());

        assertEquals(List.of("2"), f.strings("SELECT ticket_number FROM oa_sitting WHERE student_id = ?", f.students.get(1)));
        assertEquals(409, teacher.get(actions(slot) + "generate").status(), "everyone has a ticket");
    }
}
