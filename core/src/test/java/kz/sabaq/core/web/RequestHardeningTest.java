package kz.sabaq.core.web;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpRequest;
import java.nio.charset.StandardCharsets;
import java.util.Map;
import kz.sabaq.api.access.StandardRoles;
import kz.sabaq.core.testing.Iins;
import kz.sabaq.core.testing.TestServer;
import kz.sabaq.core.testing.WebClient;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** Small findings of the outside penetration test: return addresses, the CSRF token's place, OPTIONS. */
class RequestHardeningTest {
    static TestServer server;

    @BeforeAll
    static void start() {
        server = TestServer.builder().start();
    }

    @AfterAll
    static void stop() {
        server.close();
    }

    private static String person() {
        String iin = Iins.next();
        server.user(iin, "Test", "User", StandardRoles.TEACHER);
        return iin;
    }

    @Test
    void aMalformedReturnAfterLoginOrALanguageSwitchFallsBackToTheCabinet() {
        for (String back : new String[] {"/a\tb", "/a b", "/%zz", "/a\\b"}) {
            WebClient browser = server.client();
            browser.get("/login");
            WebClient.Page login = browser.post("/login", Map.of("iin", person(), "password", TestServer.PASSWORD,
                    "return", back));
            assertEquals(303, login.status(), back);
            assertEquals("/", login.location(), back);
            browser.get("/");
            WebClient.Page lang = browser.post("/lang", Map.of("lang", "ru", "return", back));
            assertEquals(303, lang.status(), back);
            assertEquals("/", lang.location(), back);
        }
    }

    @Test
    void aLanguageSwitchWithoutALanguageIsABadRequestNotAServerError() {
        WebClient browser = server.client();
        browser.get("/login");
        assertEquals(400, browser.post("/lang", Map.of("return", "/")).status());
    }

    @Test
    void aWellFormedReturnIsKept() {
        WebClient browser = server.client();
        browser.get("/login");
        WebClient.Page login = browser.post("/login", Map.of("iin", person(), "password", TestServer.PASSWORD,
                "return", "/journal?stream=3"));
        assertEquals("/journal?stream=3", login.location());
    }

    @Test
    void theCsrfTokenInTheQueryCountsForMultipartOnly() {
        WebClient browser = server.client();
        assertEquals(303, browser.login(person()).status());
        WebClient.Page refused = browser.postRaw("/lang?_csrf=" + URLEncoder.encode(browser.csrf(), StandardCharsets.UTF_8),
                Map.of("lang", "ru", "return", "/"));
        assertEquals(403, refused.status(), "a form post carries its token in its body");
        assertEquals(303, browser.post("/lang", Map.of("lang", "ru", "return", "/")).status());
    }

    @Test
    void anAnonymousOptionsRequestIsRefusedWithoutAnErrorInTheLog() {
        PrintStream original = System.out;
        ByteArrayOutputStream log = new ByteArrayOutputStream();
        System.setOut(new PrintStream(log, true, StandardCharsets.UTF_8));
        WebClient.Page page;
        try {
            page = server.client().send(HttpRequest.newBuilder(URI.create(server.url("/admin/users")))
                    .method("OPTIONS", HttpRequest.BodyPublishers.noBody()).build());
        } finally {
            System.setOut(original);
        }
        assertEquals(403, page.status());
        assertFalse(log.toString(StandardCharsets.UTF_8).contains("declares no access annotation"), log.toString());
    }
}
