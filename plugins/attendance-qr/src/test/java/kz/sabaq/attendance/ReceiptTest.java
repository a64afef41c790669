package kz.sabaq.attendance;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import kz.sabaq.api.access.StandardRoles;
import kz.sabaq.core.testing.Iins;
import kz.sabaq.core.testing.TestServer;
import kz.sabaq.core.testing.WebClient;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** A scan made before logging in is carried through the IIN login by a signed receipt. */
class ReceiptTest {
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
    void aScanBeforeLoginCompletesAfterTheLoginWithoutASecondScanEvenIfTheCodeRotated() {
        Classroom room = new Classroom(server);
        String iin = Iins.next();
        long listener = room.academic.student(iin, "Ахметова", "Айжан", room.group);
        room.at("13:09:50");
        WebClient phone = server.client();

        WebClient.Page scan = phone.get(room.link("in"));
        assertEquals(303, scan.status());
        String back = scan.location();
        assertTrue(back.startsWith("/login?return="), back);
        assertEquals(List.of(), room.marks(), "nothing is recorded before the login");

        room.at("13:11:30");
        WebClient.Page login = phone.post("/login", Map.of("iin", iin, "password", TestServer.PASSWORD,
                "return", URLDecoder.decode(back.substring("/login?return=".length()), StandardCharsets.UTF_8)));
        assertEquals(303, login.status());
        assertTrue(login.location().startsWith("/attendance-qr/check-in/receipt/"), login.location());
        WebClient.Page done = phone.get(login.location());

        assertEquals(200, done.status(), done.body());
        assertTrue(done.contains("13:09:50") && done.contains("data-status=\"onTime\""), "recorded with the time of the scan");
        Classroom.Row mark = room.marks().get(0);
        assertEquals(listener, mark.studentId());
        assertNull(mark.review());
    }

    @Test
    void aReceiptOlderThanTwoMinutesIsRefused() {
        Classroom room = new Classroom(server);
        String iin = Iins.next();
        room.academic.student(iin, "Ахметова", "Айжан", room.group);
        WebClient phone = server.client();
        String receipt = receiptOf(phone.get(room.link("in")));
        room.at("13:02:01");
        phone.login(iin);

        WebClient.Page page = phone.get(receipt);

        assertEquals(400, page.status());
        assertTrue(page.contains("Сканерлегеннен бері тым көп уақыт өтті."), page.body());
        assertEquals(List.of(), room.marks());
    }

    @Test
    void aTamperedReceiptIsRefused() {
        Classroom room = new Classroom(server);
        String iin = Iins.next();
        room.academic.student(iin, "Ахметова", "Айжан", room.group);
        WebClient phone = server.client();
        String receipt = receiptOf(phone.get(room.link("in")));
        phone.login(iin);
        String millis = receipt.split("\\.")[2];
        String later = receipt.replace("." + millis + ".", "." + (Long.parseLong(millis) + 600_000) + ".");

        WebClient.Page page = phone.get(later);

        assertEquals(400, page.status());
        assertTrue(page.contains("сілтемесі бүлінген"), page.body());
        assertEquals(List.of(), room.marks());
    }

    @Test
    void aReceiptForwardedToAnotherBrowserIsRefused() {
        Classroom room = new Classroom(server);
        Classroom.Listener elsewhere = room.listener("Ахметова");
        WebClient inTheRoom = server.client();
        String receipt = receiptOf(inTheRoom.get(room.link("in")));

        WebClient.Page page = elsewhere.web().get(receipt);

        assertEquals(400, page.status());
        assertTrue(page.contains("Экрандағы кодты қайта сканерлеңіз."), page.body());
        assertEquals(List.of(), room.marks());
    }

    @Test
    void aTeacherWhoScansIsNotMarked() {
        Classroom room = new Classroom(server);
        String iin = Iins.next();
        server.user(iin, "Оқытушы", "Екі", StandardRoles.TEACHER);
        WebClient teacher = server.client();
        teacher.login(iin);

        assertEquals(403, teacher.get(room.link("in")).status());
        assertEquals(List.of(), room.marks());
    }

    private static String receiptOf(WebClient.Page scan) {
        assertEquals(303, scan.status());
        String back = URLDecoder.decode(scan.location().substring("/login?return=".length()),
                StandardCharsets.UTF_8);
        assertTrue(back.startsWith("/attendance-qr/check-in/receipt/"), back);
        return back;
    }
}
