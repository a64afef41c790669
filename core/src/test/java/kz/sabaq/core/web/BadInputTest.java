package kz.sabaq.core.web;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.URI;
import java.net.http.HttpRequest;
import java.util.Map;
import kz.sabaq.api.access.StandardRoles;
import kz.sabaq.core.testing.Iins;
import kz.sabaq.core.testing.TestServer;
import kz.sabaq.core.testing.WebClient;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

class BadInputTest {
    static TestServer server;

    @BeforeAll
    static void start() {
        server = TestServer.builder().config(c -> c.server.maxRequestBytes = 64 * 1024).start();
    }

    @AfterAll
    static void stop() {
        server.close();
    }

    @Test
    void anUnknownLanguageIsRefusedInTheCurrentLanguage() {
        WebClient browser = server.client();
        browser.post("/lang", Map.of("lang", "ru", "return", "/login"));
        WebClient.Page page = browser.post("/lang", Map.of("lang", "de", "return", "/login"));
        assertEquals(400, page.status());
        assertTrue(page.contains("Язык «de» не поддерживается."), page.body());
        assertTrue(browser.get("/login").contains("<h1>Вход в систему</h1>"), "language unchanged");
    }

    @Test
    void aFormAScriptSendsIsRefusedAsJsonNotAsThePage() {
        String iin = Iins.next();
        server.user(iin, "Әкімов", "Админ", StandardRoles.ADMINISTRATOR);
        WebClient browser = server.client();
        browser.login(iin);
        WebClient.Page page = browser.send(HttpRequest.newBuilder(URI.create(server.url("/admin/users")))
                .header("Content-Type", "application/x-www-form-urlencoded").header("Accept", "*/*")
                .header("X-CSRF-Token", browser.csrf())
                .POST(HttpRequest.BodyPublishers.ofString("iin=123&surname=A&firstName=B")).build());
        assertEquals(400, page.status());
        assertTrue(page.headers().firstValue("Content-Type").orElse("").startsWith("application/json"), page.body());
        assertTrue(page.contains("\"error\":\"core.iin.format\""), page.body());
        assertTrue(page.contains("An IIN has exactly 12 digits.") || page.contains("12 цифр"), page.body());
        assertFalse(page.contains("<form"), "no page for a script");
    }

    @Test
    void languageSwitchReturnsToTheSamePageButNeverToAnotherSite() {
        WebClient browser = server.client();
        assertEquals("/password", browser.post("/lang", Map.of("lang", "en", "return", "/password")).location());
        assertEquals("/", browser.post("/lang", Map.of("lang", "en", "return", "//evil.example/x")).location());
        assertEquals("/", browser.post("/lang", Map.of("lang", "en", "return", "https://evil.example/")).location());
    }

    @Test
    void anOversizedRequestIsRefusedWithATranslatedMessage() {
        WebClient browser = server.client();
        browser.get("/login");
        String big = "x".repeat(100 * 1024);
        WebClient.Page page = browser.post("/login", Map.of("iin", "800101300006", "password", big));
        assertEquals(413, page.status());
        assertTrue(page.contains("Сұраныс тым үлкен"), page.body());
    }

    @Test
    void anOversizedBodyWithoutADeclaredLengthIsCutOffToo() {
        WebClient browser = server.client();
        browser.get("/login");
        byte[] body = ("_csrf=" + browser.csrf() + "&iin=800101300006&password=" + "x".repeat(100 * 1024))
                .getBytes(java.nio.charset.StandardCharsets.UTF_8);
        WebClient.Page page = browser.send(HttpRequest.newBuilder(URI.create(browser.url("/login")))
                .header("Accept", "text/html")
                .header("Content-Type", "application/x-www-form-urlencoded")
                .POST(HttpRequest.BodyPublishers.ofInputStream(() -> new java.io.ByteArrayInputStream(body))).build());
        assertEquals(413, page.status());
        assertTrue(page.contains("Сұраныс тым үлкен"), page.body());
    }

    @Test
    void aCsrfTokenFromAnEndedSessionIsStale() {
        String iin = Iins.next();
        server.user(iin, "Test", "User", StandardRoles.STUDENT);
        WebClient browser = server.client();
        browser.login(iin);
        String oldToken = browser.csrf();
        browser.post("/logout", Map.of());
        browser.login(iin);
        WebClient.Page page = browser.postRaw("/logout", Map.of("_csrf", oldToken));
        assertEquals(403, page.status());
        assertEquals(200, browser.get("/").status(), "still logged in: the stale request changed nothing");
    }

    @Test
    void apiErrorsAreTranslatedJson() {
        WebClient browser = server.client();
        WebClient.Page page = browser.send(HttpRequest.newBuilder(URI.create(browser.url("/api/nothing-here")))
                .header("Accept", "application/json").header("Cookie", "sabaq_lang=en").GET().build());
        assertEquals(404, page.status());
        assertTrue(page.body().contains("\"error\":\"core.error.notFound\""), page.body());
        assertTrue(page.body().contains("\"message\":\"The page was not found.\""), page.body());
    }

    @Test
    void anUnknownPageIsATranslated404() {
        WebClient.Page page = server.client().get("/no/such/page");
        assertEquals(404, page.status());
        assertTrue(page.contains("Сұралған бет табылмады."));
    }
}
