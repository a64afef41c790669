package kz.sabaq.announcements;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.Map;
import kz.sabaq.api.access.StandardRoles;
import kz.sabaq.core.testing.Iins;
import kz.sabaq.core.testing.TestServer;
import kz.sabaq.core.testing.WebClient;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** Only its author, or someone with the right to withdraw any (administrators), withdraws an announcement. */
class WithdrawTest {
    static TestServer server;

    @BeforeAll
    static void start() {
        server = TestServer.builder().plugins(TestServer.repoRoot().resolve("plugins"))
                .enable("announcements", Map.of()).start();
    }

    @AfterAll
    static void stop() {
        server.close();
    }

    private static WebClient as(String role) {
        String iin = Iins.next();
        server.user(iin, "Test", "User", role);
        WebClient browser = server.client();
        assertEquals(303, browser.login(iin).status());
        return browser;
    }

    private static long publish(WebClient author, String title) {
        assertEquals(303, author.post("/announcements", Map.of("title", title, "body", "…")).status());
        try (Connection c = server.app().database().connection();
             var s = c.prepareStatement("SELECT id FROM ann_announcement WHERE title = ?")) {
            s.setString(1, title);
            try (ResultSet r = s.executeQuery()) {
                return r.next() ? r.getLong(1) : -1;
            }
        } catch (SQLException e) {
            throw new IllegalStateException(e);
        }
    }

    @Test
    void anotherPublisherCannotWithdrawItOrSeeTheButton() {
        WebClient author = as(StandardRoles.REGISTRAR);
        long id = publish(author, "Емтихан кестесі");
        WebClient other = as(StandardRoles.REGISTRAR);
        WebClient.Page list = other.get("/announcements");
        assertTrue(list.contains("Емтихан кестесі"));
        assertFalse(list.contains("/announcements/" + id + "/withdraw"), "no button for another's announcement");

        assertEquals(403, other.post("/announcements/" + id + "/withdraw", Map.of()).status());
        assertTrue(other.get("/announcements").contains("Емтихан кестесі"), "still published");

        assertTrue(author.get("/announcements").contains("/announcements/" + id + "/withdraw"));
        assertEquals(303, author.post("/announcements/" + id + "/withdraw", Map.of()).status());
        assertFalse(author.get("/announcements").contains("Емтихан кестесі"));
    }

    @Test
    void anAdministratorWithdrawsAnyAnnouncement() {
        long id = publish(as(StandardRoles.REGISTRAR), "Кітапхана жабық");
        WebClient admin = as(StandardRoles.ADMINISTRATOR);
        assertEquals(303, admin.post("/announcements/" + id + "/withdraw", Map.of()).status());
        assertFalse(admin.get("/announcements").contains("Кітапхана жабық"));
    }
}
