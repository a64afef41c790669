package kz.sabaq.core.academic;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import kz.sabaq.api.academic.AcademicDirectory;
import kz.sabaq.api.academic.AcademicPeriod;
import kz.sabaq.api.academic.LocalizedName;
import kz.sabaq.api.academic.Stream;
import kz.sabaq.core.testing.AcademicFixture;
import kz.sabaq.core.testing.Generator;
import kz.sabaq.core.testing.StreamBuilder;
import kz.sabaq.core.testing.TestServer;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** The directory's academic periods, a teacher's streams of one discipline, groups and full names. */
class AcademicPeriodsTest {
    static TestServer server;
    static AcademicFixture academic;
    static Generator gen;
    static AcademicDirectory directory;

    @BeforeAll
    static void start() {
        server = TestServer.builder().start();
        academic = new AcademicFixture(server);
        gen = academic.generator();
        directory = server.app().service(AcademicDirectory.class).orElseThrow();
    }

    @AfterAll
    static void stop() {
        server.close();
    }

    @Test
    void theCurrentYearsPeriodsAndAStreamsPeriod() {
        long year = gen.year().code("CUR-1").dates("2026-09-01", "2027-06-30").current().create();
        long old = gen.year().code("OLD-1").dates("2025-09-01", "2026-06-30").create();
        long second = gen.period().code("CUR-1-2").year(year).number(2).named("2 семестр", "2 семестр", "Semester 2")
                .dates("2027-01-10", "2027-06-30").create();
        long first = gen.period().code("CUR-1-1").year(year).number(1).named("1 семестр", "1 семестр", "Semester 1")
                .dates("2026-09-01", "2026-12-31").create();
        gen.period().code("OLD-1-1").year(old).dates("2025-09-01", "2025-12-31").create();

        List<AcademicPeriod> periods = directory.periodsOfCurrentYear();

        assertEquals(List.of(first, second), periods.stream().map(AcademicPeriod::id).toList());
        assertEquals(new AcademicPeriod(first, "CUR-1-1", 1, new LocalizedName("1 семестр", "1 семестр", "Semester 1"),
                LocalDate.parse("2026-09-01"), LocalDate.parse("2026-12-31"), "CUR-1"), periods.get(0));
        long teacher = gen.user().named("Сейітқали", "Нұрлан").teacher().create();
        long stream = gen.stream().teacher(teacher).groups(academic.group("AP-1")).period(second).create();
        assertEquals(Optional.of(second), directory.periodOfStream(stream).map(AcademicPeriod::id));
    }

    @Test
    void theTeachersMainStreamsOfTheSameDisciplineInAPeriod() {
        long teacher = gen.user().named("Ахметова", "Айгүл").teacher().create();
        long other = gen.user().named("Басқа", "Оқытушы").teacher().create();
        long group = academic.group("SD-1");
        long stream = academic.stream(teacher, group);
        long period = gen.defaultPeriod();
        long same = copy(stream, group, teacher, true, "SD-2");
        long notMain = copy(stream, group, teacher, false, "SD-3");
        long othersStream = copy(stream, group, other, true, "SD-4");
        long otherDiscipline = academic.stream(teacher, academic.group("SD-5"));

        List<Long> found = directory.sameTeacherAndDiscipline(stream, period).stream().map(Stream::id).toList();

        assertEquals(List.of(same), found);
        assertTrue(!found.contains(notMain) && !found.contains(othersStream) && !found.contains(otherDiscipline));
        assertEquals(List.of("SD-1", "SD-2"), directory.groupCodesOf(same).stream().sorted().toList());
    }

    @Test
    void aPersonsFullNameHasThePatronymicWhenThereIsOne() {
        long teacher = gen.user().named("Сейітқали", "Нұрлан").teacher().create();
        long withPatronymic = gen.user().named("Сейітқали", "Нұрлан").patronymic("Серікұлы").teacher().create();
        assertEquals(Optional.of("Сейітқали Нұрлан"), directory.fullName(teacher));
        assertEquals(Optional.of("Сейітқали Нұрлан Серікұлы"), directory.fullName(withPatronymic));
        assertEquals(Optional.empty(), directory.fullName(987654321L));
    }

    /** A stream of the same discipline and period for a teacher and main flag, of the group plus one more. */
    private static long copy(long stream, long group, long teacher, boolean main, String extraGroup) {
        StreamBuilder copy = gen.stream().disciplineOf(stream).teacher(teacher).groups(group, academic.group(extraGroup));
        return (main ? copy : copy.notMain()).create();
    }
}
