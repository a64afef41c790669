package kz.sabaq.api.academic;

import java.time.Instant;
import java.time.ZoneId;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Read access to core's academic structure (timetable, streams, groups, rooms), published by core
 * so a module never queries core's tables itself.
 *
 * <pre>{@code
 * AcademicDirectory academic = wiring.service(AcademicDirectory.class).orElseThrow();
 * ClassSession session = academic.session(sessionId).orElseThrow(UserError::notFound);
 * if (!academic.isStudentOf(session.streamId(), viewer.userId())) { throw UserError.forbidden(); }
 * }</pre>
 *
 * <p>What every page of a stream repeats is kept in memory for up to ten seconds: {@link #stream},
 * {@link #isStudentOf} (when true), {@link #studentName}, {@link #sessionsOfStream},
 * {@link #periodOfStream} and {@link #fullName}. A change made on
 * this server shows at once; one made on another server of a cluster within those seconds. A student
 * added to a group is let in at once; one removed from it may still pass {@code isStudentOf} for up
 * to ten seconds on another server.
 */
public interface AcademicDirectory {

    /** The institution's local time, in which the timetable is kept and pages show times. */
    ZoneId timeZone();

    Optional<ClassSession> session(long sessionId);

    /** The stream with its teacher, discipline and scope; kept for up to ten seconds (see above). */
    Optional<Stream> stream(long streamId);

    /** True when the user is a student of one of the stream's groups; a true answer is kept for up to ten seconds. */
    boolean isStudentOf(long streamId, long userId);

    /** The students of the stream's groups, by group code, surname and first name. */
    List<Student> studentsOf(long streamId);

    /** The students of one group, by surname and first name. */
    List<Student> studentsOfGroup(long groupId);

    Optional<Room> room(long roomId);

    /** Every meeting of the stream, by start; kept for up to ten seconds. */
    List<ClassSession> sessionsOfStream(long streamId);

    /** Meetings of the streams the student's group belongs to that start in {@code [from, to)}, by start. */
    List<ClassSession> sessionsOfStudent(long userId, Instant from, Instant to);

    /** Meetings of the teacher's streams that start in {@code [from, to)}, by start. */
    List<ClassSession> sessionsOfTeacher(long teacherId, Instant from, Instant to);

    /** The periods of the current academic year, by number. */
    List<AcademicPeriod> periodsOfCurrentYear();

    /** The academic period the stream belongs to; kept for up to ten seconds. */
    Optional<AcademicPeriod> periodOfStream(long streamId);

    /**
     * The main streams in the period that have the same teacher and discipline as the given stream,
     * the given stream left out, by code.
     */
    List<Stream> sameTeacherAndDiscipline(long streamId, long periodId);

    /** Codes of the stream's groups, in code order. */
    List<String> groupCodesOf(long streamId);

    /** Surname, first name and patronymic (when there is one) of a user; kept for up to ten seconds. */
    Optional<String> fullName(long userId);

    /**
     * {@link #fullName} of a student of the stream, empty for anyone else. Core answers a hall of
     * the stream's students from one kept read of its roster, where {@code fullName} asks for each
     * student on their own: use this where the stream is known (a student's exam page).
     */
    default Optional<String> studentName(long streamId, long userId) {
        return isStudentOf(streamId, userId) ? fullName(userId) : Optional.empty();
    }

    /**
     * Meetings of every stream that start in {@code [from, to)}, by start: for pages of roles with a
     * right over all streams, which keep those their restrictions admit.
     */
    List<ClassSession> sessionsBetween(Instant from, Instant to);

    /**
     * The IINs of the students of the stream's groups, by user id: for matching a person another
     * system knows by IIN (e.g. a conference platform's activity log) to a student of the stream.
     * Nobody outside the stream's groups is in it.
     */
    Map<Long, String> iinsOfStudents(long streamId);
}
