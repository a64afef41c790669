package kz.sabaq.attestation.tickets;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.URI;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CountDownLatch;
import kz.sabaq.api.access.StandardRoles;
import kz.sabaq.core.testing.TestServer;
import kz.sabaq.core.testing.WebClient;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** Spec §7: the number of tickets, the tickets' questions and files, and who may change them. */
class TicketBankTest {
    static final byte[] PNG = {(byte) 0x89, 'P', 'N', 'G', '\r', '\n', 0x1a, '\n', 0, 0, 0, 13, 'I', 'H', 'D', 'R'};
    static TestServer server;

    @BeforeAll
    static void start() {
        server = OaFixture.server(Map.of("fileMaxMb", 1));
    }

    @AfterAll
    static void stop() {
        server.close();
    }

    private static String tickets(OaFixture f) {
        return "/online-attestation/streams/" + f.stream + "/tickets";
    }

    private static int count(OaFixture f) {
        return (int) f.number("SELECT ticket_count FROM oa_stream WHERE stream_id = ?", f.stream);
    }

    private static WebClient.Page add(OaFixture f, WebClient web, int number, String body, String fileName, byte[] file) {
        return OaFixture.multipart(web, tickets(f), Map.of("number", String.valueOf(number), "body", body), fileName, file);
    }

    @Test
    void theNumberOfTicketsCanOnlyBeRaisedOverTheTicketsSaved() {
        OaFixture f = new OaFixture(server, 1);
        WebClient teacher = f.teacherWeb();
        assertEquals(303, teacher.post(tickets(f) + "/count", Map.of("count", "11")).status());
        for (int i = 1; i <= 11; i++) {
            assertEquals(303, add(f, teacher, i, "Сұрақ " + i, null, null).status());
        }

        WebClient.Page lower = teacher.post(tickets(f) + "/count", Map.of("count", "10"));

        assertEquals(400, lower.status());
        assertTrue(lower.contains("11"), lower.body());
        assertEquals(11, count(f));
        assertEquals(303, teacher.post(tickets(f) + "/count", Map.of("count", "12")).status());
        assertEquals(12, count(f));
        assertTrue(f.number("SELECT COUNT(*) FROM oa_stream WHERE stream_id = ? AND ticket_count_saved_at IS NOT NULL",
                f.stream) == 1);
    }

    @Test
    void aCountThatIsNoPositiveNumberIsRefused() {
        OaFixture f = new OaFixture(server, 1);
        assertEquals(400, f.teacherWeb().post(tickets(f) + "/count", Map.of("count", "0")).status());
        assertEquals(400, f.teacherWeb().post(tickets(f) + "/count", Map.of("count", "abc")).status());
        assertEquals(0, count(f));
    }

    @Test
    void onceATicketIsGivenNothingAboutTheTicketsChanges() {
        OaFixture f = new OaFixture(server, 1);
        f.tickets(2);
        f.slot("10:00", "12:00", f.students);
        f.give(f.students.get(0), 1);
        WebClient teacher = f.teacherWeb();

        String page = teacher.get(tickets(f)).body();
        assertFalse(page.contains("?edit=count"), page);
        assertFalse(page.contains("/tickets/1/edit"), page);
        assertEquals(409, teacher.post(tickets(f) + "/count", Map.of("count", "5")).status());
        assertEquals(409, teacher.post(tickets(f) + "/2/delete", Map.of()).status());
        assertEquals(409, OaFixture.multipart(teacher, tickets(f) + "/2", Map.of("body", "Жаңа"), null, null).status());
        assertEquals(2, count(f));
        assertEquals(List.of("<p>Сұрақ 2</p>"), f.strings("SELECT body FROM oa_ticket WHERE stream_id = ? AND number = 2", f.stream));
    }

    @Test
    void scriptsAreStrippedFromTheQuestionsAndFormattingIsKept() {
        OaFixture f = new OaFixture(server, 1);
        WebClient teacher = f.teacherWeb();
        teacher.post(tickets(f) + "/count", Map.of("count", "2"));

        assertEquals(303, add(f, teacher, 1, "<p><b>Сұрақ</b> бір<script>alert(1)</script></p><img src=x onerror=alert(2)>",
                null, null).status());

        String body = f.strings("SELECT body FROM oa_ticket WHERE stream_id = ? AND number = 1", f.stream).get(0);
        assertTrue(body.contains("<b>Сұрақ</b>"), body);
        assertFalse(body.contains("script"), body);
        assertFalse(body.contains("onerror"), body);
        String page = teacher.get(tickets(f)).body();
        assertTrue(page.contains("<b>Сұрақ</b>"), page);
        assertFalse(page.contains("alert("), page);
    }

    @Test
    void aTicketWithOnlyEmptyMarkupIsNotEntered() {
        OaFixture f = new OaFixture(server, 1);
        WebClient teacher = f.teacherWeb();
        teacher.post(tickets(f) + "/count", Map.of("count", "1"));

        assertEquals(400, add(f, teacher, 1, "<p> &nbsp; </p><script>x</script>", null, null).status());
        assertEquals(0, f.number("SELECT COUNT(*) FROM oa_ticket WHERE stream_id = ?", f.stream));
    }

    @Test
    void aTicketMayHaveAFileThatIsDownloadedAsAnAttachmentAndDeleted() throws Exception {
        OaFixture f = new OaFixture(server, 1);
        WebClient teacher = f.teacherWeb();
        teacher.post(tickets(f) + "/count", Map.of("count", "2"));

        assertEquals(303, add(f, teacher, 1, "Мәтін", "сұрақтар.pdf", PNG).status());

        HttpResponse<byte[]> file = download(teacher, tickets(f) + "/1/file");
        assertEquals(200, file.statusCode());
        assertArrayEquals(PNG, file.body());
        assertEquals("image/png", file.headers().firstValue("Content-Type").orElseThrow(), "type from the content");
        assertTrue(file.headers().firstValue("Content-Disposition").orElseThrow().startsWith("attachment;"));
        assertEquals(List.of("сұрақтар.pdf"), f.strings("SELECT file_name FROM oa_ticket WHERE stream_id = ?", f.stream));
        assertTrue(teacher.get(tickets(f)).contains(tickets(f) + "/1/file"));

        assertEquals(303, teacher.post(tickets(f) + "/1/file/delete", Map.of()).status());
        assertEquals(404, download(teacher, tickets(f) + "/1/file").statusCode());
        assertEquals(List.of("Мәтін"), f.strings("SELECT body FROM oa_ticket WHERE stream_id = ? AND file_key IS NULL", f.stream));
    }

    @Test
    void aFileAloneIsATicketAndItsOnlyContentCannotBeDeleted() {
        OaFixture f = new OaFixture(server, 1);
        WebClient teacher = f.teacherWeb();
        teacher.post(tickets(f) + "/count", Map.of("count", "1"));

        assertEquals(303, add(f, teacher, 1, "", "q.png", PNG).status());

        assertEquals(1, f.number("SELECT COUNT(*) FROM oa_ticket WHERE stream_id = ? AND body IS NULL AND file_key IS NOT NULL",
                f.stream));
        assertEquals(400, teacher.post(tickets(f) + "/1/file/delete", Map.of()).status());
        assertTrue(teacher.get(tickets(f)).contains("1 "), "entered");
    }

    @Test
    void aFileOverTheLimitIsRefusedAndNothingIsSaved() {
        OaFixture f = new OaFixture(server, 1);
        WebClient teacher = f.teacherWeb();
        teacher.post(tickets(f) + "/count", Map.of("count", "1"));
        byte[] big = new byte[1024 * 1024 + 1];
        System.arraycopy(PNG, 0, big, 0, PNG.length);

        assertEquals(413, add(f, teacher, 1, "Мәтін", "big.png", big).status());
        assertEquals(0, f.number("SELECT COUNT(*) FROM oa_ticket WHERE stream_id = ?", f.stream));
    }

    @Test
    void addIsRefusedWhenEveryCountedTicketIsEntered() {
        OaFixture f = new OaFixture(server, 1);
        WebClient teacher = f.teacherWeb();
        teacher.post(tickets(f) + "/count", Map.of("count", "1"));
        assertEquals(200, teacher.get(tickets(f) + "/new").status());
        add(f, teacher, 1, "Бір", null, null);

        assertEquals(409, teacher.get(tickets(f) + "/new").status());
        assertEquals(400, add(f, teacher, 2, "Екі", null, null).status());
        assertFalse(teacher.get(tickets(f)).contains("/tickets/new"));
    }

    @Test
    void aTicketIsEditedAndDeleted() {
        OaFixture f = new OaFixture(server, 1);
        WebClient teacher = f.teacherWeb();
        teacher.post(tickets(f) + "/count", Map.of("count", "2"));
        add(f, teacher, 1, "Бір", null, null);

        WebClient.Page form = teacher.get(tickets(f) + "/1/edit");
        assertEquals(200, form.status());
        assertTrue(form.contains("<textarea id=\"oa-body\" name=\"body\"") && form.contains(">Бір</textarea>"),
                "the form is inside the page: " + form.body());
        assertEquals(200, teacher.get("/static/online-attestation/oa-checks.js").status());
        assertEquals(303, OaFixture.multipart(teacher, tickets(f) + "/1", Map.of("body", "Жаңа мәтін"), null, null).status());
        assertEquals(List.of("Жаңа мәтін"), f.strings("SELECT body FROM oa_ticket WHERE stream_id = ?", f.stream));

        assertEquals(303, teacher.post(tickets(f) + "/1/delete", Map.of()).status());
        assertEquals(0, f.number("SELECT COUNT(*) FROM oa_ticket WHERE stream_id = ?", f.stream));
    }

    @Test
    void twoAddsOfTheSameNumberAtOnceKeepOneTicket() throws Exception {
        OaFixture f = new OaFixture(server, 1);
        WebClient teacher = f.teacherWeb();
        teacher.post(tickets(f) + "/count", Map.of("count", "3"));
        CountDownLatch go = new CountDownLatch(1);
        List<CompletableFuture<Integer>> runs = new ArrayList<>();
        for (int i = 0; i < 2; i++) {
            String text = "Нұсқа " + i;
            runs.add(CompletableFuture.supplyAsync(() -> {
                try {
                    go.await();
                } catch (InterruptedException e) {
                    Thread.currentThread().interrupt();
                }
                return add(f, teacher, 1, text, null, null).status();
            }));
        }
        go.countDown();
        List<Integer> statuses = runs.stream().map(CompletableFuture::join).sorted().toList();

        assertEquals(List.of(303, 409), statuses);
        assertEquals(1, f.number("SELECT COUNT(*) FROM oa_ticket WHERE stream_id = ?", f.stream));
    }

    @Test
    void readModeSeesThePageButChangesNothing() {
        OaFixture f = new OaFixture(server, 1);
        f.tickets(1);
        WebClient head = f.person(StandardRoles.HEAD_OF_DEPARTMENT);

        assertEquals(200, head.get(tickets(f)).status());
        assertFalse(head.get(tickets(f)).contains("/tickets/1/edit"));
        assertEquals(403, head.post(tickets(f) + "/count", Map.of("count", "4")).status());
        assertEquals(403, head.post(tickets(f) + "/1/delete", Map.of()).status());
        assertEquals(1, count(f));
    }

    @Test
    void anotherTeacherCannotSeeOrChangeTheTickets() throws Exception {
        OaFixture f = new OaFixture(server, 1);
        f.tickets(1);
        WebClient other = f.person(StandardRoles.TEACHER);

        assertEquals(403, other.get(tickets(f)).status());
        assertEquals(403, other.post(tickets(f) + "/count", Map.of("count", "4")).status());
        assertEquals(403, add(f, other, 1, "x", null, null).status());
        assertEquals(403, download(other, tickets(f) + "/1/file").statusCode());
        assertEquals(1, count(f));
    }

    @Test
    void withoutTicketsThereIsNoTicketsPage() {
        OaFixture f = new OaFixture(server, 1);
        f.exec("UPDATE oa_stream SET by_ticket = FALSE WHERE stream_id = ?", f.stream);

        assertEquals(404, f.teacherWeb().get(tickets(f)).status());
        assertEquals(404, f.teacherWeb().post(tickets(f) + "/count", Map.of("count", "4")).status());
    }

    @Test
    void theStudentHoldingTheTicketDownloadsItsFileOnlyAfterShowingTheSentQuestions() throws Exception {
        OaFixture f = new OaFixture(server, 2);
        WebClient teacher = f.teacherWeb();
        teacher.post(tickets(f) + "/count", Map.of("count", "2"));
        add(f, teacher, 1, "Бір", "q.png", PNG);
        f.slot("10:00", "12:00", f.students);
        f.give(f.students.get(0), 1);
        WebClient holder = f.student(0);
        WebClient other = f.student(1);

        assertEquals(403, download(holder, tickets(f) + "/1/file").statusCode());
        f.exec("UPDATE oa_sitting SET questions_sent_at = NOW() WHERE student_id = ?", f.students.get(0));
        assertEquals(403, download(holder, tickets(f) + "/1/file").statusCode(),
                "sent but not yet shown: downloading would skip the time the questions were viewed");
        f.exec("UPDATE oa_sitting SET questions_viewed_at = NOW() WHERE student_id = ?", f.students.get(0));
        assertEquals(200, download(holder, tickets(f) + "/1/file").statusCode());
        assertEquals(403, download(other, tickets(f) + "/1/file").statusCode());
    }

    @Test
    void theBankSummarisesCountAndEnteredTickets() {
        OaFixture f = new OaFixture(server, 1);
        WebClient teacher = f.teacherWeb();
        teacher.post(tickets(f) + "/count", Map.of("count", "3"));
        add(f, teacher, 1, "Бір", null, null);
        add(f, teacher, 3, "", "q.png", PNG);

        String page = teacher.get(tickets(f)).body();
        assertTrue(page.contains("data-oa-count>3<"), page);
        assertTrue(page.contains(", оның ішінде енгізілгені: 2"), page);
        assertNotEquals(-1, page.indexOf("/tickets/new"));
    }

    static HttpResponse<byte[]> download(WebClient web, String path) throws Exception {
        return web.http().send(HttpRequest.newBuilder(URI.create(web.url(path))).header("Accept", "*/*").GET().build(),
                HttpResponse.BodyHandlers.ofByteArray());
    }

    static String utf8(byte[] bytes) {
        return new String(bytes, StandardCharsets.UTF_8);
    }
}
