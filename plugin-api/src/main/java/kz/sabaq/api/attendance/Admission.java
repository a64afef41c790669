package kz.sabaq.api.attendance;

/**
 * A student's attendance in one stream as the journal rules count it, and whether it still admits
 * them to the discipline's midterm and interim controls.
 *
 * @param sessions           the stream's scheduled sessions (the base of the share)
 * @param absences           sessions held so far that the student missed, or came to later than the
 *                           absence threshold, or whose mark the trainer rejected
 * @param excused            of those, the ones a permit excuses
 * @param latenesses         late arrivals within the absence threshold
 * @param fromLatenesses     absences the latenesses add ("5 latenesses count as 1 absence")
 * @param unexcusedPercent   (absences − excused + fromLatenesses) as a share of {@code sessions}, in %
 * @param admitted           false once {@code unexcusedPercent} reaches the institution's threshold:
 *                           the attestation shows the student as not admitted
 */
public record Admission(long streamId, long studentId, int sessions, int absences, int excused, int latenesses,
                        int fromLatenesses, double unexcusedPercent, boolean admitted) {

    /** Absences that count against admission. */
    public int unexcused() {
        return absences - excused + fromLatenesses;
    }
}
