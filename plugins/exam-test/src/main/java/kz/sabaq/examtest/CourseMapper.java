package kz.sabaq.examtest;

import java.util.List;
import org.apache.ibatis.annotations.Param;
import org.apache.ibatis.annotations.Select;

/**
 * What the plugin reads of core's academic tables that {@code AcademicDirectory} does not tell: the
 * discipline a stream teaches (banks belong to disciplines) and whose streams to list.
 */
public interface CourseMapper {

    @Select("SELECT discipline_id FROM stream WHERE id = #{streamId}")
    Long disciplineOf(long streamId);

    @Select("SELECT id FROM stream WHERE teacher_id = #{teacherId} ORDER BY code")
    List<Long> streamsOfTeacher(long teacherId);

    @Select("SELECT id FROM stream ORDER BY code LIMIT #{limit}")
    List<Long> allStreams(@Param("limit") int limit);

    @Select("SELECT DISTINCT sg.stream_id FROM student st JOIN stream_group sg ON sg.group_id = st.group_id "
            + "JOIN et_test t ON t.stream_id = sg.stream_id WHERE st.user_id = #{userId} ORDER BY sg.stream_id")
    List<Long> streamsWithTestsOfStudent(long userId);
}
