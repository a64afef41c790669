package kz.sabaq.systemtest;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDateTime;
import java.time.ZoneOffset;
import java.util.Map;
import kz.sabaq.api.access.StandardRoles;
import kz.sabaq.attestation.testing.AttestationGenerator;
import kz.sabaq.core.testing.Generator;
import kz.sabaq.core.testing.Iins;
import kz.sabaq.core.testing.TestServer;
import kz.sabaq.core.testing.WebClient;
import kz.sabaq.examtest.testing.ExamTestGenerator;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * A computer-based final test admits the students online attestation admits, through plugin-api's
 * FinalControlAdmission: while online attestation holds the stream's final control as a test, a student whose
 * admission rating is below its minimum (50) sees "not admitted" and is refused the start; once the
 * stream is no longer held online, the test is open to every student of the stream again.
 */
class ExamTestAdmissionTest {
    static TestServer server;
    static Generator gen;

    @BeforeAll
    static void start() {
        server = AllPlugins.server().start();
        gen = Generator.on(server);
    }

    @AfterAll
    static void stop() {
        server.close();
    }

    @Test
    void onlyStudentsOnlineAttestationAdmitsMayStartTheFinalTestOfAStreamItHolds() {
        long teacher = gen.user().teacher().create();
        long group = gen.group().create();
        long discipline = gen.discipline().create();
        long stream = gen.stream().teacher(teacher).discipline(discipline).groups(group).finalForm("letter").create();
        ExamTestGenerator exams = new ExamTestGenerator(gen);
        exams.bank(discipline, teacher, "Негіздер", 40, 40, 20);
        long test = exams.test(stream, teacher).create();
        AttestationGenerator attestation = new AttestationGenerator(gen);
        attestation.exam(stream).asTest().create();
        LocalDateTime now = LocalDateTime.now(server.clock().withZone(ZoneOffset.UTC));
        long slot = attestation.slot(stream, teacher).between(now.minusMinutes(5), now.plusHours(1)).create();
        WebClient admitted = student(stream, group, "55", attestation, slot);
        WebClient refused = student(stream, group, "30", attestation, slot);

        assertEquals(303, admitted.post("/exam-test/tests/" + test + "/start", Map.of()).status());
        WebClient.Page mine = refused.get("/exam-test/mine");
        assertTrue(mine.contains("data-et-not-admitted"), mine.body());
        assertFalse(mine.contains("/exam-test/tests/" + test + "/start"), "no start button for a student who is not admitted");
        WebClient.Page start = refused.post("/exam-test/tests/" + test + "/start", Map.of());
        assertEquals(409, start.status());
        assertTrue(start.contains("Сіз емтиханға жіберілмейсіз"), start.body());
        assertEquals("1", Rows.string(server, "SELECT COUNT(*) FROM et_attempt WHERE test_id = ?", test), "only the admitted student's attempt");

        attestation.exam(stream).offline().create();
        assertEquals(303, refused.post("/exam-test/tests/" + test + "/start", Map.of()).status(),
                "online attestation no longer holds the control: every student of the stream may take the test");
    }

    /** A student of the group with the admission rating in the journal, placed in the slot, logged in. */
    private static WebClient student(long stream, long group, String rating, AttestationGenerator attestation, long slot) {
        String iin = Iins.next();
        long id = gen.user().iin(iin).student(group).create();
        gen.grade().of(stream, id).kind("admission").value(rating).create();
        attestation.sitting(stream, id, slot).create();
        WebClient web = server.client();
        assertEquals(303, web.login(iin).status());
        return web;
    }
}
