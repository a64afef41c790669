package kz.sabaq.attestation.staff;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import org.apache.ibatis.annotations.Delete;
import org.apache.ibatis.annotations.Insert;
import org.apache.ibatis.annotations.Options;
import org.apache.ibatis.annotations.Param;
import org.apache.ibatis.annotations.Select;
import org.apache.ibatis.annotations.Update;

/**
 * The staff pages' writes (the journal flag, the stream's mode, slots and sittings) and their reads
 * of core's academic tables (list filters, record books, exam periods): a read-only view of core's
 * schema kept in this one place.
 */
public interface StaffMapper {

    /** Holder of a generated key. */
    final class NewId {
        public Long value;
    }

    record Option(long id, String code, String nameKk, String nameRu, String nameEn) {
    }

    record GroupRef(long id, String code) {
    }

    record RecordBook(long userId, String recordBookNumber) {
    }

    record ExamPeriod(long groupId, LocalDate startsOn, LocalDate endsOn) {
    }

    record ListedStream(long id, String code, String nameKk, String nameRu, String nameEn, long teacherId,
                        String teacherName, Long studyTermId, Long departmentId, Long pccId, String groupCodes,
                        String periodCode) {
    }

    // ---- oa_stream ---------------------------------------------------------------------------

    @Insert("INSERT IGNORE INTO oa_stream (stream_id, updated_at, updated_by) VALUES (#{streamId}, #{at}, #{by})")
    int ensureStream(@Param("streamId") long streamId, @Param("at") Instant at, @Param("by") long by);

    /** Sets the journal flag unless a student of the stream already has a slot. */
    @Update("UPDATE oa_stream SET online = #{on}, updated_at = #{at}, updated_by = #{by} WHERE stream_id = #{streamId} "
            + "AND NOT EXISTS (SELECT 1 FROM oa_sitting s WHERE s.stream_id = #{streamId})")
    int setOnline(@Param("streamId") long streamId, @Param("on") boolean on, @Param("at") Instant at,
                  @Param("by") long by);

    @Select("SELECT EXISTS (SELECT 1 FROM oa_sitting WHERE stream_id = #{streamId})")
    boolean anySitting(long streamId);

    /** "Final control is conducted" unless the first slot has started. */
    @Update("UPDATE oa_stream SET by_ticket = #{byTicket}, by_test = #{byTest}, updated_at = #{at}, updated_by = #{by} "
            + "WHERE stream_id = #{streamId} AND online = TRUE "
            + "AND NOT EXISTS (SELECT 1 FROM oa_slot l WHERE l.stream_id = #{streamId} AND l.starts_at <= #{at})")
    int setConduct(@Param("streamId") long streamId, @Param("byTicket") boolean byTicket,
                   @Param("byTest") boolean byTest, @Param("at") Instant at, @Param("by") long by);

    @Select("SELECT stream_id FROM oa_stream WHERE stream_id = #{streamId} FOR UPDATE")
    Long lockStream(long streamId);

    // ---- slots and sittings ---------------------------------------------------------------------

    @Insert("INSERT INTO oa_slot (stream_id, starts_at, ends_at, created_at, created_by) "
            + "VALUES (#{streamId}, #{startsAt}, #{endsAt}, #{at}, #{by})")
    @Options(useGeneratedKeys = true, keyProperty = "id.value")
    void insertSlot(@Param("streamId") long streamId, @Param("startsAt") Instant startsAt,
                    @Param("endsAt") Instant endsAt, @Param("at") Instant at, @Param("by") long by,
                    @Param("id") NewId id);

    @Select("SELECT id FROM oa_slot WHERE id = #{slotId} FOR UPDATE")
    Long lockSlot(long slotId);

    /** New times; "Send notification" shows again when the start moved (notified_at first: SET runs left to right). */
    @Update("UPDATE oa_slot SET notified_at = CASE WHEN starts_at = #{startsAt} THEN notified_at END, "
            + "starts_at = #{startsAt}, ends_at = #{endsAt} WHERE id = #{slotId}")
    int updateSlot(@Param("slotId") long slotId, @Param("startsAt") Instant startsAt, @Param("endsAt") Instant endsAt);

    @Delete("DELETE FROM oa_sitting WHERE slot_id = #{slotId}")
    int deleteSittingsOfSlot(long slotId);

    @Delete("DELETE FROM oa_slot WHERE id = #{slotId} AND starts_at > #{now}")
    int deleteSlotBeforeStart(@Param("slotId") long slotId, @Param("now") Instant now);

    /**
     * A student's slot, as the attempt after the earlier sittings kept for a retake; ignored (0) when
     * the student already has one in the stream (the primary key).
     */
    @Insert("INSERT IGNORE INTO oa_sitting (stream_id, student_id, slot_id, attempt) "
            + "SELECT #{streamId}, #{studentId}, #{slotId}, 1 + COUNT(*) FROM oa_sitting_attempt "
            + "WHERE stream_id = #{streamId} AND student_id = #{studentId}")
    int insertSitting(@Param("streamId") long streamId, @Param("studentId") long studentId, @Param("slotId") long slotId);

    @Delete("DELETE s FROM oa_sitting s JOIN oa_slot l ON l.id = s.slot_id WHERE s.stream_id = #{streamId} "
            + "AND s.student_id = #{studentId} AND s.slot_id = #{slotId} AND l.starts_at > #{now}")
    int deleteSittingBeforeStart(@Param("streamId") long streamId, @Param("studentId") long studentId,
                                 @Param("slotId") long slotId, @Param("now") Instant now);

    // ---- core's academic tables (read only) -----------------------------------------------------

    @Select("SELECT DISTINCT t.code FROM stream_group sg JOIN study_group g ON g.id = sg.group_id "
            + "LEFT JOIN study_term t ON t.id = g.study_term_id WHERE sg.stream_id = #{streamId}")
    List<String> studyTermCodesOfStream(long streamId);

    @Select("SELECT d.code FROM stream s JOIN discipline d ON d.id = s.discipline_id WHERE s.id = #{streamId}")
    String disciplineCodeOfStream(long streamId);

    @Select("SELECT g.id, g.code FROM stream_group sg JOIN study_group g ON g.id = sg.group_id "
            + "WHERE sg.stream_id = #{streamId} ORDER BY g.code")
    List<GroupRef> groupsOfStream(long streamId);

    @Select("SELECT st.user_id AS userId, st.record_book_number AS recordBookNumber FROM student st "
            + "JOIN stream_group sg ON sg.group_id = st.group_id WHERE sg.stream_id = #{streamId}")
    List<RecordBook> recordBooks(long streamId);

    @Select("SELECT e.group_id AS groupId, e.starts_on AS startsOn, e.ends_on AS endsOn FROM exam_period e "
            + "JOIN stream t ON t.academic_period_id = e.academic_period_id WHERE t.id = #{streamId}")
    List<ExamPeriod> examPeriods(long streamId);

    @Select("SELECT id, code, name_kk AS nameKk, name_ru AS nameRu, name_en AS nameEn FROM study_term ORDER BY code")
    List<Option> studyTerms();

    @Select("SELECT id, code, name_kk AS nameKk, name_ru AS nameRu, name_en AS nameEn FROM education_technology ORDER BY code")
    List<Option> technologies();

    @Select("SELECT id, code, name_kk AS nameKk, name_ru AS nameRu, name_en AS nameEn FROM instruction_language ORDER BY code")
    List<Option> languages();

    @Select("SELECT id, code, name_kk AS nameKk, name_ru AS nameRu, name_en AS nameEn FROM speciality ORDER BY code")
    List<Option> specialities();

    @Select("SELECT id, code, name_kk AS nameKk, name_ru AS nameRu, name_en AS nameEn FROM qualification ORDER BY code")
    List<Option> qualifications();

    @Select("SELECT id, code, code AS nameKk, code AS nameRu, code AS nameEn FROM academic_year ORDER BY starts_on DESC, id")
    List<Option> years();

    @Select("SELECT id FROM academic_year WHERE is_current = TRUE ORDER BY starts_on DESC LIMIT 1")
    Long currentYear();

    @Select("<script>SELECT id, code, name_kk AS nameKk, name_ru AS nameRu, name_en AS nameEn FROM academic_period "
            + "<if test='yearId != null'>WHERE academic_year_id = #{yearId}</if> ORDER BY starts_on, number, id</script>")
    List<Option> periods(@Param("yearId") Long yearId);

    @Select("SELECT id, code, code AS nameKk, code AS nameRu, code AS nameEn FROM study_group ORDER BY code")
    List<Option> groups();

    /** Main streams whose journal has the online flag, narrowed by the list's search and filters. */
    @Select("<script>SELECT t.id, t.code, d.name_kk AS nameKk, d.name_ru AS nameRu, d.name_en AS nameEn, "
            + "t.teacher_id AS teacherId, CONCAT(u.surname, ' ', u.first_name) AS teacherName, "
            + "(SELECT CASE WHEN COUNT(DISTINCT g.study_term_id) = 1 AND COUNT(g.study_term_id) = COUNT(*) "
            + "THEN MIN(g.study_term_id) END FROM stream_group sg JOIN study_group g ON g.id = sg.group_id "
            + "WHERE sg.stream_id = t.id) AS studyTermId, d.department_id AS departmentId, d.pcc_id AS pccId, "
            + "(SELECT GROUP_CONCAT(g.code ORDER BY g.code SEPARATOR ', ') FROM stream_group sg "
            + "JOIN study_group g ON g.id = sg.group_id WHERE sg.stream_id = t.id) AS groupCodes, p.code AS periodCode "
            + "FROM stream t JOIN oa_stream o ON o.stream_id = t.id AND o.online = TRUE "
            + "JOIN discipline d ON d.id = t.discipline_id JOIN app_user u ON u.id = t.teacher_id "
            + "JOIN academic_period p ON p.id = t.academic_period_id "
            + "WHERE t.is_main = TRUE "
            + "<if test='f.teacherId != null'> AND t.teacher_id = #{f.teacherId}</if>"
            + "<if test='f.yearId != null'> AND p.academic_year_id = #{f.yearId}</if>"
            + "<if test='f.periodId != null'> AND t.academic_period_id = #{f.periodId}</if>"
            + "<if test='f.like != null'> AND (CONCAT(u.surname, ' ', u.first_name) LIKE #{f.like} "
            + "OR CONCAT(u.first_name, ' ', u.surname) LIKE #{f.like} OR d.name_kk LIKE #{f.like} "
            + "OR d.name_ru LIKE #{f.like} OR d.name_en LIKE #{f.like})</if>"
            + "<if test='f.groupFiltered'> AND EXISTS (SELECT 1 FROM stream_group sg JOIN study_group g ON g.id = sg.group_id "
            + "WHERE sg.stream_id = t.id"
            + "<if test='f.technologyId != null'> AND g.education_technology_id = #{f.technologyId}</if>"
            + "<if test='f.studyTermId != null'> AND g.study_term_id = #{f.studyTermId}</if>"
            + "<if test='f.languageId != null'> AND g.instruction_language_id = #{f.languageId}</if>"
            + "<if test='f.specialityId != null'> AND g.speciality_id = #{f.specialityId}</if>"
            + "<if test='f.qualificationId != null'> AND g.qualification_id = #{f.qualificationId}</if>"
            + "<if test='f.groupId != null'> AND g.id = #{f.groupId}</if>"
            + ")</if> ORDER BY d.name_kk, t.code, t.id</script>")
    List<ListedStream> online(@Param("f") StreamFilter filter);
}
