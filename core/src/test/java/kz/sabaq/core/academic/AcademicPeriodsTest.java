package kz.sabaq.core.academic;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import kz.sabaq.api.academic.AcademicDirectory;
import kz.sabaq.api.academic.AcademicPeriod;
import kz.sabaq.api.academic.LocalizedName;
import kz.sabaq.api.academic.Stream;
import kz.sabaq.api.access.StandardRoles;
import kz.sabaq.core.testing.AcademicFixture;
import kz.sabaq.core.testing.Iins;
import kz.sabaq.core.testing.TestServer;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** The directory's academic periods, a teacher's streams of one discipline, groups and full names. */
class AcademicPeriodsTest {
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
    void theCurrentYearsPeriodsAndAStreamsPeriod() {
        long year = insert("INSERT INTO academic_year (code, starts_on, ends_on, is_current) "
                + "VALUES ('CUR-1', '2026-09-01', '2027-06-30', TRUE)");
        long old = insert("INSERT INTO academic_year (code, starts_on, ends_on) VALUES ('OLD-1', '2025-09-01', '2026-06-30')");
        long second = insert("INSERT INTO academic_period (code, academic_year_id, number, name_kk, name_ru, name_en, starts_on, "
                + "ends_on) VALUES ('CUR-1-2', ?, 2, '2 семестр', '2 семестр', 'Semester 2', '2027-01-10', '2027-06-30')", year);
        long first = insert("INSERT INTO academic_period (code, academic_year_id, number, name_kk, name_ru, name_en, starts_on, "
                + "ends_on) VALUES ('CUR-1-1', ?, 1, '1 семестр', '1 семестр', 'Semester 1', '2026-09-01', '2026-12-31')", year);
        insert("INSERT INTO academic_period (code, academic_year_id, number, name_kk, name_ru, name_en, starts_on, ends_on) "
                + "VALUES ('OLD-1-1', ?, 1, 'x', 'x', 'x', '2025-09-01', '2025-12-31')", old);

        List<AcademicPeriod> periods = directory.periodsOfCurrentYear();

        assertEquals(List.of(first, second), periods.stream().map(AcademicPeriod::id).toList());
        assertEquals(new AcademicPeriod(first, "CUR-1-1", 1, new LocalizedName("1 семестр", "1 семестр", "Semester 1"),
                LocalDate.parse("2026-09-01"), LocalDate.parse("2026-12-31"), "CUR-1"), periods.get(0));
        long teacher = server.user(Iins.next(), "Сейітқали", "Нұрлан", StandardRoles.TEACHER);
        long stream = academic.stream(teacher, academic.group("AP-1"));
        insert("UPDATE stream SET academic_period_id = ? WHERE id = ?", second, stream);
        assertEquals(Optional.of(second), directory.periodOfStream(stream).map(AcademicPeriod::id));
    }

    @Test
    void theTeachersMainStreamsOfTheSameDisciplineInAPeriod() {
        long teacher = server.user(Iins.next(), "Ахметова", "Айгүл", StandardRoles.TEACHER);
        long other = server.user(Iins.next(), "Басқа", "Оқытушы", StandardRoles.TEACHER);
        long stream = academic.stream(teacher, academic.group("SD-1"));
        long period = number("SELECT academic_period_id FROM stream WHERE id = ?", stream);
        long same = copy(stream, teacher, period, true, "SD-2");
        long notMain = copy(stream, teacher, period, false, "SD-3");
        long othersStream = copy(stream, other, period, true, "SD-4");
        long otherDiscipline = academic.stream(teacher, academic.group("SD-5"));

        List<Long> found = directory.sameTeacherAndDiscipline(stream, period).stream().map(Stream::id).toList();

        assertEquals(List.of(same), found);
        assertTrue(!found.contains(notMain) && !found.contains(othersStream) && !found.contains(otherDiscipline));
        assertEquals(List.of("SD-1", "SD-2"), directory.groupCodesOf(same).stream().sorted().toList());
    }

    @Test
    void aPersonsFullNameHasThePatronymicWhenThereIsOne() {
        long teacher = server.user(Iins.next(), "Сейітқали", "Нұрлан", StandardRoles.TEACHER);
        assertEquals(Optional.of("Сейітқали Нұрлан"), directory.fullName(teacher));
        insert("UPDATE app_user SET patronymic = 'Серікұлы' WHERE id = ?", teacher);
        assertEquals(Optional.of("Сейітқали Нұрлан Серікұлы"), directory.fullName(teacher));
        assertEquals(Optional.empty(), directory.fullName(987654321L));
    }

    /** A copy of the stream's discipline for another teacher or main flag, of its groups plus one more. */
    private static long copy(long stream, long teacher, long period, boolean main, String extraGroup) {
        long id = insert("INSERT INTO stream (code, discipline_id, teacher_id, academic_period_id, is_main) "
                + "SELECT CONCAT(code, ?), discipline_id, ?, ?, ? FROM stream WHERE id = ?", "-" + extraGroup, teacher, period,
                main, stream);
        insert("INSERT INTO stream_group (stream_id, group_id) SELECT ?, group_id FROM stream_group WHERE stream_id = ?", id, stream);
        insert("INSERT INTO stream_group (stream_id, group_id) VALUES (?, ?)", id, academic.group(extraGroup));
        return id;
    }

    private static long number(String sql, Object... values) {
        try (Connection c = server.app().database().connection(); PreparedStatement s = c.prepareStatement(sql)) {
            for (int i = 0; i < values.length; i++) {
                s.setObject(i + 1, values[i]);
            }
            try (ResultSet r = s.executeQuery()) {
                r.next();
                return r.getLong(1);
            }
        } catch (SQLException e) {
            throw new IllegalStateException(sql, e);
        }
    }

    private static long insert(String sql, Object... values) {
        try (Connection c = server.app().database().connection();
             PreparedStatement s = c.prepareStatement(sql, Statement.RETURN_GENERATED_KEYS)) {
            for (int i = 0; i < values.length; i++) {
                s.setObject(i + 1, values[i]);
            }
            s.executeUpdate();
            try (ResultSet keys = s.getGeneratedKeys()) {
                return keys.next() ? keys.getLong(1) : 0;
            }
        } catch (SQLException e) {
            throw new IllegalStateException(sql, e);
        }
    }
}
