package kz.sabaq.attendance.code;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.google.zxing.BinaryBitmap;
import com.google.zxing.DecodeHintType;
import com.google.zxing.client.j2se.BufferedImageLuminanceSource;
import com.google.zxing.common.HybridBinarizer;
import com.google.zxing.qrcode.QRCodeReader;
import java.awt.image.BufferedImage;
import java.io.ByteArrayInputStream;
import java.net.URI;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.List;
import java.util.Map;
import javax.imageio.ImageIO;
import kz.sabaq.attendance.testing.Classroom;
import kz.sabaq.core.testing.TestServer;
import kz.sabaq.core.testing.WebClient;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** The trainer's screen: the QR image, its rotation by server time, and the typed code. */
class QrCodeTest {
    /** Where users reach the server, behind a proxy, under a path: the links in the codes start here. */
    static final String PUBLIC = "https://sabaq.example.kz/college";
    static TestServer server;

    @BeforeAll
    static void start() {
        server = TestServer.builder().plugins(TestServer.repoRoot().resolve("plugins"))
                .enable("attendance-qr", Map.of()).config(c -> c.server.publicUrl = PUBLIC).start();
    }

    @AfterAll
    static void stop() {
        server.close();
    }

    @Test
    void theQrImageDecodesToALinkThatMarksTheListenerWhoFollowsIt() throws Exception {
        Classroom room = new Classroom(server);
        Classroom.Listener listener = room.listener("Ахметова");
        room.at("13:08");

        HttpResponse<byte[]> png = room.teacherWeb().http().send(HttpRequest.newBuilder(
                        URI.create(room.teacherWeb().url("/attendance-qr/sessions/" + room.session + "/qr/in.png"))).GET().build(),
                HttpResponse.BodyHandlers.ofByteArray());
        assertEquals(200, png.statusCode());
        assertEquals("image/png", png.headers().firstValue("Content-Type").orElseThrow());
        BufferedImage image = ImageIO.read(new ByteArrayInputStream(png.body()));
        assertTrue(image.getWidth() >= 600, "large enough for the back of a room: " + image.getWidth());
        String decoded = new QRCodeReader().decode(new BinaryBitmap(new HybridBinarizer(new BufferedImageLuminanceSource(image))),
                Map.of(DecodeHintType.PURE_BARCODE, Boolean.TRUE)).getText();
        assertTrue(decoded.startsWith(PUBLIC + "/attendance-qr/check-in/" + room.session + "/in/"), "the public address, not the request's: " + decoded);

        WebClient.Page page = listener.web().get(URI.create(decoded).getRawPath().substring("/college".length()));

        assertEquals(200, page.status(), page.body());
        assertTrue(page.contains("уақытында"));
        assertTrue(page.contains("<html lang=\"kk\">") && page.contains("Ахметова"), "the light layout: language and who");
        assertFalse(page.contains("main-menu") || page.contains("href=\"/notifications\""),
                "a light page: no menu, no notification count");
        assertEquals("ON_TIME", room.mark(listener, "in").status());
        List<String> cookies = page.headers().allValues("Set-Cookie").stream().filter(c -> c.startsWith("sabaq_att_")).toList();
        assertEquals(2, cookies.size(), "the device cookie and the browser's memory of its marks: " + cookies);
        cookies.forEach(c -> assertTrue(c.contains("Secure"),
                "users reach the site over HTTPS through a proxy, so the cookies stay off plain HTTP: " + c));
    }

    @Test
    void theCodeRotatesWithServerTimeAndTellsTheScreenWhenToAskAgain() {
        Classroom room = new Classroom(server);
        room.at("13:00:03");
        JsonNode first = room.code("in");
        assertTrue(first.get("link").asText().startsWith(PUBLIC + "/attendance-qr/check-in/" + room.session + "/in/"), first.toString());
        assertEquals(12_000, first.get("refreshInMs").asLong(), "15-second slots by the server clock");
        room.at("13:00:14");
        assertEquals(first.get("link").asText(), room.code("in").get("link").asText());
        room.at("13:00:15");
        JsonNode next = room.code("in");

        assertNotEquals(first.get("link").asText(), next.get("link").asText());
        assertNotEquals(first.get("image").asText(), next.get("image").asText());
        assertTrue(next.get("typed").asText().matches("\\d{6}"));
        assertNotEquals(room.code("in").get("link").asText(), room.code("out").get("link").asText(), "check-out has its own code");
    }

    @Test
    void theSessionPageShowsTheCodeLargeWithTheTypedCodeUnderIt() {
        Classroom room = new Classroom(server);
        String typed = room.typed("in");

        WebClient.Page page = room.teacherWeb().get("/attendance-qr/sessions/" + room.session);

        assertEquals(200, page.status());
        assertTrue(page.contains("/attendance-qr/sessions/" + room.session + "/qr/in.png"), page.body());
        assertTrue(page.contains("<strong id=\"att-typed\">" + typed + "</strong>"));
        assertTrue(page.contains("data-att-fullscreen"));
        assertTrue(page.contains("Келуіңізді белгілеу үшін сканерлеңіз"));
    }

    @Test
    void afterTheCheckOutWindowOpensThePageShowsTheCheckOutCode() {
        Classroom room = new Classroom(server);
        room.at("13:51");

        WebClient.Page page = room.teacherWeb().get("/attendance-qr/sessions/" + room.session);

        assertTrue(page.contains("/qr/out.png"));
        assertTrue(page.contains("Шығуыңызды белгілеу үшін сканерлеңіз"));
    }
}
