package kz.sabaq.attestation.exam;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import kz.sabaq.api.access.StandardRoles;
import kz.sabaq.api.web.QuickAnswer;
import kz.sabaq.api.web.QuickRoute;
import kz.sabaq.api.web.View;
import kz.sabaq.api.web.Viewer;
import kz.sabaq.attestation.OnlineAttestationModule;
import kz.sabaq.core.testing.Iins;
import kz.sabaq.core.testing.TestQuickRequest;
import kz.sabaq.core.testing.TestServer;
import kz.sabaq.core.testing.TestViewer;
import kz.sabaq.core.testing.WebClient;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** The final control page: who opens it, its header, the ticket questions. */
class ExamPageTest {
    static TestServer server;

    @BeforeAll
    static void start() {
        server = ExamRoom.server(Map.of());
    }

    @AfterAll
    static void stop() {
        server.close();
    }

    @Test
    void theStudentSeesTheirFinalControlsAndOpensOne() {
        ExamRoom room = new ExamRoom(server, true);
        ExamRoom.Student s = room.student("Ахметова");

        WebClient.Page mine = s.web().get("/online-attestation/mine");
        assertEquals(200, mine.status(), mine.body());
        assertTrue(mine.contains("href=\"" + s.page() + "\""), mine.body());

        WebClient.Page page = s.web().get(s.page());
        assertEquals(200, page.status(), page.body());
        assertTrue(page.contains("15.01.2027"), page.body());
        assertTrue(page.contains("10:00") && page.contains("12:00"));
        assertTrue(page.contains("Сейітқали Нұрлан"), "the teacher");
    }

    @Test
    void theStudentsOwnPageIsAnsweredByTheModulesQuickRouteAndEveryOtherViewIsLeftToTheResource() {
        ExamRoom room = new ExamRoom(server, true);
        ExamRoom.Student s = room.student("Ахметова");
        ExamRoom.Student other = room.student("Бекова");
        QuickRoute route = server.app().quickRoutes().stream()
                .filter(r -> r.prefix().startsWith("/online-attestation/") && !r.takesPosts()).findFirst().orElseThrow();
        Viewer student = TestViewer.holding(s.id(), Locale.forLanguageTag("kk"), Set.of(OnlineAttestationModule.SIT));
        room.sql("DELETE FROM oa_presence WHERE student_id = ?", s.id());

        QuickAnswer own = route.answer(new TestQuickRequest("GET", s.page(), student, Map.of("saved", "draft")))
                .orElseThrow();

        View page = (View) own.page();
        assertEquals(200, own.status());
        assertEquals("online-attestation/exam-page", page.template(), "the page the resource shows");
        assertEquals(List.of(String.valueOf(s.id())),
                room.strings("SELECT student_id FROM oa_presence WHERE student_id = ?", s.id()), "presence recorded");
        assertEquals(Optional.empty(), route.answer(TestQuickRequest.get(other.page(), student)), "another's page: refused by the resource");
        assertEquals(Optional.empty(), route.answer(TestQuickRequest.post(s.page(), student)));
        assertEquals(Optional.empty(), route.answer(TestQuickRequest.get(s.page() + "/files/1", student)));
        Viewer withoutSitting = TestViewer.holding(s.id(), Locale.forLanguageTag("kk"), Set.of());
        assertEquals(Optional.empty(), route.answer(TestQuickRequest.get(s.page(), withoutSitting)));
    }

    @Test
    void anotherStudentAndAnotherTeacherCannotOpenThePage() {
        ExamRoom room = new ExamRoom(server, true);
        ExamRoom.Student s = room.student("Ахметова");
        ExamRoom.Student other = room.student("Бекова");
        String iin = Iins.next();
        server.user(iin, "Басқа", "Оқытушы", StandardRoles.TEACHER);
        WebClient teacher = server.client();
        teacher.login(iin);

        assertEquals(403, other.web().get(s.page()).status());
        assertEquals(403, teacher.get(s.page()).status());
        assertEquals(200, room.teacherWeb().get(s.page()).status());
    }

    @Test
    void theTicketNumberShowsOnlyOnceTheSlotTimeHasCome() {
        ExamRoom room = new ExamRoom(server, true);
        ExamRoom.Student s = room.student("Ахметова");
        room.ticketSent(s, 7, "<p>Сұрақ</p>");

        assertFalse(s.web().get(s.page()).contains("data-oa-ticket"));
        room.at("10:01");
        assertTrue(s.web().get(s.page()).body().contains("data-oa-ticket>7<"));
    }

    @Test
    void beforeSendingTheQuestionsTheStudentIsAskedToWait() {
        ExamRoom room = new ExamRoom(server, true);
        ExamRoom.Student s = room.student("Ахметова");
        room.ticketSent(s, 3, "<p>Бірінші сұрақ</p>");
        room.sql("UPDATE oa_sitting SET questions_sent_at = NULL WHERE student_id = ?", s.id());
        room.at("10:05");
        s.web().get(s.page());

        WebClient.Page asked = s.web().post(s.page() + "/questions", Map.of());
        assertEquals(303, asked.status());
        WebClient.Page page = s.web().get(asked.location());

        assertTrue(page.contains("Күте тұрыңыз. Сұрақтар әлі жіберілген жоқ"), page.body());
        assertFalse(page.contains("Бірінші сұрақ"));
        assertNull(room.sitting(s, "questions_viewed_at"));
    }

    @Test
    void afterSendingTheQuestionsShowSanitisedAndTheFirstViewIsRecorded() {
        ExamRoom room = new ExamRoom(server, true);
        ExamRoom.Student s = room.student("Ахметова");
        room.ticketSent(s, 3, "<p>Бірінші сұрақ</p><script>alert(1)</script><img src=x onerror=alert(2)>");
        room.at("10:05");
        s.web().get(s.page());

        s.web().post(s.page() + "/questions", Map.of());
        WebClient.Page page = s.web().get(s.page());

        assertTrue(page.contains("<p>Бірінші сұрақ</p>"), page.body());
        assertFalse(page.contains("alert(1)") || page.contains("onerror"));
        assertTrue(page.contains("data-oa-answer"), "the answers block shows");
        String first = room.sitting(s, "questions_viewed_at");
        assertNotNull(first);
        room.at("10:20");
        s.web().post(s.page() + "/questions", Map.of());
        assertEquals(first, room.sitting(s, "questions_viewed_at"), "only the first view is recorded");
    }

    @Test
    void theTicketFileIsNotServedBeforeTheQuestionsAreSent() {
        ExamRoom room = new ExamRoom(server, true);
        ExamRoom.Student s = room.student("Ахметова");
        room.ticketSent(s, 2, "<p>Q</p>");
        room.sql("UPDATE oa_ticket SET file_name = 'q.pdf', file_key = 'k-nonexistent', file_type = 'application/pdf', "
                + "file_size = 10 WHERE stream_id = ? AND number = 2", room.stream);
        room.sql("UPDATE oa_sitting SET questions_sent_at = NULL WHERE student_id = ?", s.id());

        assertEquals(403, s.web().get("/online-attestation/streams/" + room.stream + "/tickets/2/file").status());
    }

    @Test
    void theTicketFileGoesToItsHolderAfterSendingAndToStaffButToNoOtherStudent() throws Exception {
        ExamRoom room = new ExamRoom(server, true);
        ExamRoom.Student s = room.student("Ахметова");
        ExamRoom.Student other = room.student("Бекова");
        room.ticketSent(s, 5, "<p>Q</p>");
        String key = "0a" + "1b2c3d4e5f60718293a4b5c6d7e8f9".substring(0, 30);
        java.nio.file.Path file = java.nio.file.Path.of(server.config().uploadsDir, "online-attestation", key.substring(0, 2), key);
        java.nio.file.Files.createDirectories(file.getParent());
        java.nio.file.Files.writeString(file, "%PDF-1.4 билет");
        room.sql("UPDATE oa_ticket SET file_name = 'билет-5.pdf', file_key = ?, file_type = 'application/pdf', "
                + "file_size = ? WHERE stream_id = ? AND number = 5", key, java.nio.file.Files.size(file), room.stream);
        room.at("10:05");
        s.web().post(s.page() + "/questions", Map.of());
        String href = "/online-attestation/streams/" + room.stream + "/tickets/5/file";
        assertTrue(s.web().get(s.page()).contains("href=\"" + href + "\""), "the file's name links to it");

        java.net.http.HttpResponse<String> own = s.web().http().send(java.net.http.HttpRequest.newBuilder(
                java.net.URI.create(s.web().url(href))).header("Accept", "*/*").GET().build(),
                java.net.http.HttpResponse.BodyHandlers.ofString());
        assertEquals(200, own.statusCode());
        assertEquals("%PDF-1.4 билет", own.body());
        assertEquals(403, other.web().get(href).status());
        room.teacherWeb().get(s.page());
        assertEquals(200, room.teacherWeb().http().send(java.net.http.HttpRequest.newBuilder(
                java.net.URI.create(room.teacherWeb().url(href))).header("Accept", "*/*").GET().build(),
                java.net.http.HttpResponse.BodyHandlers.discarding()).statusCode());
    }

    @Test
    void theChooseATicketBlockShowsToAPlacedStudentWithoutATicket() {
        ExamRoom room = new ExamRoom(server, true);
        ExamRoom.Student s = room.student("Ахметова");
        room.at("10:00");
        assertFalse(s.web().get(s.page()).contains("data-oa-tiles"));

        room.sql("UPDATE oa_sitting SET placed_at = NOW(3) WHERE student_id = ?", s.id());
        WebClient.Page page = s.web().get(s.page());

        assertTrue(page.contains("data-oa-tiles=\"/online-attestation/streams/" + room.stream + "/tiles\""), page.body());
        assertFalse(room.teacherWeb().get(s.page()).contains("data-oa-tiles"), "staff do not choose");
    }

    @Test
    void theConductPlatformShowsItsJoinLinkAndRecordingsOnlyWhenAllowed() {
        ExamRoom room = new ExamRoom(server, true);
        ExamRoom.Student s = room.student("Ахметова");
        room.sql("UPDATE oa_slot SET platform = 'unknown-platform', platform_values = ?, has_recording = TRUE WHERE id = ?",
                "{\"login\":\"exam\",\"link\":\"https://meet.example/x\"}", room.slot);
        room.attestation.recording(room.slot, "https://video.example/r1", room.teacher);

        WebClient.Page page = s.web().get(s.page());
        assertTrue(page.contains("id=\"platform\""), page.body());
        assertFalse(page.contains("video.example/r1"));

        room.sql("UPDATE oa_slot SET show_recording = TRUE WHERE id = ?", room.slot);
        assertTrue(s.web().get(s.page()).contains("https://video.example/r1"));
    }
}
