package kz.sabaq.core.academic;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.time.LocalDateTime;
import java.util.List;
import java.util.Optional;
import kz.sabaq.api.academic.AcademicDirectory;
import kz.sabaq.api.access.StandardRoles;
import kz.sabaq.core.testing.AcademicFixture;
import kz.sabaq.core.testing.Iins;
import kz.sabaq.core.testing.TestServer;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * The reads every page of a stream repeats are kept a few seconds: a change made on this node shows
 * at once, one made by another node within {@link CoreAcademicDirectory#KEEP}, and a membership
 * that does not hold is asked for again each time.
 */
class KeptDirectoryTest {
    static TestServer server;
    static AcademicFixture academic;
    static AcademicDirectory directory;

    @BeforeAll
    static void start() {
        server = TestServer.builder().start();
        academic = new AcademicFixture(server);
        directory = server.app().service(AcademicDirectory.class).orElseThrow();
    }

    @AfterAll
    static void stop() {
        server.close();
    }

    @Test
    void anotherNodesRenameShowsWithinTheKeepTimeAndThisNodesAtOnce() throws SQLException {
        long teacher = server.user(Iins.next(), "Оспанов", "Ерлан", StandardRoles.TEACHER);
        assertEquals("Оспанов Ерлан", directory.fullName(teacher).orElseThrow());

        // another node: straight from the pool, no signal on this node
        try (Connection c = server.app().database().dataSource().getConnection()) {
            rename(c, teacher, "Оспан");
        }
        assertEquals("Оспанов Ерлан", directory.fullName(teacher).orElseThrow(), "kept");
        server.clock().advance(CoreAcademicDirectory.KEEP);
        assertEquals("Оспан Ерлан", directory.fullName(teacher).orElseThrow(), "asked again after the keep time");

        // this node: its raw connection tells the kept reads when it is closed
        try (Connection c = server.app().database().connection()) {
            rename(c, teacher, "Оспанұлы");
        }
        assertEquals("Оспанұлы Ерлан", directory.fullName(teacher).orElseThrow());
    }

    @Test
    void aStudentAddedToTheGroupIsLetInAtOnceAndOneRemovedIsOutWithinTheKeepTime() throws SQLException {
        long own = academic.group("G-KEPT");
        long teacher = server.user(Iins.next(), "Сейітов", "Нұрлан", StandardRoles.TEACHER);
        long stream = academic.stream(teacher, own);
        long student = server.user(Iins.next(), "Ахметова", "Айжан", StandardRoles.STUDENT);
        assertFalse(directory.isStudentOf(stream, student));

        academic.generator().enrol(student, own);
        assertTrue(directory.isStudentOf(stream, student), "a refusal is never kept");

        removedByAnotherNode(student);
        assertTrue(directory.isStudentOf(stream, student), "kept on this node until the keep time ends");
        server.clock().advance(CoreAcademicDirectory.KEEP);
        assertFalse(directory.isStudentOf(stream, student));
    }

    @Test
    void aHallOfStudentsIsAnsweredFromOneReadOfTheStreamsRoster() throws SQLException {
        Hall hall = hall("G-KEPT-HALL");
        assertTrue(directory.isStudentOf(hall.stream(), hall.first()));

        removedByAnotherNode(hall.second());
        assertTrue(directory.isStudentOf(hall.stream(), hall.second()), "answered by the roster the first student's check read");
        server.clock().advance(CoreAcademicDirectory.KEEP);
        assertFalse(directory.isStudentOf(hall.stream(), hall.second()));
        assertTrue(directory.isStudentOf(hall.stream(), hall.first()));
    }

    @Test
    void aHallsNamesComeFromTheSameRosterAndSomeoneNotOnItHasNone() throws SQLException {
        Hall hall = hall("G-KEPT-NAMES");
        assertEquals("Әлиева Дана", directory.studentName(hall.stream(), hall.first()).orElseThrow());

        try (Connection c = server.app().database().dataSource().getConnection()) { // another node
            rename(c, hall.second(), "Бекқызы");
        }
        assertEquals("Бекова Аружан", directory.studentName(hall.stream(), hall.second()).orElseThrow(),
                "answered by the roster the first student's name read");
        server.clock().advance(CoreAcademicDirectory.KEEP);
        assertEquals("Бекқызы Аружан", directory.studentName(hall.stream(), hall.second()).orElseThrow());
        assertEquals(Optional.empty(), directory.studentName(hall.stream(), hall.teacher()), "the teacher is on no roster");

        long newcomer = academic.student(Iins.next(), "Жаңа", "Студент", hall.group());
        assertEquals("Жаңа Студент", directory.studentName(hall.stream(), newcomer).orElseThrow(), "a newcomer at once");
    }

    @Test
    void aMeetingAddedToTheTimetableOnThisNodeIsCountedAtOnce() {
        long group = academic.group("G-KEPT-TT");
        long stream = academic.stream(server.user(Iins.next(), "Жұмабаев", "Бақыт", StandardRoles.TEACHER), group);
        long room = academic.room("R-KEPT", List.of(), null, null);
        academic.session(stream, room, LocalDateTime.parse("2026-09-14T08:00"), LocalDateTime.parse("2026-09-14T08:50"));
        assertEquals(1, directory.sessionsOfStream(stream).size());

        academic.session(stream, room, LocalDateTime.parse("2026-09-15T08:00"), LocalDateTime.parse("2026-09-15T08:50"));
        assertEquals(2, directory.sessionsOfStream(stream).size(), "this node's write is seen at once");
    }

    /** A stream of one group with its teacher and two students, Әлиева Дана and Бекова Аружан. */
    private record Hall(long group, long teacher, long stream, long first, long second) {
    }

    private static Hall hall(String groupCode) {
        long group = academic.group(groupCode);
        long teacher = server.user(Iins.next(), "Әбенов", "Марат", StandardRoles.TEACHER);
        long stream = academic.stream(teacher, group);
        return new Hall(group, teacher, stream, academic.student(Iins.next(), "Әлиева", "Дана", group),
                academic.student(Iins.next(), "Бекова", "Аружан", group));
    }

    /** The student leaves their group on another node: straight from the pool, no signal on this node. */
    private static void removedByAnotherNode(long student) throws SQLException {
        try (Connection c = server.app().database().dataSource().getConnection();
             PreparedStatement s = c.prepareStatement("DELETE FROM student WHERE user_id = ?")) {
            s.setLong(1, student);
            assertEquals(1, s.executeUpdate());
        }
    }

    private static void rename(Connection c, long userId, String surname) throws SQLException {
        try (PreparedStatement s = c.prepareStatement("UPDATE app_user SET surname = ? WHERE id = ?")) {
            s.setString(1, surname);
            s.setLong(2, userId);
            assertEquals(1, s.executeUpdate());
        }
    }
}
