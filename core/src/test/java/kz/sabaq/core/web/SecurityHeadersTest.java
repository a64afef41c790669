package kz.sabaq.core.web;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.Socket;
import java.nio.charset.StandardCharsets;
import kz.sabaq.api.access.StandardRoles;
import kz.sabaq.core.testing.Iins;
import kz.sabaq.core.testing.TestServer;
import kz.sabaq.core.testing.WebClient;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** The headers of every answer (outside penetration test, finding L5). */
class SecurityHeadersTest {
    static TestServer server;

    @BeforeAll
    static void start() {
        server = TestServer.builder().start();
    }

    @AfterAll
    static void stop() {
        server.close();
    }

    private static WebClient registrar() {
        String iin = Iins.next();
        server.user(iin, "Test", "User", StandardRoles.REGISTRAR);
        WebClient browser = server.client();
        assertEquals(303, browser.login(iin).status());
        return browser;
    }

    @Test
    void pagesForbidInlineScriptAndFramingAndNameNoServer() {
        WebClient.Page page = server.client().get("/login");
        String policy = page.headers().firstValue("Content-Security-Policy").orElse("");
        assertTrue(policy.contains("script-src 'self'") && policy.contains("style-src 'self'")
                && policy.contains("frame-ancestors 'none'") && !policy.contains("unsafe-inline"), policy);
        assertEquals("same-origin", page.headers().firstValue("Referrer-Policy").orElse(""));
        assertTrue(page.headers().firstValue("Server").isEmpty(), "no Server banner");
        assertTrue(page.headers().firstValue("Strict-Transport-Security").isEmpty(), "no HSTS over plain http");
        assertFalse(page.body().contains(" style=\""), "no style attribute on the page");
    }

    @Test
    void downloadsAndPagesAreNeverCachedButStaticFilesAre() {
        WebClient browser = registrar();
        WebClient.Page export = browser.get("/academic/stream/template.csv");
        assertEquals(200, export.status());
        assertEquals("private, no-store", export.headers().firstValue("Cache-Control").orElse(""));
        assertEquals("private, no-store", browser.get("/").headers().firstValue("Cache-Control").orElse(""));
        WebClient.Page script = browser.get("/static/js/sabaq.js");
        assertTrue(script.headers().firstValue("Cache-Control").orElse("").contains("max-age"));
        assertTrue(script.headers().firstValue("Content-Security-Policy").isPresent());
    }

    @Test
    void jettysOwnErrorPageSaysNothingAboutJetty() throws IOException {
        try (Socket socket = new Socket("127.0.0.1", server.app().port())) {
            OutputStream out = socket.getOutputStream();
            out.write("GET /%zz HTTP/1.1\r\nHost: localhost\r\nConnection: close\r\n\r\n".getBytes(StandardCharsets.US_ASCII));
            out.flush();
            InputStream in = socket.getInputStream();
            String answer = new String(in.readAllBytes(), StandardCharsets.UTF_8);
            assertTrue(answer.startsWith("HTTP/1.1 400"), answer);
            assertFalse(answer.toLowerCase().contains("jetty"), answer);
        }
    }

    @Test
    void overHttpsCookiesAreSecureAndHstsIsSent() {
        try (TestServer https = TestServer.builder().config(c -> c.server.publicUrl = "https://sabaq.example.kz").start()) {
            WebClient.Page page = https.client().get("/login");
            assertEquals("max-age=31536000", page.headers().firstValue("Strict-Transport-Security").orElse(""));
            String iin = Iins.next();
            https.user(iin, "Test", "User", StandardRoles.STUDENT);
            WebClient browser = https.client();
            browser.get("/login");
            WebClient.Page login = browser.post("/login", java.util.Map.of("iin", iin, "password", TestServer.PASSWORD,
                    "return", "/"));
            assertEquals(303, login.status());
            java.util.List<String> session = login.headers().allValues("Set-Cookie").stream()
                    .filter(c -> c.startsWith("sabaq_session=")).toList();
            assertEquals(1, session.size(), login.headers().toString());
            assertTrue(session.get(0).contains("Secure"), session.get(0));
        }
    }
}
