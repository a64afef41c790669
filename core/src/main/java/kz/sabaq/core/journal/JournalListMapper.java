package kz.sabaq.core.journal;

import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import kz.sabaq.api.academic.LocalizedName;
import kz.sabaq.api.academic.Stream;
import kz.sabaq.api.access.Scope;
import java.util.Optional;
import org.apache.ibatis.annotations.Param;
import org.apache.ibatis.annotations.Select;

/** The reads behind the journal list and a journal's heading: streams with their journal, by year. */
public interface JournalListMapper {
    String STREAM = "SELECT t.id, t.code, t.teacher_id, d.name_kk, d.name_ru, d.name_en, "
            + "p.name_kk AS period_kk, p.name_ru AS period_ru, p.name_en AS period_en, "
            + "CONCAT(u.surname, ' ', u.first_name) AS teacher_name, "
            + "(SELECT GROUP_CONCAT(g.code ORDER BY g.code SEPARATOR ', ') FROM stream_group sg "
            + "JOIN study_group g ON g.id = sg.group_id WHERE sg.stream_id = t.id) AS group_codes, "
            + "j.final_form, j.final_grade_to_be_set, "
            + "(SELECT CASE WHEN COUNT(DISTINCT g.study_term_id) = 1 AND COUNT(g.study_term_id) = COUNT(*) "
            + "THEN MIN(g.study_term_id) END FROM stream_group sg JOIN study_group g ON g.id = sg.group_id "
            + "WHERE sg.stream_id = t.id) AS study_term_id, d.department_id, d.pcc_id "
            + "FROM stream t JOIN discipline d ON d.id = t.discipline_id "
            + "JOIN academic_period p ON p.id = t.academic_period_id "
            + "JOIN app_user u ON u.id = t.teacher_id JOIN journal j ON j.stream_id = t.id ";

    record YearRow(long id, String code) {
    }

    record StreamRow(long id, String code, long teacherId, String nameKk, String nameRu, String nameEn,
                     String periodKk, String periodRu, String periodEn, String teacherName, String groups,
                     String finalForm, boolean finalGradeToBeSet, Long studyTermId, Long departmentId,
                     Long pccId) {

        /** The stream as access rules see it. */
        public Stream stream() {
            return new Stream(id, code, teacherId, new LocalizedName(nameKk, nameRu, nameEn),
                    new Scope(studyTermId, departmentId, pccId));
        }

        public String discipline(Locale locale) {
            return new LocalizedName(nameKk, nameRu, nameEn).in(locale);
        }

        public String period(Locale locale) {
            return new LocalizedName(periodKk, periodRu, periodEn).in(locale);
        }
    }

    /** The year marked current, else the one {@code today} falls in. */
    @Select("SELECT id, code FROM academic_year WHERE is_current OR #{today} BETWEEN starts_on AND ends_on "
            + "ORDER BY is_current DESC, starts_on DESC LIMIT 1")
    Optional<YearRow> currentYear(LocalDate today);

    String ORDER = "ORDER BY d.name_kk, t.code, t.id";

    @Select(STREAM + "WHERE p.academic_year_id = #{yearId} " + ORDER)
    List<StreamRow> streams(long yearId);

    @Select(STREAM + "WHERE p.academic_year_id = #{yearId} AND t.teacher_id = #{teacherId} " + ORDER)
    List<StreamRow> streamsOf(@Param("yearId") long yearId, @Param("teacherId") long teacherId);

    @Select(STREAM + "WHERE t.id = #{streamId}")
    Optional<StreamRow> stream(long streamId);
}
