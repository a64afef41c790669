package kz.sabaq.attendance.report;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayInputStream;
import java.net.URI;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.Map;
import javax.xml.parsers.DocumentBuilderFactory;
import kz.sabaq.api.access.StandardRoles;
import kz.sabaq.attendance.testing.Classroom;
import kz.sabaq.core.testing.Iins;
import kz.sabaq.core.testing.TestServer;
import kz.sabaq.core.testing.WebClient;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.w3c.dom.Document;

/** The weekly review of a group's discipline: counts by status, absence share, chart, Excel export. */
class ReportTest {
    static TestServer server;

    @BeforeAll
    static void start() {
        server = Classroom.server(Map.of());
    }

    @AfterAll
    static void stop() {
        server.close();
    }

    /** Two weeks: Tuesday 8 September (both listeners absent-or-present) and Monday 14 September. */
    private static Classroom twoWeeks() {
        Classroom room = new Classroom(server);
        long earlier = room.academic.session(room.stream, room.room, Classroom.DAY.minusDays(6).atTime(13, 10),
                Classroom.DAY.minusDays(6).atTime(14, 0));
        Classroom.Listener present = room.listener("Ахметова");
        room.listener("=Бекова");
        room.teacherWeb();
        server.clock().set(Classroom.utc(Classroom.DAY.minusDays(6).atTime(13, 5)));
        present.web().get(room.linkOf(earlier, "in"));
        room.at("13:12");
        room.scan(present, "in");
        room.at("15:00");
        return room;
    }

    private static HttpResponse<byte[]> bytes(WebClient web, String path) throws Exception {
        return web.http().send(HttpRequest.newBuilder(URI.create(web.url(path))).GET().build(),
                HttpResponse.BodyHandlers.ofByteArray());
    }

    @Test
    void theReportCountsEachWeekByStatusWithTheShareOfAbsences() {
        Classroom room = twoWeeks();

        WebClient.Page page = room.teacherWeb().get("/attendance-qr/streams/" + room.stream + "/report");

        assertEquals(200, page.status(), page.body());
        assertTrue(page.contains("<tr><td>07.09.2026</td><td>1</td><td>1</td><td>0</td><td>0</td><td>0</td><td>0</td><td>0</td><td>1</td><td>50,0</td></tr>"),
                page.body());
        assertTrue(page.contains("<tr><td>14.09.2026</td><td>1</td><td>0</td><td>1</td>"));
        assertTrue(page.contains("<tr class=\"att-not-admitted\">"), "the absent listener is not admitted");
    }

    @Test
    void theChartIsAnSvgWithABarPerWeek() throws Exception {
        Classroom room = twoWeeks();

        HttpResponse<byte[]> svg = bytes(room.teacherWeb(), "/attendance-qr/streams/" + room.stream + "/chart.svg");

        assertEquals(200, svg.statusCode());
        assertTrue(svg.headers().firstValue("Content-Type").orElseThrow().startsWith("image/svg+xml"));
        Document doc = DocumentBuilderFactory.newInstance().newDocumentBuilder().parse(new ByteArrayInputStream(svg.body()));
        assertEquals(2, doc.getElementsByTagName("rect").getLength());
        assertEquals("Апталар бойынша қатысу, %", doc.getElementsByTagName("title").item(0).getTextContent());
    }

    @Test
    void theCsvExportOpensInExcelWithKazakhLetters() throws Exception {
        Classroom room = twoWeeks();

        HttpResponse<byte[]> csv = bytes(room.teacherWeb(), "/attendance-qr/streams/" + room.stream + "/report.csv");

        assertEquals(200, csv.statusCode());
        assertTrue(csv.headers().firstValue("Content-Disposition").orElseThrow().startsWith("attachment;"));
        byte[] body = csv.body();
        assertTrue(Arrays.equals(new byte[] {(byte) 0xEF, (byte) 0xBB, (byte) 0xBF}, Arrays.copyOf(body, 3)), "UTF-8 byte-order mark");
        String text = new String(body, 3, body.length - 3, StandardCharsets.UTF_8);
        String[] lines = text.split("\r\n", -1);
        assertTrue(lines[0].startsWith("\"Апта басы\";\"Сабақтар\";\"уақытында\";\"кешікті\""), lines[0]);
        assertEquals("\"07.09.2026\";\"1\";\"1\";\"0\";\"0\";\"0\";\"0\";\"0\";\"1\";\"50,0\"", lines[1]);
        assertTrue(text.contains("\"Ахметова Айжан\""));
        assertTrue(text.contains("\"'=Бекова Айжан\""), "a cell Excel would read as a formula is made text");
    }

    @Test
    void onlyThoseWhoMayOpenTheStreamsSessionsSeeItsReport() throws Exception {
        Classroom room = new Classroom(server);
        String iin = Iins.next();
        server.user(iin, "Басқа", "Оқытушы", StandardRoles.TEACHER);
        WebClient other = server.client();
        other.login(iin);

        assertEquals(403, other.get("/attendance-qr/streams/" + room.stream + "/report").status());
        assertEquals(403, bytes(other, "/attendance-qr/streams/" + room.stream + "/report.csv").statusCode());
    }
}
