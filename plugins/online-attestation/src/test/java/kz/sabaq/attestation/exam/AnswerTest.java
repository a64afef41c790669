package kz.sabaq.attestation.exam;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.URI;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import kz.sabaq.core.testing.TestServer;
import kz.sabaq.core.testing.WebClient;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * The answers block: drafts, files, "Send answer". Each condition under which the page offers the
 * button is enforced by the server too, with a translated error and nothing changed.
 */
class AnswerTest {
    private static final String ENOUGH = "<p>Менің жауабым осы</p>";
    static TestServer server;

    @BeforeAll
    static void start() {
        server = ExamRoom.server(Map.of("answerMaxMb", 1));
    }

    @AfterAll
    static void stop() {
        server.close();
    }

    /** A student who has viewed the ticket's questions at 10:05. */
    private static ExamRoom.Student viewing(ExamRoom room, String surname) {
        ExamRoom.Student s = room.student(surname);
        room.ticketSent(s, 1, "<p>Сұрақ</p>");
        room.at("10:05");
        s.web().get(s.page());
        assertEquals(303, s.web().post(s.page() + "/questions", Map.of()).status());
        return s;
    }

    @Test
    void theDraftIsSavedAndShownAgainAfterAReload() {
        ExamRoom room = new ExamRoom(server, true);
        ExamRoom.Student s = viewing(room, "Ахметова");

        WebClient.Page saved = s.web().post(s.page() + "/draft", Map.of("body", "<p>Жоба <b>мәтін</b></p><script>x()</script>"));

        assertEquals(204, saved.status(), saved.body());
        WebClient.Page page = s.web().get(s.page());
        assertTrue(page.contains("&lt;p&gt;Жоба &lt;b&gt;мәтін&lt;/b&gt;&lt;/p&gt;"), "the draft is back in the editor");
        assertFalse(page.contains("x()"), "sanitised");
    }

    @Test
    void sendingRecordsTheTimeAndASecondClickChangesNothing() {
        ExamRoom room = new ExamRoom(server, true);
        ExamRoom.Student s = viewing(room, "Ахметова");

        WebClient.Page sent = s.web().post(s.page() + "/answer", Map.of("body", ENOUGH, "action", "send"));
        assertEquals(303, sent.status(), sent.body());
        String first = room.sitting(s, "answer_sent_at");
        assertNotNull(first);

        room.at("10:30");
        assertEquals(303, s.web().post(s.page() + "/answer", Map.of("body", "<p>басқа мәтін, ұзын</p>", "action", "send"))
                .status());

        assertEquals(first, room.sitting(s, "answer_sent_at"));
        assertEquals(List.of(ENOUGH), room.strings("SELECT body FROM oa_answer WHERE student_id = ?", s.id()));
        WebClient.Page page = s.web().get(s.page());
        assertFalse(page.contains("data-oa-answer-form"), "the block is locked");
        assertTrue(page.contains("Менің жауабым осы"));
    }

    @Test
    void anAnswerFileKeepsItsKazakhName() {
        ExamRoom room = new ExamRoom(server, true);
        ExamRoom.Student s = viewing(room, "Ахметова");

        assertEquals(303, ExamRoom.answerForm(s.web(), s.page(), "", "upload",
                Map.of("жауап.txt", "мәтін".getBytes(StandardCharsets.UTF_8))).status());

        assertEquals(List.of("жауап.txt"), room.strings("SELECT file_name FROM oa_answer_file WHERE student_id = ?", s.id()));
    }

    @Test
    void aDoubleClickOnSendWithAFileKeepsOneFileAndTheFirstTime() {
        ExamRoom room = new ExamRoom(server, true);
        ExamRoom.Student s = viewing(room, "Ахметова");
        Map<String, byte[]> file = Map.of("a.txt", "жауап".getBytes(StandardCharsets.UTF_8));

        assertEquals(303, ExamRoom.answerForm(s.web(), s.page(), ENOUGH, "send", file).status());
        String first = room.sitting(s, "answer_sent_at");
        room.at("10:06");
        WebClient.Page again = ExamRoom.answerForm(s.web(), s.page(), ENOUGH, "send", file);

        assertEquals(303, again.status(), again.body());
        assertEquals(first, room.sitting(s, "answer_sent_at"));
        assertEquals(List.of("a.txt"), room.strings("SELECT file_name FROM oa_answer_file WHERE student_id = ?", s.id()));
    }

    @Test
    void afterSendingTheDraftAndFilesCannotChange() {
        ExamRoom room = new ExamRoom(server, true);
        ExamRoom.Student s = viewing(room, "Ахметова");
        s.web().post(s.page() + "/answer", Map.of("body", ENOUGH, "action", "send"));

        WebClient.Page draft = s.web().post(s.page() + "/draft", Map.of("body", "<p>кейін</p>"));
        WebClient.Page upload = ExamRoom.answerForm(s.web(), s.page(), "", "upload",
                Map.of("late.txt", "кеш".getBytes(StandardCharsets.UTF_8)));

        assertEquals(409, draft.status());
        assertTrue(draft.contains("Жауап жіберілген"), draft.body());
        assertEquals(409, upload.status());
        assertEquals(List.of(ENOUGH), room.strings("SELECT body FROM oa_answer WHERE student_id = ?", s.id()));
        assertEquals(List.of(), room.strings("SELECT file_name FROM oa_answer_file WHERE student_id = ?", s.id()));
    }

    @Test
    void sendingIsRefusedBeforeTheQuestionsWereViewed() {
        ExamRoom room = new ExamRoom(server, true);
        ExamRoom.Student s = room.student("Ахметова");
        room.ticketSent(s, 1, "<p>Сұрақ</p>");
        room.at("10:05");
        s.web().get(s.page());

        WebClient.Page refused = s.web().post(s.page() + "/answer", Map.of("body", ENOUGH, "action", "send"));

        assertEquals(409, refused.status());
        assertTrue(refused.contains("Алдымен билет бойынша сұрақтарды қараңыз"), refused.body());
        assertNull(room.sitting(s, "answer_sent_at"));
    }

    @Test
    void sendingIsRefusedWithoutATaskWhenThereAreNoTickets() {
        ExamRoom room = new ExamRoom(server, false);
        ExamRoom.Student s = room.student("Ахметова");
        room.at("10:05");
        s.web().get(s.page());

        WebClient.Page refused = s.web().post(s.page() + "/answer", Map.of("body", ENOUGH, "action", "send"));

        assertEquals(409, refused.status());
        assertTrue(refused.contains("Тапсырма әлі берілген жоқ"), refused.body());
        assertNull(room.sitting(s, "answer_sent_at"));
    }

    @Test
    void sendingIsRefusedOnceTheSlotHasEnded() {
        ExamRoom room = new ExamRoom(server, true);
        ExamRoom.Student s = viewing(room, "Ахметова");
        room.at("12:00");

        WebClient.Page refused = s.web().post(s.page() + "/answer", Map.of("body", ENOUGH, "action", "send"));

        assertEquals(409, refused.status());
        assertTrue(refused.contains("Қорытынды бақылау уақыты аяқталды"), refused.body());
        assertNull(room.sitting(s, "answer_sent_at"));
    }

    @Test
    void sendingIsRefusedWithTooShortATextAndNoFile() {
        ExamRoom room = new ExamRoom(server, true);
        ExamRoom.Student s = viewing(room, "Ахметова");

        WebClient.Page refused = s.web().post(s.page() + "/answer", Map.of("body", "<p><b>123456789</b>  </p>", "action", "send"));

        assertEquals(400, refused.status());
        assertTrue(refused.contains("кемінде 10 таңба"), refused.body());
        assertNull(room.sitting(s, "answer_sent_at"));
    }

    @Test
    void nobodyButTheStudentSendsTheirAnswer() {
        ExamRoom room = new ExamRoom(server, true);
        ExamRoom.Student s = viewing(room, "Ахметова");
        room.teacherWeb().get(s.page());

        WebClient.Page refused = room.teacherWeb().post(s.page() + "/answer", Map.of("body", ENOUGH, "action", "send"));

        assertEquals(403, refused.status());
        assertNull(room.sitting(s, "answer_sent_at"));
    }

    @Test
    void aFileNeedsTenCharactersOfTextTooAndStaffCanDownloadItAfterSending() throws Exception {
        ExamRoom room = new ExamRoom(server, true);
        ExamRoom.Student s = viewing(room, "Ахметова");
        byte[] content = "Шешім: x = 42\n".getBytes(StandardCharsets.UTF_8);

        WebClient.Page uploaded = ExamRoom.answerForm(s.web(), s.page(), "", "upload", Map.of("шешім.txt", content));
        assertEquals(303, uploaded.status(), uploaded.body());
        String fileId = room.strings("SELECT id FROM oa_answer_file WHERE student_id = ?", s.id()).get(0);
        String href = s.page() + "/files/" + fileId;
        assertTrue(s.web().get(s.page()).contains(href));
        assertEquals(404, download(room.teacherWeb(), href).statusCode(), "staff read it once it is sent");

        WebClient.Page fileAlone = s.web().post(s.page() + "/answer", Map.of("body", "", "action", "send"));
        assertEquals(400, fileAlone.status(), "seed 001: at least 10 characters, files or not");
        assertTrue(fileAlone.contains("кемінде 10 таңба"), fileAlone.body());
        assertNull(room.sitting(s, "answer_sent_at"));
        WebClient.Page sent = s.web().post(s.page() + "/answer", Map.of("body", ENOUGH, "action", "send"));
        assertEquals(303, sent.status(), sent.body());
        assertNotNull(room.sitting(s, "answer_sent_at"));

        HttpResponse<byte[]> file = download(room.teacherWeb(), href);
        assertEquals(200, file.statusCode());
        assertEquals(new String(content, StandardCharsets.UTF_8), new String(file.body(), StandardCharsets.UTF_8));
        assertTrue(file.headers().firstValue("Content-Disposition").orElseThrow().startsWith("attachment"));
    }

    @Test
    void aFileCanBeDeletedBeforeSending() {
        ExamRoom room = new ExamRoom(server, true);
        ExamRoom.Student s = viewing(room, "Ахметова");
        ExamRoom.answerForm(s.web(), s.page(), "", "upload", Map.of("a.txt", "бір".getBytes(StandardCharsets.UTF_8)));
        String fileId = room.strings("SELECT id FROM oa_answer_file WHERE student_id = ?", s.id()).get(0);

        s.web().get(s.page());
        assertEquals(303, s.web().post(s.page() + "/files/" + fileId + "/delete", Map.of()).status());

        assertEquals(List.of(), room.strings("SELECT id FROM oa_answer_file WHERE student_id = ?", s.id()));
    }

    @Test
    void severalFilesUpToTheAnswerLimitAndNotOneByteMore() {
        ExamRoom room = new ExamRoom(server, true);
        ExamRoom.Student s = viewing(room, "Ахметова");
        Map<String, byte[]> two = new LinkedHashMap<>();
        two.put("a.txt", text(400 * 1024));
        two.put("b.txt", text(400 * 1024));
        assertEquals(303, ExamRoom.answerForm(s.web(), s.page(), "", "upload", two).status());

        WebClient.Page refused = ExamRoom.answerForm(s.web(), s.page(), "", "upload", Map.of("c.txt", text(400 * 1024)));

        assertEquals(413, refused.status());
        assertTrue(refused.contains("1 МБ"), refused.body());
        assertEquals(List.of("a.txt", "b.txt"),
                room.strings("SELECT file_name FROM oa_answer_file WHERE student_id = ? ORDER BY id", s.id()));
    }

    @Test
    void theTextSentWithAFileIsKeptOnceWithItAndKeptEvenWhenTheFileIsRefused() {
        ExamRoom room = new ExamRoom(server, true);
        ExamRoom.Student s = viewing(room, "Ахметова");

        WebClient.Page kept = ExamRoom.answerForm(s.web(), s.page(), "<p>Бірінші жоба</p>", "upload",
                Map.of("a.txt", "бір".getBytes(StandardCharsets.UTF_8)));
        assertEquals(303, kept.status(), kept.body());
        assertEquals(List.of("<p>Бірінші жоба</p>"), room.strings("SELECT body FROM oa_answer WHERE student_id = ?", s.id()),
                "saved with the file, in its transaction");

        WebClient.Page refused = ExamRoom.answerForm(s.web(), s.page(), "<p>Екінші жоба</p>", "upload",
                Map.of("big.txt", text(1100 * 1024)));
        assertEquals(413, refused.status(), refused.body());
        assertTrue(refused.contains("Екінші жоба"), "the refused form shows the text again");
        assertEquals(List.of("<p>Екінші жоба</p>"), room.strings("SELECT body FROM oa_answer WHERE student_id = ?", s.id()),
                "nothing submitted is lost: the text is kept");
        assertEquals(List.of("a.txt"), room.strings("SELECT file_name FROM oa_answer_file WHERE student_id = ?", s.id()));
    }

    @Test
    void anotherStudentCannotDownloadTheFiles() throws Exception {
        ExamRoom room = new ExamRoom(server, true);
        ExamRoom.Student s = viewing(room, "Ахметова");
        ExamRoom.Student other = room.student("Бекова");
        ExamRoom.answerForm(s.web(), s.page(), "", "upload", Map.of("a.txt", "бір".getBytes(StandardCharsets.UTF_8)));
        String fileId = room.strings("SELECT id FROM oa_answer_file WHERE student_id = ?", s.id()).get(0);

        assertEquals(403, download(other.web(), s.page() + "/files/" + fileId).statusCode());
        assertEquals(200, download(s.web(), s.page() + "/files/" + fileId).statusCode());
    }

    private static byte[] text(int size) {
        byte[] b = new byte[size];
        java.util.Arrays.fill(b, (byte) 'a');
        return b;
    }

    private static HttpResponse<byte[]> download(WebClient web, String path) throws Exception {
        return web.http().send(HttpRequest.newBuilder(URI.create(web.url(path))).header("Accept", "*/*").GET().build(),
                HttpResponse.BodyHandlers.ofByteArray());
    }
}
