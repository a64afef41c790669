package kz.sabaq.attendance.session;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.URI;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import kz.sabaq.attendance.testing.Classroom;
import kz.sabaq.core.testing.MultipartForm;
import kz.sabaq.core.testing.TestServer;
import kz.sabaq.core.testing.WebClient;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** A permit may carry a document: PDF, JPEG or PNG by its content, at most 5 MB, served as an attachment. */
class PermitDocumentTest {
    private static final byte[] PDF = "%PDF-1.4\n1 0 obj << >> endobj\n%%EOF\n".getBytes(StandardCharsets.US_ASCII);
    static TestServer server;

    @BeforeAll
    static void start() {
        server = Classroom.server(Map.of());
    }

    @AfterAll
    static void stop() {
        server.close();
    }

    @Test
    void aPermitWithItsDocumentIsKeptAndServedBackAsAnAttachment() throws Exception {
        Classroom room = new Classroom(server);
        Classroom.Listener listener = room.listener("Ахметова");
        WebClient teacher = room.teacherWeb();
        teacher.get("/attendance-qr/sessions/" + room.session);

        WebClient.Page saved = upload(teacher, room.session, listener.id(), "Медициналық анықтама", PDF);

        assertEquals(303, saved.status(), saved.body());
        assertTrue(teacher.get("/attendance-qr/sessions/" + room.session).contains("/permit/" + listener.id() + "/document"));
        HttpResponse<byte[]> document = teacher.http().send(HttpRequest.newBuilder(URI.create(
                        teacher.url("/attendance-qr/sessions/" + room.session + "/permit/" + listener.id() + "/document")))
                .header("Accept", "*/*").GET().build(), HttpResponse.BodyHandlers.ofByteArray());
        assertEquals(200, document.statusCode());
        assertArrayEquals(PDF, document.body());
        assertEquals("application/pdf", document.headers().firstValue("Content-Type").orElseThrow());
        assertTrue(document.headers().firstValue("Content-Disposition").orElseThrow().startsWith("attachment;"));
        assertEquals("nosniff", document.headers().firstValue("X-Content-Type-Options").orElseThrow());
    }

    @Test
    void aDocumentThatIsNoPdfOrImageIsRefusedAndNoPermitIsGranted() throws Exception {
        Classroom room = new Classroom(server);
        Classroom.Listener listener = room.listener("Ахметова");
        WebClient teacher = room.teacherWeb();
        teacher.get("/attendance-qr/sessions/" + room.session);

        WebClient.Page refused = upload(teacher, room.session, listener.id(), "Анықтама",
                "MZ\u0090\u0000 program".getBytes(StandardCharsets.ISO_8859_1));

        assertEquals(400, refused.status());
        assertTrue(refused.contains("PDF, JPEG немесе PNG"), refused.body());
        assertEquals(List.of(), room.strings("SELECT student_id FROM att_permit WHERE session_id = ?", room.session));
    }

    @Test
    void aDocumentOverFiveMegabytesIsRefused() throws Exception {
        Classroom room = new Classroom(server);
        Classroom.Listener listener = room.listener("Ахметова");
        WebClient teacher = room.teacherWeb();
        teacher.get("/attendance-qr/sessions/" + room.session);
        byte[] big = new byte[5 * 1024 * 1024 + 1];
        System.arraycopy(PDF, 0, big, 0, PDF.length);

        assertEquals(413, upload(teacher, room.session, listener.id(), "Анықтама", big).status());
        assertEquals(List.of(), room.strings("SELECT student_id FROM att_permit WHERE session_id = ?", room.session));
    }

    @Test
    void anotherTeacherCannotReadTheDocument() throws Exception {
        Classroom room = new Classroom(server);
        Classroom other = new Classroom(server);
        Classroom.Listener listener = room.listener("Ахметова");
        room.teacherWeb().get("/attendance-qr/sessions/" + room.session);
        upload(room.teacherWeb(), room.session, listener.id(), "Анықтама", PDF);

        HttpResponse<byte[]> refused = other.teacherWeb().http().send(HttpRequest.newBuilder(URI.create(
                        other.teacherWeb().url("/attendance-qr/sessions/" + room.session + "/permit/" + listener.id() + "/document")))
                .header("Accept", "*/*").GET().build(), HttpResponse.BodyHandlers.ofByteArray());

        assertEquals(403, refused.statusCode());
    }

    /** The page's multipart form: the CSRF token in the action's query, the file as a part. */
    private static WebClient.Page upload(WebClient web, long session, long student, String reason, byte[] file) {
        return web.postMultipart("/attendance-qr/sessions/" + session + "/permit", MultipartForm.of().field("student", student)
                .textField("reason", reason).file("document", "doc.pdf", "application/pdf", file));
    }
}
