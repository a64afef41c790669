package kz.sabaq.core.auth;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Map;
import kz.sabaq.api.access.StandardRoles;
import kz.sabaq.core.testing.Iins;
import kz.sabaq.core.testing.TestServer;
import kz.sabaq.core.testing.WebClient;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

class LoginTest {
    static TestServer server;

    @BeforeAll
    static void start() {
        server = TestServer.builder().start();
    }

    @AfterAll
    static void stop() {
        server.close();
    }

    @Test
    void rightIinAndPasswordOpenTheCabinet() {
        String iin = Iins.next();
        server.user(iin, "Сәрсенбай", "Ерлан", StandardRoles.TEACHER);
        WebClient browser = server.client();
        WebClient.Page result = browser.login(iin);
        assertEquals(303, result.status());
        WebClient.Page cabinet = browser.get("/");
        assertEquals(200, cabinet.status());
        assertTrue(cabinet.contains("Сәрсенбай Ерлан"));
    }

    @Test
    void aPageThatNeedsLoginSendsTheVisitorToLoginAndBack() {
        WebClient.Page page = server.client().get("/password");
        assertEquals(303, page.status());
        assertEquals("/login?return=%2Fpassword", page.location());
    }

    @Test
    void wrongPasswordIsRefusedInTheUsersLanguage() {
        String iin = Iins.next();
        server.user(iin, "Test", "User", StandardRoles.STUDENT);
        WebClient.Page page = server.client().login(iin, "wrong-password");
        assertEquals(401, page.status());
        assertTrue(page.contains("ЖСН немесе құпиясөз қате."), page.body());
    }

    @Test
    void anIinWithAWrongCheckDigitIsRefusedBeforeAnyPasswordCheck() {
        WebClient.Page page = server.client().login("800101300007", "whatever");
        assertEquals(400, page.status());
        assertTrue(page.contains("бақылау цифры"));
    }

    @Test
    void loginWithoutCsrfTokenChangesNothing() {
        String iin = Iins.next();
        server.user(iin, "Test", "User", StandardRoles.STUDENT);
        WebClient browser = server.client();
        WebClient.Page page = browser.postRaw("/login", Map.of("iin", iin, "password", TestServer.PASSWORD));
        assertEquals(403, page.status());
        assertEquals(303, browser.get("/").status(), "still not logged in");
    }

    @Test
    void everyLoginGetsANewSessionId() {
        String iin = Iins.next();
        server.user(iin, "Test", "User", StandardRoles.STUDENT);
        WebClient browser = server.client();
        browser.login(iin);
        String first = sessionCookie(browser);
        browser.login(iin);
        assertNotEquals(first, sessionCookie(browser));
    }

    @Test
    void logoutEndsTheSession() {
        String iin = Iins.next();
        server.user(iin, "Test", "User", StandardRoles.STUDENT);
        WebClient browser = server.client();
        browser.login(iin);
        assertEquals(303, browser.post("/logout", Map.of()).status());
        assertEquals(303, browser.get("/").status());
    }

    private static String sessionCookie(WebClient browser) {
        var handler = (java.net.CookieManager) browser.http().cookieHandler().orElseThrow();
        return handler.getCookieStore().getCookies().stream()
                .filter(c -> c.getName().equals("sabaq_session")).findFirst().orElseThrow().getValue();
    }

    @Test
    void changingThePasswordLogsOutTheOtherBrowsersButNotThisOne() {
        String iin = Iins.next();
        server.user(iin, "Test", "User", StandardRoles.STUDENT);
        WebClient phone = server.client();
        phone.login(iin);
        WebClient laptop = server.client();
        laptop.login(iin);
        laptop.get("/password");
        WebClient.Page changed = laptop.post("/password",
                Map.of("current", TestServer.PASSWORD, "password", "new-password-2", "confirm", "new-password-2"));
        assertEquals(200, changed.status());
        assertEquals(200, laptop.get("/").status(), "this browser stays logged in");
        assertEquals(303, phone.get("/").status(), "the other browser is logged out");
        assertEquals(401, server.client().login(iin, TestServer.PASSWORD).status(), "the old password no longer works");
        assertEquals(303, server.client().login(iin, "new-password-2").status());
    }

    @Test
    void aWrongCurrentPasswordChangesNothing() {
        String iin = Iins.next();
        server.user(iin, "Test", "User", StandardRoles.STUDENT);
        WebClient browser = server.client();
        browser.login(iin);
        browser.get("/password");
        WebClient.Page refused = browser.post("/password",
                Map.of("current", "not-it", "password", "new-password-2", "confirm", "new-password-2"));
        assertEquals(400, refused.status());
        assertTrue(refused.contains("Қазіргі құпиясөз қате."));
        assertEquals(303, server.client().login(iin).status(), "the password is unchanged");
    }
}
