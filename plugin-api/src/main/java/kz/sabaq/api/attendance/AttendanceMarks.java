package kz.sabaq.api.attendance;

/**
 * Read access to attendance marks, published by the attendance plugin for attendance policies and
 * other plugins. Computed from the marks as they stand, so every manual mark, review or permit
 * counts at once.
 */
public interface AttendanceMarks {

    StudentMarks of(long streamId, long studentId);
}
