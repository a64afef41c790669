package kz.sabaq.systemtest;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDateTime;
import java.time.ZoneOffset;
import java.util.Map;
import kz.sabaq.api.journal.Journals;
import kz.sabaq.attestation.testing.AttestationGenerator;
import kz.sabaq.core.testing.Generator;
import kz.sabaq.core.testing.Iins;
import kz.sabaq.core.testing.TestServer;
import kz.sabaq.core.testing.WebClient;
import kz.sabaq.examtest.testing.ExamTestGenerator;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * A final control online attestation conducts as a computer-based test (plugin-api FinalControlTest,
 * published by exam-test): the slot, admission and presence are online attestation's, the student's
 * final control page leads into exam-test's timed test, and exam-test lets an attempt start only
 * inside the student's slot and only when online attestation admits them. The attempt ends with the
 * slot at the latest; its result is the grade, which staff cannot set a second time.
 */
class FinalControlAsTestTest {
    static TestServer server;
    static Generator gen;
    static AttestationGenerator attestation;
    static ExamTestGenerator exams;

    @BeforeAll
    static void start() {
        server = AllPlugins.server().start();
        gen = Generator.on(server);
        attestation = new AttestationGenerator(gen);
        exams = new ExamTestGenerator(gen);
    }

    @AfterAll
    static void stop() {
        server.close();
    }

    /** A stream whose final control online attestation conducts as a test, its final test opened. */
    private record Exam(long teacher, String teacherIin, long group, long stream, long test) {
        String page(long student) {
            return "/online-attestation/streams/" + stream + "/students/" + student;
        }

        String start() {
            return "/exam-test/tests/" + test + "/start";
        }
    }

    private static Exam exam() {
        String teacherIin = Iins.next();
        long teacher = gen.user().iin(teacherIin).teacher().create();
        long group = gen.group().create();
        long discipline = gen.discipline().create();
        long stream = gen.stream().teacher(teacher).discipline(discipline).groups(group).finalForm("letter").create();
        exams.bank(discipline, teacher, "Негіздер", 40, 40, 20);
        long test = exams.test(stream, teacher).create();
        attestation.exam(stream).asTest().create();
        return new Exam(teacher, teacherIin, group, stream, test);
    }

    private record Student(long id, WebClient web) {
    }

    /** A student of the group with this admission rating, logged in. */
    private static Student student(Exam exam, String rating) {
        String iin = Iins.next();
        long id = gen.user().iin(iin).student(exam.group()).create();
        gen.grade().of(exam.stream(), id).kind("admission").value(rating).create();
        WebClient web = server.client();
        assertEquals(303, web.login(iin).status());
        return new Student(id, web);
    }

    private static LocalDateTime now() {
        return LocalDateTime.now(server.clock().withZone(ZoneOffset.UTC));
    }

    private static String attempts(long test) {
        return Rows.string(server, "SELECT COUNT(*) FROM et_attempt WHERE test_id = ?", test);
    }

    @Test
    void theExamPageLeadsIntoTheTestOnlyInsideTheStudentsSlotAndOnlyWhenAdmitted() {
        Exam exam = exam();
        // 40 minutes: shorter than the test's 50, so the slot's end is the attempt's deadline
        LocalDateTime from = now().plusHours(1);
        LocalDateTime to = from.plusMinutes(40);
        long slot = attestation.slot(exam.stream(), exam.teacher()).between(from, to).create();
        Student admitted = student(exam, "55");
        Student refused = student(exam, "30");
        Student unplaced = student(exam, "80");
        attestation.sitting(exam.stream(), admitted.id(), slot).create();
        attestation.sitting(exam.stream(), refused.id(), slot).create();

        WebClient.Page before = admitted.web().get(exam.page(admitted.id()));
        assertTrue(before.contains("data-oa-test=\"waiting\""), before.body());
        assertFalse(before.contains("action=\"" + exam.start() + "\""), "no start before the slot");
        WebClient.Page early = admitted.web().post(exam.start(), Map.of());
        assertEquals(409, early.status());
        assertTrue(early.contains("Тестті тек өз уақытыңызда бастауға болады"), early.body());
        assertTrue(cabinetTest(admitted).contains("Тестті тек өз уақытыңызда бастауға болады"),
                "the cabinet's test card says why it cannot start yet");

        server.clock().set(from.plusMinutes(5));
        WebClient.Page ready = admitted.web().get(exam.page(admitted.id()));
        assertTrue(ready.contains("data-oa-test=\"ready\""), ready.body());
        assertTrue(ready.contains("action=\"" + exam.start() + "\""), "the exam page posts to exam-test's start");
        assertFalse(ready.contains("data-oa-answer"), "no ticket answer for a test");
        WebClient.Page started = admitted.web().post(exam.start(), Map.of());
        assertEquals(303, started.status(), started.body());
        assertTrue(started.location().contains("/exam-test/attempts/"), started.location());
        assertEquals(to.toString(), Rows.string(server,
                "SELECT DATE_FORMAT(deadline, '%Y-%m-%dT%H:%i') FROM et_attempt WHERE test_id = ? AND student_id = ?",
                exam.test(), admitted.id()), "the attempt ends with the slot, before its 50 minutes");
        assertTrue(admitted.web().get(exam.page(admitted.id())).contains("data-oa-test=\"running\""));
        String attempt = started.location().substring(started.location().lastIndexOf('/') + 1);
        admitted.web().post(exam.page(admitted.id()) + "/presence/leave", Map.of());
        assertEquals(null, lastSeen(exam, admitted), "left online attestation's page");
        assertEquals(200, admitted.web().post("/exam-test/attempts/" + attempt + "/presence", Map.of()).status());
        assertTrue(lastSeen(exam, admitted) != null, "the test's page keeps the student present at the final control");

        WebClient.Page notAdmitted = refused.web().get(exam.page(refused.id()));
        assertTrue(notAdmitted.contains("data-oa-test=\"notAdmitted\""), notAdmitted.body());
        WebClient.Page refusedStart = refused.web().post(exam.start(), Map.of());
        assertEquals(409, refusedStart.status());
        assertTrue(refusedStart.contains("Сіз емтиханға жіберілмейсіз"), refusedStart.body());
        assertTrue(cabinetTest(refused).contains("data-today-warning"), "the cabinet warns the student not admitted");
        WebClient.Page noSlot = unplaced.web().post(exam.start(), Map.of());
        assertEquals(409, noSlot.status());
        assertTrue(noSlot.contains("Сізге бұл қорытынды бақылаудың уақыты әлі белгіленген жоқ"), noSlot.body());
        assertEquals("1", attempts(exam.test()), "only the admitted student in the slot started");

        WebClient teacher = server.client();
        assertEquals(303, teacher.login(exam.teacherIin()).status());
        server.clock().set(to.plusMinutes(1));
        assertTrue(admitted.web().get(exam.page(admitted.id())).contains("data-oa-test=\"finished\""),
                "the deadline closed the attempt: the one attempt is used");
        assertTrue(server.app().runJob("exam-test.close-expired"));
        assertEquals("0", server.app().service(Journals.class).orElseThrow().grades(exam.stream(), admitted.id())
                .get(Journals.FINAL), "exam-test wrote the test's result (no answers: 0 points) into the journal");
        assertTrue(admitted.web().get(exam.page(admitted.id())).contains("data-oa-grade"), "the exam page shows it");
        WebClient.Page graded = teacher.post(exam.page(admitted.id()) + "/grade", Map.of("points", "95"));
        assertEquals(409, graded.status(), "the test's result is the grade; staff do not grade it again");
        assertTrue(graded.contains("Қорытынды бақылау тест түрінде өтеді"), graded.body());
        assertEquals("0", server.app().service(Journals.class).orElseThrow().grades(exam.stream(), admitted.id())
                .get(Journals.FINAL), "the refused grade changed nothing");
        assertTrue(refused.web().get(exam.page(refused.id())).contains("data-oa-test=\"ended\""));
        assertEquals(409, refused.web().post(exam.start(), Map.of()).status(), "after the slot nobody starts");
    }

    /** The exam-test card on the student's cabinet ("today"), or "" when there is none. */
    private static String cabinetTest(Student student) {
        Element card = Jsoup.parse(student.web().get("/").body())
                .selectFirst("[data-today-item]:has(a[href=/exam-test/mine])");
        return card == null ? "" : card.outerHtml();
    }

    private static String lastSeen(Exam exam, Student student) {
        return Rows.string(server, "SELECT last_seen FROM oa_presence WHERE stream_id = ? AND student_id = ?",
                exam.stream(), student.id());
    }

    @Test
    void aFinalControlConductedByTicketHasNoTestToTake() {
        Exam exam = exam();
        attestation.exam(exam.stream()).byTicket(true).create();
        long slot = attestation.slot(exam.stream(), exam.teacher()).between(now().minusMinutes(5), now().plusHours(1)).create();
        Student student = student(exam, "90");
        attestation.sitting(exam.stream(), student.id(), slot).create();

        WebClient.Page refused = student.web().post(exam.start(), Map.of());
        assertEquals(409, refused.status());
        assertTrue(refused.contains("билет немесе тапсырма бойынша өтеді"), refused.body());
        assertFalse(student.web().get(exam.page(student.id())).contains("data-oa-test"));
        assertEquals("", cabinetTest(student), "no test on the cabinet when the final control is held by ticket");
        assertEquals("0", attempts(exam.test()));
    }

    @Test
    void staffChooseTheTestOnTheStreamPageWhileExamTestIsStarted() {
        Exam exam = exam();
        attestation.exam(exam.stream()).byTicket(true).create();
        WebClient teacher = server.client();
        assertEquals(303, teacher.login(exam.teacherIin()).status());
        String page = "/online-attestation/streams/" + exam.stream();
        assertTrue(teacher.get(page + "?edit=mode").contains("value=\"test\""), "offered next to tickets and tasks");
        assertEquals(303, teacher.post(page + "/mode", Map.of("conduct", "test")).status());
        WebClient.Page shown = teacher.get(page);
        assertTrue(shown.contains("data-mode=\"test\""), shown.body());
        assertFalse(shown.contains("data-action=\"tickets\""), "no tickets for a test");
        assertEquals("1", Rows.string(server, "SELECT COUNT(*) FROM oa_stream WHERE stream_id = ? AND by_test AND NOT by_ticket",
                exam.stream()));
    }
}
