package kz.sabaq.attendance.scan;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import kz.sabaq.api.access.StandardRoles;
import kz.sabaq.attendance.testing.Classroom;
import kz.sabaq.core.testing.Iins;
import kz.sabaq.core.testing.TestServer;
import kz.sabaq.core.testing.WebClient;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * A scan made before logging in is carried through the IIN login by a signed receipt; the login page
 * says so, and the tests go through it as a phone does: the scan, the login page's form, the result.
 */
class ReceiptTest {
    private static final Pattern HIDDEN = Pattern.compile("<input type=\"hidden\" name=\"([^\"]+)\" value=\"([^\"]*)\">");
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
    void aScanBeforeLoginSaysSoOnTheLoginPageAndCompletesAfterItWithoutASecondScanEvenIfTheCodeRotated() {
        Classroom room = new Classroom(server);
        String iin = Iins.next();
        long listener = room.academic.student(iin, "Ахметова", "Айжан", room.group);
        room.at("13:09:50");
        WebClient phone = server.client();

        WebClient.Page scan = phone.get(room.link("in"));
        assertEquals(303, scan.status());
        assertEquals(List.of(), room.marks(), "nothing is recorded before the login");
        WebClient.Page login = phone.get(scan.location());
        assertEquals(200, login.status(), login.body());
        assertTrue(login.contains("келуіңіз сканерлеген уақытпен белгіленеді"), "the login page says what will happen");

        room.at("13:11:30");
        WebClient.Page loggedIn = phone.post("/login", loginForm(login.body(), iin, TestServer.PASSWORD));
        assertEquals(303, loggedIn.status());
        assertTrue(loggedIn.location().startsWith("/attendance-qr/check-in/receipt/"), loggedIn.location());
        WebClient.Page done = phone.get(loggedIn.location());

        assertEquals(200, done.status(), done.body());
        assertTrue(done.contains("13:09:50") && done.contains("data-status=\"onTime\""), "recorded with the time of the scan");
        Classroom.Row mark = room.marks().get(0);
        assertEquals(listener, mark.studentId());
        assertNull(mark.review());
    }

    @Test
    void aWrongPasswordKeepsTheNoticeAndTheWayBackToTheScan() {
        Classroom room = new Classroom(server);
        String iin = Iins.next();
        room.academic.student(iin, "Ахметова", "Айжан", room.group);
        WebClient phone = server.client();
        WebClient.Page login = phone.get(phone.get(room.link("out")).location());
        assertTrue(login.contains("шығуыңыз сканерлеген уақытпен белгіленеді"), login.body());

        WebClient.Page refused = phone.post("/login", loginForm(login.body(), iin, "wrong-password"));
        assertEquals(401, refused.status());
        assertTrue(refused.contains("шығуыңыз сканерлеген уақытпен белгіленеді"), "the notice stays: " + refused.body());
        WebClient.Page loggedIn = phone.post("/login", loginForm(refused.body(), iin, TestServer.PASSWORD));
        assertTrue(loggedIn.location().startsWith("/attendance-qr/check-in/receipt/"), loggedIn.location());
    }

    @Test
    void aLoginLinkCannotPutAnyOtherTextAboveTheForm() {
        for (String notice : List.of("core.login.wrong", "attendance-qr.status.absent", "attendance-qr.loginNotice.made")) {
            WebClient.Page login = server.client().get("/login?return=%2F&notice=" + notice);
            assertEquals(200, login.status());
            assertFalse(login.contains("data-login-notice"), notice + " is not a login notice");
        }
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
        return Classroom.receipt(scan);
    }

    /** The login form's fields as the page carries them (the way back, the notice), with these credentials. */
    private static Map<String, String> loginForm(String page, String iin, String password) {
        Map<String, String> form = new LinkedHashMap<>();
        Matcher hidden = HIDDEN.matcher(page.substring(page.indexOf("action=\"/login\"")));
        while (hidden.find()) {
            form.put(hidden.group(1), hidden.group(2).replace("&amp;", "&"));
        }
        form.put("iin", iin);
        form.put("password", password);
        return form;
    }
}
