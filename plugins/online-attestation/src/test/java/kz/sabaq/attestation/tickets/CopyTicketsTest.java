package kz.sabaq.attestation.tickets;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDateTime;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import kz.sabaq.api.access.StandardRoles;
import kz.sabaq.core.testing.FormFields;
import kz.sabaq.core.testing.Iins;
import kz.sabaq.core.testing.TestServer;
import kz.sabaq.core.testing.WebClient;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** Spec §7 "Copy tickets": which streams are offered, appending with the next numbers, files, registrar. */
class CopyTicketsTest {
    private static final Pattern TOKEN = Pattern.compile("name=\"token\" value=\"([0-9a-f]{32})\"");
    static TestServer server;

    @BeforeAll
    static void start() {
        server = OaFixture.server(Map.of());
    }

    @AfterAll
    static void stop() {
        server.close();
    }

    /** A source stream with ticket 1 (text) and ticket 2 (file), and sibling streams of every kind. */
    static final class Streams {
        final OaFixture f = new OaFixture(server, 2);
        final long period = f.currentPeriod();
        final long target = f.sibling(period, 3);
        final long offline = f.sibling(period, 1);
        final long withTicket = f.sibling(period, 1);
        final long otherDiscipline;

        Streams() {
            WebClient teacher = f.teacherWeb();
            teacher.post("/online-attestation/streams/" + f.stream + "/tickets/count", Map.of("count", "2"));
            OaFixture.multipart(teacher, "/online-attestation/streams/" + f.stream + "/tickets", Map.of("number", "1", "body", "Бірінші"), null, null);
            OaFixture.multipart(teacher, "/online-attestation/streams/" + f.stream + "/tickets", Map.of("number", "2", "body", ""), "q.png",
                    TicketBankTest.PNG);
            f.online(target, true);
            f.exec("UPDATE oa_stream SET ticket_count = 1 WHERE stream_id = ?", target);
            f.attestation.ticket(target, 1, "Бар", f.teacher);
            f.online(offline, false);
            f.online(withTicket, true);
            long student = f.number("SELECT st.user_id FROM student st JOIN stream_group sg ON sg.group_id = st.group_id "
                    + "WHERE sg.stream_id = ?", withTicket);
            LocalDateTime now = LocalDateTime.now(server.clock());
            long slot = f.attestation.slot(withTicket, f.teacher).between(now, now).create();
            f.attestation.sitting(withTicket, student, slot).ticket(1, 0).create();
            otherDiscipline = f.academic.stream(f.teacher, f.group);
            f.online(otherDiscipline, true);
        }

        String dialog() {
            return "/online-attestation/streams/" + f.stream + "/tickets/copy?ticket=1&ticket=2&period=" + period;
        }

        WebClient.Page copy(WebClient web, String token, long... to) {
            FormFields form = FormFields.of("token", token).add("period", period).add("ticket", 1).add("ticket", 2);
            for (long t : to) {
                form.add("target", t);
            }
            return web.post("/online-attestation/streams/" + f.stream + "/tickets/copy", form);
        }
    }

    static String token(String page) {
        Matcher m = TOKEN.matcher(page);
        assertTrue(m.find(), page);
        return m.group(1);
    }

    @Test
    void onlyTheTeachersOnlineStreamsOfTheDisciplineWithoutGivenTicketsAreOffered() {
        Streams s = new Streams();

        WebClient.Page dialog = s.f.teacherWeb().get(s.dialog());

        assertEquals(200, dialog.status(), dialog.body());
        assertTrue(dialog.contains("data-target=\"" + s.target + "\""), dialog.body());
        assertFalse(dialog.contains("data-target=\"" + s.offline + "\""));
        assertFalse(dialog.contains("data-target=\"" + s.withTicket + "\""));
        assertFalse(dialog.contains("data-target=\"" + s.otherDiscipline + "\""));
        assertFalse(dialog.contains("data-target=\"" + s.f.stream + "\""));
        assertTrue(dialog.contains("<td>3</td>"), "students count");
    }

    @Test
    void copiesAreAppendedWithTheNextNumbersAndTheirOwnFiles() {
        Streams s = new Streams();
        WebClient teacher = s.f.teacherWeb();

        WebClient.Page done = s.copy(teacher, token(teacher.get(s.dialog()).body()), s.target);

        assertEquals(303, done.status(), done.body());
        assertTrue(teacher.get(done.location()).contains("Билеттер 1 ағымға көшірілді"));
        assertEquals(3, s.f.number("SELECT ticket_count FROM oa_stream WHERE stream_id = ?", s.target));
        assertEquals(List.of("1", "2", "3"), s.f.strings("SELECT number FROM oa_ticket WHERE stream_id = ? ORDER BY number", s.target));
        assertEquals(List.of("Бірінші"), s.f.strings("SELECT body FROM oa_ticket WHERE stream_id = ? AND number = 2", s.target));
        String copied = s.f.strings("SELECT file_key FROM oa_ticket WHERE stream_id = ? AND number = 3", s.target).get(0);
        String original = s.f.strings("SELECT file_key FROM oa_ticket WHERE stream_id = ? AND number = 2", s.f.stream).get(0);
        assertNotEquals(original, copied);
        assertEquals(200, TicketBankTestAccess.status(teacher, "/online-attestation/streams/" + s.target + "/tickets/3/file"));
    }

    @Test
    void aResentCopyFormCopiesNothingTwice() {
        Streams s = new Streams();
        WebClient teacher = s.f.teacherWeb();
        String token = token(teacher.get(s.dialog()).body());

        assertEquals(303, s.copy(teacher, token, s.target).status());
        assertEquals(409, s.copy(teacher, token, s.target).status());

        assertEquals(3, s.f.number("SELECT COUNT(*) FROM oa_ticket WHERE stream_id = ?", s.target));
    }

    @Test
    void aStreamTheDialogWouldNotOfferIsRefused() {
        Streams s = new Streams();
        WebClient teacher = s.f.teacherWeb();

        WebClient.Page refused = s.copy(teacher, token(teacher.get(s.dialog()).body()), s.target, s.withTicket);

        assertEquals(400, refused.status());
        assertEquals(1, s.f.number("SELECT COUNT(*) FROM oa_ticket WHERE stream_id = ?", s.target));
        assertEquals(0, s.f.number("SELECT COUNT(*) FROM oa_ticket WHERE stream_id = ?", s.withTicket));
    }

    @Test
    void copyingWithoutACheckedTicketIsRefused() {
        Streams s = new Streams();
        WebClient teacher = s.f.teacherWeb();
        String token = token(teacher.get(s.dialog()).body());

        WebClient.Page refused = teacher.post("/online-attestation/streams/" + s.f.stream + "/tickets/copy",
                Map.of("token", token, "period", String.valueOf(s.period), "target", String.valueOf(s.target)));

        assertEquals(400, refused.status());
        assertEquals(1, s.f.number("SELECT COUNT(*) FROM oa_ticket WHERE stream_id = ?", s.target));
    }

    @Test
    void theRegistrarSeesTheTeachersStreamsAndCopiesLikeTheTeacher() {
        Streams s = new Streams();
        WebClient registrar = s.f.person(StandardRoles.REGISTRAR);

        String dialog = registrar.get(s.dialog()).body();
        assertTrue(dialog.contains("data-target=\"" + s.target + "\""), dialog);
        assertEquals(303, s.copy(registrar, token(dialog), s.target).status());

        assertEquals(3, s.f.number("SELECT ticket_count FROM oa_stream WHERE stream_id = ?", s.target));
    }

    @Test
    void anotherTeacherCannotCopy() {
        Streams s = new Streams();
        String iin = Iins.next();
        server.user(iin, "Басқа", "Оқытушы", StandardRoles.TEACHER);
        WebClient other = s.f.login(iin);

        assertEquals(403, other.get(s.dialog()).status());
        assertEquals(403, s.copy(other, TicketCopies.newToken(), s.target).status());
        assertEquals(1, s.f.number("SELECT COUNT(*) FROM oa_ticket WHERE stream_id = ?", s.target));
    }
}
