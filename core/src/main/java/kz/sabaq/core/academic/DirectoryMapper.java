package kz.sabaq.core.academic;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.List;
import java.util.Optional;
import kz.sabaq.api.academic.Student;
import org.apache.ibatis.annotations.Param;
import org.apache.ibatis.annotations.Select;

/** The reads behind {@link CoreAcademicDirectory}; times are the timetable's local wall times. */
public interface DirectoryMapper {
    String SESSION = "SELECT s.id, s.stream_id, s.room_id, s.starts_at, s.ends_at FROM timetable_session s ";
    String STUDENT = "SELECT u.id AS user_id, u.surname, u.first_name, u.patronymic, g.id AS group_id, g.code AS group_code "
            + "FROM student st "
            + "JOIN app_user u ON u.id = st.user_id JOIN study_group g ON g.id = st.group_id ";

    record SessionRow(long id, long streamId, Long roomId, LocalDateTime startsAt, LocalDateTime endsAt) {
    }

    record StreamRow(long id, String code, long teacherId, String nameKk, String nameRu, String nameEn,
                     Long studyTermId, Long departmentId, Long pccId) {
    }

    record RoomRow(long id, String code, BigDecimal latitude, BigDecimal longitude) {
    }

    @Select(SESSION + "WHERE s.id = #{id}")
    Optional<SessionRow> session(long id);

    @Select("SELECT t.id, t.code, t.teacher_id, d.name_kk, d.name_ru, d.name_en, "
            + "(SELECT CASE WHEN COUNT(DISTINCT g.study_term_id) = 1 AND COUNT(g.study_term_id) = COUNT(*) "
            + "THEN MIN(g.study_term_id) END FROM stream_group sg JOIN study_group g ON g.id = sg.group_id "
            + "WHERE sg.stream_id = t.id) AS study_term_id, d.department_id, d.pcc_id "
            + "FROM stream t JOIN discipline d ON d.id = t.discipline_id WHERE t.id = #{id}")
    Optional<StreamRow> stream(long id);

    @Select("SELECT EXISTS (SELECT 1 FROM student st JOIN stream_group sg ON sg.group_id = st.group_id "
            + "WHERE st.user_id = #{userId} AND sg.stream_id = #{streamId})")
    boolean isStudentOf(@Param("streamId") long streamId, @Param("userId") long userId);

    /** A student of a stream's roster, with {@link #fullName}'s name. */
    record RosterRow(long userId, String fullName) {
    }

    /** The stream's students with their full names, in one read. */
    @Select("SELECT st.user_id, CONCAT_WS(' ', u.surname, u.first_name, NULLIF(u.patronymic, '')) FROM student st "
            + "JOIN stream_group sg ON sg.group_id = st.group_id JOIN app_user u ON u.id = st.user_id "
            + "WHERE sg.stream_id = #{streamId}")
    List<RosterRow> rosterOf(long streamId);

    @Select(STUDENT + "JOIN stream_group sg ON sg.group_id = st.group_id WHERE sg.stream_id = #{streamId} "
            + "ORDER BY g.code, u.surname, u.first_name, u.id")
    List<Student> studentsOf(long streamId);

    @Select(STUDENT + "WHERE st.group_id = #{groupId} ORDER BY u.surname, u.first_name, u.id")
    List<Student> studentsOfGroup(long groupId);

    @Select("SELECT id, code, latitude, longitude FROM room WHERE id = #{id}")
    Optional<RoomRow> room(long id);

    @Select("SELECT cidr FROM room_network WHERE room_id = #{roomId} ORDER BY cidr")
    List<String> networks(long roomId);

    @Select(SESSION + "WHERE s.stream_id = #{streamId} ORDER BY s.starts_at, s.id")
    List<SessionRow> sessionsOfStream(long streamId);

    @Select(SESSION + "JOIN stream_group sg ON sg.stream_id = s.stream_id "
            + "JOIN student st ON st.group_id = sg.group_id "
            + "WHERE st.user_id = #{userId} AND s.starts_at >= #{from} AND s.starts_at < #{to} ORDER BY s.starts_at, s.id")
    List<SessionRow> sessionsOfStudent(@Param("userId") long userId, @Param("from") LocalDateTime from,
                                       @Param("to") LocalDateTime to);

    @Select(SESSION + "JOIN stream t ON t.id = s.stream_id "
            + "WHERE t.teacher_id = #{teacherId} AND s.starts_at >= #{from} AND s.starts_at < #{to} ORDER BY s.starts_at, s.id")
    List<SessionRow> sessionsOfTeacher(@Param("teacherId") long teacherId, @Param("from") LocalDateTime from,
                                       @Param("to") LocalDateTime to);

    record PeriodRow(long id, String code, int number, String nameKk, String nameRu, String nameEn,
                     LocalDate startsOn, LocalDate endsOn, String yearCode) {
    }

    String PERIOD = "SELECT p.id, p.code, p.number, p.name_kk, p.name_ru, p.name_en, p.starts_on, p.ends_on, "
            + "y.code AS year_code FROM academic_period p JOIN academic_year y ON y.id = p.academic_year_id ";

    @Select(PERIOD + "WHERE y.is_current ORDER BY p.number, p.id")
    List<PeriodRow> periodsOfCurrentYear();

    @Select(PERIOD + "JOIN stream t ON t.academic_period_id = p.id WHERE t.id = #{streamId}")
    Optional<PeriodRow> periodOfStream(long streamId);

    @Select("SELECT o.id FROM stream t JOIN stream o ON o.teacher_id = t.teacher_id AND o.discipline_id = t.discipline_id "
            + "WHERE t.id = #{streamId} AND o.id <> t.id AND o.is_main AND o.academic_period_id = #{periodId} "
            + "ORDER BY o.code, o.id")
    List<Long> sameTeacherAndDiscipline(@Param("streamId") long streamId, @Param("periodId") long periodId);

    @Select("SELECT g.code FROM stream_group sg JOIN study_group g ON g.id = sg.group_id WHERE sg.stream_id = #{streamId} "
            + "ORDER BY g.code")
    List<String> groupCodesOf(long streamId);

    @Select("SELECT CONCAT_WS(' ', surname, first_name, NULLIF(patronymic, '')) FROM app_user WHERE id = #{userId}")
    Optional<String> fullName(long userId);

    @Select(SESSION + "WHERE s.starts_at >= #{from} AND s.starts_at < #{to} ORDER BY s.starts_at, s.id")
    List<SessionRow> sessionsBetween(@Param("from") LocalDateTime from, @Param("to") LocalDateTime to);

    record IinRow(long userId, String iin) {
    }

    @Select("SELECT u.id AS user_id, u.iin FROM student st JOIN app_user u ON u.id = st.user_id "
            + "JOIN stream_group sg ON sg.group_id = st.group_id WHERE sg.stream_id = #{streamId}")
    List<IinRow> iinsOfStudents(long streamId);
}
