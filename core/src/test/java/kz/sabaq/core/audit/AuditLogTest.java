package kz.sabaq.core.audit;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Duration;
import java.time.LocalDateTime;
import java.util.Map;
import kz.sabaq.api.access.StandardRoles;
import kz.sabaq.api.data.AuditLog;
import kz.sabaq.core.testing.Iins;
import kz.sabaq.core.testing.TestServer;
import kz.sabaq.core.testing.WebClient;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

class AuditLogTest {
    static TestServer server;
    static AuditLog audit;
    static WebClient admin;

    @BeforeAll
    static void start() {
        server = TestServer.builder().start();
        audit = server.app().audit();
        String iin = Iins.next();
        server.user(iin, "Әкімшілік", "Гүлнар", StandardRoles.ADMINISTRATOR);
        admin = server.client();
        assertEquals(303, admin.login(iin).status());
    }

    @AfterAll
    static void stop() {
        server.close();
    }

    private static WebClient.Page auditPage(String query) {
        return admin.get("/admin/audit?" + query);
    }

    @Test
    void auditLogRefusesUpdatesAndDeletes() throws SQLException {
        audit.record(null, "core.test.append-only", "object:append-only", Map.of("n", 1));
        try (Connection c = server.app().database().connection(); Statement s = c.createStatement()) {
            SQLException update = assertThrows(SQLException.class, () -> s.executeUpdate(
                    "UPDATE audit_event SET action = 'core.test.rewritten' WHERE object = 'object:append-only'"));
            assertTrue(update.getMessage().contains("append-only"), update.getMessage());
            SQLException delete = assertThrows(SQLException.class, () -> s.executeUpdate(
                    "DELETE FROM audit_event WHERE object = 'object:append-only'"));
            assertTrue(delete.getMessage().contains("append-only"), delete.getMessage());
            try (ResultSet r = s.executeQuery("SELECT action FROM audit_event WHERE object = 'object:append-only'")) {
                assertTrue(r.next());
                assertEquals("core.test.append-only", r.getString(1));
            }
        }
    }

    @Test
    void severalEntriesAreAppendedTogetherInTheCallersTransactionOrNotAtAll() throws SQLException {
        long teacher = server.user(Iins.next(), "Оспанов", "Ерлан", StandardRoles.TEACHER);
        audit.recordAll(java.util.List.of(
                new AuditLog.Entry(teacher, "core.test.together", "object:together-1", Map.of("n", 1)),
                new AuditLog.Entry(null, "core.test.together", "object:together-2", Map.of("n", 2))));
        assertEquals("1:" + teacher + ":{\"n\":1}|2:null:{\"n\":2}", together("object:together-%"));

        assertThrows(IllegalStateException.class, () -> server.app().database().run(() -> {
            audit.recordAll(java.util.List.of(new AuditLog.Entry(null, "core.test.together", "object:undone-1", Map.of())));
            throw new IllegalStateException("rolled back");
        }));
        assertEquals("", together("object:undone-%"), "rolled back with the caller's transaction");
        audit.recordAll(java.util.List.of());
    }

    /** The events on matching objects, as "object's number:actor:details", in object order. */
    private static String together(String objects) throws SQLException {
        StringBuilder seen = new StringBuilder();
        try (Connection c = server.app().database().connection();
             java.sql.PreparedStatement s = c.prepareStatement(
                     "SELECT object, actor_id, details FROM audit_event WHERE object LIKE ? ORDER BY object")) {
            s.setString(1, objects);
            try (ResultSet r = s.executeQuery()) {
                while (r.next()) {
                    String object = r.getString(1);
                    seen.append(seen.length() == 0 ? "" : "|").append(object.substring(object.lastIndexOf('-') + 1))
                            .append(':').append(r.getObject(2)).append(':').append(r.getString(3));
                }
            }
        }
        return seen.toString();
    }

    @Test
    void auditPageFiltersByActionPrefix() {
        audit.record(null, "attendance-qr.mark.manual", "session:prefix-1", Map.of());
        audit.record(null, "attendance-qr.session.open", "session:prefix-2", Map.of());
        audit.record(null, "journal.grade.set", "grade:prefix-3", Map.of());
        WebClient.Page page = auditPage("action=attendance-qr.");
        assertEquals(200, page.status());
        assertTrue(page.contains("session:prefix-1"));
        assertTrue(page.contains("session:prefix-2"));
        assertFalse(page.contains("grade:prefix-3"));
    }

    @Test
    void wildcardsInTheActionFilterAreTakenLiterally() {
        audit.record(null, "wild_card.event", "object:underscore", Map.of());
        audit.record(null, "wildXcard.event", "object:letter", Map.of());
        WebClient.Page page = auditPage("action=wild_");
        assertTrue(page.contains("object:underscore"));
        assertFalse(page.contains("object:letter"));
        assertFalse(auditPage("action=%25").contains("object:letter"), "a per cent sign is not a wildcard");
    }

    @Test
    void auditPageFiltersByActorIinAndShowsTheActor() {
        String teacherIin = Iins.next();
        long teacher = server.user(teacherIin, "Оспанов", "Бауыржан", StandardRoles.TEACHER);
        long other = server.user(Iins.next(), "Ахметова", "Дана", StandardRoles.TEACHER);
        audit.record(teacher, "journal.grade.set", "grade:actor-1", Map.of());
        audit.record(other, "journal.grade.set", "grade:actor-2", Map.of());
        WebClient.Page page = auditPage("actor=" + teacherIin);
        assertTrue(page.contains("grade:actor-1"));
        assertTrue(page.contains("Оспанов Бауыржан"));
        assertTrue(page.contains(teacherIin));
        assertFalse(page.contains("grade:actor-2"));
    }

    @Test
    void anUnknownActorIinIsRefusedWithAMessage() {
        String nobody = Iins.next();
        WebClient.Page page = auditPage("actor=" + nobody);
        assertEquals(400, page.status());
        assertTrue(page.contains("ЖСН " + nobody + " бойынша пайдаланушы табылмады."), page.body());
    }

    @Test
    void auditPageFiltersByObjectText() {
        audit.record(null, "exam.ticket.drawn", "exam:object-filter-77", Map.of());
        audit.record(null, "exam.ticket.drawn", "exam:object-filter-88", Map.of());
        WebClient.Page page = auditPage("object=filter-77");
        assertTrue(page.contains("exam:object-filter-77"));
        assertFalse(page.contains("exam:object-filter-88"));
    }

    @Test
    void anActionIsShownByItsTranslatedNameAndItsDetailsAsLines() {
        audit.record(null, "core.user.created", "user:named-action", Map.of("roles", "student"));
        audit.record(null, "core.test.unnamed", "user:unnamed-action", Map.of());
        WebClient.Page page = auditPage("object=named-action");
        assertTrue(page.contains("Пайдаланушы қосылды<br><code class=\"muted\">core.user.created</code>"), page.body());
        assertTrue(page.contains("<li><span class=\"muted\">roles:</span> student</li>"), page.body());
        assertFalse(page.contains("{&quot;roles&quot;"), "no raw JSON");
        WebClient.Page unnamed = auditPage("object=unnamed-action");
        assertTrue(unnamed.contains("<td><code class=\"muted\">core.test.unnamed</code></td>"), "an unnamed action keeps its code");
    }

    @Test
    void dateFilterUsesTheInstitutionsLocalDate() {
        LocalDateTime before = LocalDateTime.now(server.clock());
        // 20:30 UTC on 1 March is already 2 March in Kazakhstan (UTC+5).
        server.clock().set(LocalDateTime.parse("2027-03-01T20:30:00"));
        audit.record(null, "core.test.local-date", "object:late-evening", Map.of());
        server.clock().set(before);
        WebClient.Page local = auditPage("action=core.test.local-date&from=2027-03-02&to=2027-03-02");
        assertTrue(local.contains("object:late-evening"));
        assertTrue(local.contains("02.03.2027 01:30:00"), "shown in local time, as dates are written here");
        WebClient.Page utcDay = auditPage("action=core.test.local-date&from=2027-03-01&to=2027-03-01");
        assertEquals(200, utcDay.status());
        assertFalse(utcDay.contains("object:late-evening"));
    }

    @Test
    void momentsInAnEntrysDetailsAreShownInLocalTimeNotInTheirIsoForm() {
        // A LocalDateTime of the modules' UTC clock (an attempt's deadline) and an Instant (a slot's start).
        audit.record(null, "core.test.moments", "object:moments", Map.of("deadline", "2027-03-01T20:30",
                "startsAt", "2027-03-01T04:15:00Z", "number", "2027-03"));
        WebClient.Page page = auditPage("object=moments");
        assertTrue(page.contains("<span class=\"muted\">deadline:</span> 02.03.2027 01:30:00</li>"), page.body());
        assertTrue(page.contains("<span class=\"muted\">startsAt:</span> 01.03.2027 09:15:00</li>"), page.body());
        assertTrue(page.contains("<span class=\"muted\">number:</span> 2027-03</li>"), "other values as they are");
        assertFalse(page.contains("2027-03-01T"), page.body());
    }

    @Test
    void aDateThatIsNotADateIsRefusedWithAMessage() {
        WebClient.Page page = auditPage("from=yesterday");
        assertEquals(400, page.status());
        assertTrue(page.contains("«yesterday» күн емес"), page.body());
    }

    @Test
    void newestEventsComeFirstFiftyToAPage() {
        for (int i = 1; i <= AuditResource.PAGE_SIZE + 1; i++) {
            audit.record(null, "core.test.paging", String.format("paging:%02d", i), Map.of());
            server.clock().advance(Duration.ofSeconds(1));
        }
        WebClient.Page first = auditPage("action=core.test.paging");
        assertTrue(first.body().indexOf("paging:51") < first.body().indexOf("paging:50"), "newest first");
        assertFalse(first.contains("paging:01"));
        assertTrue(first.contains("rel=\"next\""));
        assertFalse(first.contains("rel=\"prev\""));
        WebClient.Page second = auditPage("action=core.test.paging&page=2");
        assertTrue(second.contains("paging:01"));
        assertFalse(second.contains("paging:02<"));
        assertTrue(second.contains("rel=\"prev\""));
        assertFalse(second.contains("rel=\"next\""));
    }

    @Test
    void eventsPluginsRecordShowUpWithTheirDetailsEscaped() {
        String iin = Iins.next();
        long teacher = server.user(iin, "Нұрланов", "Асқар", StandardRoles.TEACHER);
        audit.record(teacher, "attendance-qr.mark.manual", "session:plugin-42",
                Map.of("student", 7, "status", "<b>late</b>"));
        WebClient.Page page = auditPage("action=attendance-qr.mark.manual&object=plugin-42");
        assertTrue(page.contains("session:plugin-42"));
        assertTrue(page.contains("Нұрланов Асқар"));
        assertTrue(page.contains("&lt;b&gt;late&lt;/b&gt;"), page.body());
        assertFalse(page.contains("<b>late</b>"));
    }

    @Test
    void studentCannotOpenTheAuditPage() {
        String iin = Iins.next();
        server.user(iin, "Студент", "Ерасыл", StandardRoles.STUDENT);
        WebClient student = server.client();
        student.login(iin);
        assertEquals(403, student.get("/admin/audit").status());
        assertFalse(student.get("/").contains("/admin/audit"));
    }

    @Test
    void administratorsSeeTheAuditLogInTheMenu() {
        assertTrue(admin.get("/").contains("href=\"/admin/audit\""));
    }
}
