package kz.sabaq.core.notify;

import static org.junit.jupiter.api.Assertions.assertDoesNotThrow;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.icegreen.greenmail.junit5.GreenMailExtension;
import com.icegreen.greenmail.util.ServerSetupTest;
import jakarta.mail.Message;
import jakarta.mail.internet.InternetAddress;
import jakarta.mail.internet.MimeMessage;
import java.io.IOException;
import java.net.ServerSocket;
import java.time.LocalDateTime;
import java.util.List;
import kz.sabaq.api.notify.Notification;
import kz.sabaq.core.testing.Iins;
import kz.sabaq.core.testing.TestServer;
import kz.sabaq.core.user.NewUser;
import kz.sabaq.core.user.UserMapper;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

class EmailNotifierTest {
    @RegisterExtension
    static final GreenMailExtension SMTP = new GreenMailExtension(ServerSetupTest.SMTP.dynamicPort())
            .withPerMethodLifecycle(false);

    static TestServer server;

    @BeforeAll
    static void start() {
        int port = SMTP.getSmtp().getPort();
        server = TestServer.builder().config(c -> {
            c.mail.host = "127.0.0.1";
            c.mail.port = port;
            c.mail.from = "noreply@college.example.kz";
            c.server.publicUrl = "https://college.example.kz/";
        }).start();
    }

    @AfterAll
    static void stop() {
        server.close();
    }

    @BeforeEach
    void emptyMailboxes() throws Exception {
        SMTP.purgeEmailFromAllMailboxes();
    }

    private static long person(TestServer on, String email, String locale) {
        return on.app().database().mapper(UserMapper.class).insert(
                new NewUser(Iins.next(), "Жұмабекова", "Әйгерім", null, email, locale, null),
                LocalDateTime.now(on.clock()));
    }

    @Test
    void emailGoesToTheRecipientInTheirLanguage() throws Exception {
        long kazakh = person(server, "aigerim@example.kz", "kk");
        server.app().notifications().send(new Notification(kazakh, "core.cabinet.welcome", List.of("Әйгерім"), "/journal/7"));

        MimeMessage[] received = SMTP.getReceivedMessages();
        assertEquals(1, received.length);
        MimeMessage mail = received[0];
        assertEquals("aigerim@example.kz", ((InternetAddress) mail.getRecipients(Message.RecipientType.TO)[0]).getAddress());
        assertEquals("noreply@college.example.kz", ((InternetAddress) mail.getFrom()[0]).getAddress());
        assertEquals("Сынақ колледжі: жаңа хабарлама", mail.getSubject());
        String body = (String) mail.getContent();
        assertTrue(body.startsWith("Қош келдіңіз, Әйгерім!"), body);
        assertTrue(body.contains("Ашу: https://college.example.kz/journal/7"), body);
        assertTrue(mail.getContentType().toLowerCase().contains("utf-8"), mail.getContentType());
    }

    @Test
    void aRussianSpeakerGetsTheEmailInRussian() throws Exception {
        long russian = person(server, "daniyar@example.kz", "ru");
        server.app().notifications().send(new Notification(russian, "core.cabinet.welcome", List.of("Данияр"), null));

        MimeMessage mail = SMTP.getReceivedMessages()[0];
        assertEquals("Тестовый колледж: новое уведомление", mail.getSubject());
        String body = (String) mail.getContent();
        assertTrue(body.startsWith("Добро пожаловать, Данияр!"), body);
        assertTrue(!body.contains("Открыть:"), "no link line without a link: " + body);
    }

    @Test
    void aRecipientWithoutAnEmailIsSkipped() {
        long noAddress = person(server, null, "kk");
        server.app().notifications().send(new Notification(noAddress, "core.cabinet.welcome", List.of("X"), null));
        assertEquals(0, SMTP.getReceivedMessages().length);
        assertEquals(1, server.app().notifications().unread(noAddress));
    }

    @Test
    void aDeadSmtpServerDoesNotLoseTheInAppNotification() throws IOException {
        int deadPort;
        try (ServerSocket probe = new ServerSocket(0)) {
            deadPort = probe.getLocalPort();
        }
        try (TestServer deadMail = TestServer.builder().config(c -> {
            c.mail.host = "127.0.0.1";
            c.mail.port = deadPort;
        }).start()) {
            long recipient = person(deadMail, "lost@example.kz", "kk");
            assertDoesNotThrow(() -> deadMail.app().notifications().send(
                    new Notification(recipient, "core.cabinet.welcome", List.of("Ерлан"), null)));
            assertEquals(1, deadMail.app().notifications().unread(recipient));
        }
        assertEquals(0, SMTP.getReceivedMessages().length);
    }
}
