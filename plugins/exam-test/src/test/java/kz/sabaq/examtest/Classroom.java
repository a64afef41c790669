package kz.sabaq.examtest;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.nio.charset.StandardCharsets;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicInteger;
import kz.sabaq.api.access.StandardRoles;
import kz.sabaq.core.testing.AcademicFixture;
import kz.sabaq.core.testing.Iins;
import kz.sabaq.core.testing.MultipartForm;
import kz.sabaq.core.testing.TestServer;
import kz.sabaq.core.testing.WebClient;
import kz.sabaq.examtest.testing.ExamTestGenerator;

/**
 * The one place the plugin's tests make their data: a teacher's stream of one group made by core's
 * generator, its bank filled through the import page (as a teacher would) or by the plugin's
 * generator, students logged in.
 */
final class Classroom {
    private static final AtomicInteger NEXT = new AtomicInteger();

    final TestServer server;
    final AcademicFixture academic;
    final long teacher;
    final WebClient teacherWeb;
    final long group;
    final long stream;

    static TestServer server(Map<String, Object> settings) {
        return TestServer.builder().plugins(TestServer.repoRoot().resolve("plugins"))
                .enable("exam-test", settings).enable("grading-letter", Map.of()).start();
    }

    Classroom(TestServer server) {
        this.server = server;
        this.academic = new AcademicFixture(server);
        String iin = Iins.next();
        teacher = server.user(iin, "Сейітқали", "Нұрлан", StandardRoles.TEACHER);
        teacherWeb = server.client();
        assertEquals(303, teacherWeb.login(iin).status());
        group = academic.group("ET-" + NEXT.incrementAndGet());
        stream = academic.stream(teacher, group);
    }

    /** A student of the stream's group, logged in. */
    Student student() {
        String iin = Iins.next();
        long id = academic.student(iin, "Студент", "№" + NEXT.incrementAndGet(), group);
        WebClient web = server.client();
        assertEquals(303, web.login(iin).status());
        return new Student(id, iin, web);
    }

    record Student(long id, String iin, WebClient web) {
    }

    String bank() {
        return "/exam-test/streams/" + stream + "/bank";
    }

    /** Imports a file through the page; returns the page. */
    WebClient.Page importFile(String name, byte[] content, boolean dryRun) {
        MultipartForm form = MultipartForm.of().file("file", name, "application/octet-stream", content)
                .field("format", "auto").field("difficulty", "medium").field("topic", "");
        if (dryRun) {
            form.field("dryRun", "1");
        }
        return teacherWeb.postMultipart(bank() + "/import", form);
    }

    /**
     * Fills the bank with {@code easy}, {@code medium} and {@code hard} items of five options, the
     * first correct, on the given topic, through the CSV import.
     */
    void fillBank(String topic, int easy, int medium, int hard) {
        StringBuilder csv = new StringBuilder("topic,difficulty,kind,text,option1,option2,option3,option4,option5,correct\n");
        List<String> levels = new ArrayList<>();
        levels.addAll(java.util.Collections.nCopies(easy, "easy"));
        levels.addAll(java.util.Collections.nCopies(medium, "medium"));
        levels.addAll(java.util.Collections.nCopies(hard, "hard"));
        int n = 0;
        for (String level : levels) {
            n++;
            csv.append(topic).append(',').append(level).append(",single,").append("Сұрақ ").append(level).append(' ').append(n)
                    .append(",дұрыс,бұрыс 1,бұрыс 2,бұрыс 3,бұрыс 4,1\n");
        }
        WebClient.Page page = importFile("bank.csv", csv.toString().getBytes(StandardCharsets.UTF_8), false);
        assertEquals(200, page.status(), page.body());
    }

    /** The journal's final attestation form, as the journal's settings page sets it. */
    void journalForm(String scaleId) {
        academic.generator().finalForm(stream, scaleId);
    }

    /**
     * A bank the regulation accepts (100 items, 40/40/20) made by the generator (the tests of taking
     * a test are not about filling it), the letter scale, the final test opened by the teacher.
     */
    long openFinalTest() {
        new ExamTestGenerator(academic.generator()).bank(discipline(), teacher, "Негіздер", 40, 40, 20);
        journalForm("letter");
        WebClient.Page opened = teacherWeb.post("/exam-test/streams/" + stream + "/open", Map.of());
        assertEquals(303, opened.status(), opened.body());
        return count("SELECT id FROM et_test WHERE stream_id = ? AND kind = 'final'", stream);
    }

    /** The student chooses the correct option of the attempt's first {@code howMany} questions (single-answer items). */
    void answerCorrectly(Student student, long attempt, int howMany) {
        for (int position = 1; position <= howMany; position++) {
            long right = count("SELECT o.id FROM et_attempt_item a JOIN et_option o ON o.item_id = a.item_id "
                    + "WHERE a.attempt_id = ? AND a.position = ? AND o.fraction = 100", attempt, position);
            assertEquals(200, TestTakingTest.answer(student.web(), attempt, position, String.valueOf(right)).status());
        }
    }

    long count(String sql, Object... args) {
        try (Connection c = server.app().database().connection(); PreparedStatement s = c.prepareStatement(sql)) {
            for (int i = 0; i < args.length; i++) {
                s.setObject(i + 1, args[i]);
            }
            try (ResultSet r = s.executeQuery()) {
                r.next();
                return r.getLong(1);
            }
        } catch (SQLException e) {
            throw new IllegalStateException(e);
        }
    }

    long discipline() {
        return count("SELECT discipline_id FROM stream WHERE id = ?", stream);
    }
}
