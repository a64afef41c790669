package kz.sabaq.core.academic;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import kz.sabaq.api.academic.AcademicDirectory;
import kz.sabaq.api.academic.ClassSession;
import kz.sabaq.api.academic.Room;
import kz.sabaq.api.academic.Stream;
import kz.sabaq.api.academic.Student;
import kz.sabaq.api.access.StandardRoles;
import kz.sabaq.core.testing.AcademicFixture;
import kz.sabaq.core.testing.Iins;
import kz.sabaq.core.testing.TestServer;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

class AcademicDirectoryTest {
    private static final ZoneId ALMATY = ZoneId.of("Asia/Almaty");
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

    private static long teacher() {
        return server.user(Iins.next(), "Сейітқали", "Нұрлан", StandardRoles.TEACHER);
    }

    @Test
    void corePublishesTheDirectoryInTheInstitutionsTimeZone() {
        assertEquals(ALMATY, directory.timeZone());
    }

    @Test
    void aSessionsLocalTimetableTimesBecomeInstantsInTheInstitutionsZone() {
        long stream = academic.stream(teacher(), academic.group("G-ZONE"));
        long room = academic.room("R-ZONE", List.of(), null, null);
        long id = academic.session(stream, room, LocalDateTime.parse("2026-09-14T08:00"), LocalDateTime.parse("2026-09-14T08:50"));

        ClassSession session = directory.session(id).orElseThrow();
        assertEquals(new ClassSession(id, stream, room, Instant.parse("2026-09-14T03:00:00Z"),
                Instant.parse("2026-09-14T03:50:00Z")), session);
        assertTrue(directory.session(id + 1000).isEmpty());
    }

    @Test
    void aStudentBelongsToTheStreamsOfTheirGroupOnly() {
        long own = academic.group("G-OWN");
        long other = academic.group("G-OTHER");
        long stream = academic.stream(teacher(), own);
        long inside = academic.student(Iins.next(), "Ахметова", "Айжан", own);
        long outside = academic.student(Iins.next(), "Бекова", "Дана", other);

        assertTrue(directory.isStudentOf(stream, inside));
        assertFalse(directory.isStudentOf(stream, outside));
    }

    @Test
    void aStreamNamesItsTeacherDisciplineAndTheTermItsGroupsShare() {
        long teacher = teacher();
        long stream = academic.stream(teacher, academic.group("G-T1"), academic.group("G-T2"));

        Stream found = directory.stream(stream).orElseThrow();
        assertEquals(teacher, found.teacherId());
        assertTrue(found.discipline().in(Locale.forLanguageTag("ru")).startsWith("Дисциплина "));
        assertTrue(found.discipline().in(Locale.forLanguageTag("kk")).startsWith("Пән "));
        assertNull(found.scope().studyTermId(), "groups without a term share none");
    }

    @Test
    void theStudentsOfAStreamComeFromAllItsGroupsByGroupAndSurname() {
        long first = academic.group("A-1");
        long second = academic.group("B-1");
        long stream = academic.stream(teacher(), second, first);
        long b = academic.student(Iins.next(), "Бекова", "Дана", first);
        long a = academic.student(Iins.next(), "Ахметова", "Айжан", first);
        long c = academic.student(Iins.next(), "Әбілов", "Ерлан", second);

        List<Student> students = directory.studentsOf(stream);
        assertEquals(List.of(a, b, c), students.stream().map(Student::userId).toList());
        assertEquals(new Student(a, "Ахметова", "Айжан", null, first, "A-1"), students.get(0));
        assertEquals(List.of(a, b), directory.studentsOfGroup(first).stream().map(Student::userId).toList());
    }

    @Test
    void aRoomCarriesItsNetworksAndPosition() {
        long id = academic.room("R-NET", List.of("10.12.0.0/16", "2001:db8::/32"), 43.238949, 76.889709);

        Room room = directory.room(id).orElseThrow();
        assertEquals(List.of("10.12.0.0/16", "2001:db8::/32"), room.networks());
        assertEquals(43.238949, room.latitude(), 1e-9);
        assertEquals(76.889709, room.longitude(), 1e-9);
        assertEquals(List.of(), directory.room(academic.room("R-BARE", List.of(), null, null)).orElseThrow().networks());
    }

    @Test
    void theSessionsOfAStudentAndOfATeacherAreThoseStartingInTheRange() {
        long teacher = teacher();
        long group = academic.group("G-DAY");
        long student = academic.student(Iins.next(), "Ахметова", "Айжан", group);
        long stream = academic.stream(teacher, group);
        long morning = academic.session(stream, null, LocalDateTime.parse("2026-10-01T08:00"), LocalDateTime.parse("2026-10-01T08:50"));
        long later = academic.session(stream, null, LocalDateTime.parse("2026-10-01T10:10"), LocalDateTime.parse("2026-10-01T11:00"));
        academic.session(stream, null, LocalDateTime.parse("2026-10-02T08:00"), LocalDateTime.parse("2026-10-02T08:50"));

        Instant from = LocalDateTime.parse("2026-10-01T00:00").atZone(ALMATY).toInstant();
        Instant to = LocalDateTime.parse("2026-10-02T00:00").atZone(ALMATY).toInstant();
        assertEquals(List.of(morning, later), directory.sessionsOfStudent(student, from, to).stream().map(ClassSession::id).toList());
        assertEquals(List.of(morning, later), directory.sessionsOfTeacher(teacher, from, to).stream().map(ClassSession::id).toList());
        assertEquals(List.of(), directory.sessionsOfTeacher(teacher(), from, to));
        assertEquals(3, directory.sessionsOfStream(stream).size());
        assertEquals(morning, directory.sessionsOfStream(stream).get(0).id());
    }

    @Test
    void theIinsOfAStreamsStudentsAreThoseOfItsGroupsOnly() {
        long own = academic.group("G-IIN");
        long stream = academic.stream(teacher(), own);
        String insideIin = Iins.next();
        long inside = academic.student(insideIin, "Ахметова", "Айжан", own);
        academic.student(Iins.next(), "Бекова", "Дана", academic.group("G-IIN-OTHER"));

        assertEquals(Map.of(inside, insideIin), directory.iinsOfStudents(stream));
    }
}
