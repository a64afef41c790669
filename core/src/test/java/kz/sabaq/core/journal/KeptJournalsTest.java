package kz.sabaq.core.journal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.util.Map;
import kz.sabaq.api.access.StandardRoles;
import kz.sabaq.api.journal.Journals;
import kz.sabaq.core.testing.AcademicFixture;
import kz.sabaq.core.testing.Iins;
import kz.sabaq.core.testing.TestScales;
import kz.sabaq.core.testing.TestServer;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * A journal's settings and columns, which every exam page and admission check of a stream repeat,
 * are kept: a grade written on this node shows at once, one written by another node within
 * {@link CoreJournals#KEEP}, and a grade a rolled-back transaction wrote is never kept.
 */
class KeptJournalsTest {
    static TestServer server;
    static AcademicFixture academic;
    static Journals journals;
    static long teacher;
    long stream;
    long student;

    @BeforeAll
    static void start() {
        server = TestServer.builder().scale("grading-test-points", TestScales.points()).start();
        academic = new AcademicFixture(server);
        journals = server.app().service(Journals.class).orElseThrow();
        teacher = server.user(Iins.next(), "Сейітқали", "Нұрлан", StandardRoles.TEACHER);
    }

    @AfterAll
    static void stop() {
        server.close();
    }

    @BeforeEach
    void freshStream() {
        long group = academic.group("G-" + Iins.next());
        student = academic.student(Iins.next(), "Жұмабаева", "Әсел", group);
        stream = academic.stream(teacher, group);
    }

    @Test
    void anotherNodesGradeShowsWithinTheKeepTimeAndThisNodesAtOnce() throws SQLException {
        journals.setGrade(stream, student, "admission", "55", "test", teacher);
        assertEquals(Map.of(student, "55"), journals.column(stream, "admission"));

        anotherNode("UPDATE journal_grade SET value = '40' WHERE stream_id = ? AND student_id = ?", stream, student);
        assertEquals(Map.of(student, "55"), journals.column(stream, "admission"), "kept");
        server.clock().advance(CoreJournals.KEEP);
        assertEquals(Map.of(student, "40"), journals.column(stream, "admission"), "asked again after the keep time");

        journals.setGrade(stream, student, "admission", "70", "test", teacher);
        assertEquals(Map.of(student, "70"), journals.column(stream, "admission"), "this node's write is seen at once");
    }

    @Test
    void aGradeReadInsideARolledBackTransactionIsNotKept() {
        journals.setGrade(stream, student, "admission", "55", "test", teacher);
        assertEquals(Map.of(student, "55"), journals.column(stream, "admission"));

        assertThrows(IllegalStateException.class, () -> server.app().database().inTransaction(() -> {
            journals.setGrade(stream, student, "admission", "90", "test", teacher);
            assertEquals(Map.of(student, "90"), journals.column(stream, "admission"), "the transaction sees its own write");
            throw new IllegalStateException("rolled back");
        }));
        assertEquals(Map.of(student, "55"), journals.column(stream, "admission"));
    }

    @Test
    void theSettingsAreKeptAndAnotherNodesChangeShowsWithinTheKeepTime() throws SQLException {
        try (Connection c = server.app().database().connection(); // this node's: seen at once
             PreparedStatement s = c.prepareStatement("UPDATE journal SET final_form = 'points' WHERE stream_id = ?")) {
            s.setLong(1, stream);
            assertEquals(1, s.executeUpdate());
        }
        assertEquals("points", journals.settings(stream).orElseThrow().finalForm());

        anotherNode("UPDATE journal SET final_form = ? WHERE stream_id = ?", "ten-point", stream);
        assertEquals("points", journals.settings(stream).orElseThrow().finalForm(), "kept");
        server.clock().advance(CoreJournals.KEEP);
        assertEquals("ten-point", journals.settings(stream).orElseThrow().finalForm());
    }

    /** Straight from the pool: no signal on this node, as another node's write. */
    private static void anotherNode(String sql, Object... values) throws SQLException {
        try (Connection c = server.app().database().dataSource().getConnection();
             PreparedStatement s = c.prepareStatement(sql)) {
            for (int i = 0; i < values.length; i++) {
                s.setObject(i + 1, values[i]);
            }
            assertEquals(1, s.executeUpdate());
        }
    }
}
