package kz.sabaq.api.academic;

import java.time.Instant;

/**
 * One class meeting of a stream from the timetable. The timetable is kept in the institution's
 * local time; core turns it into instants so a plugin compares it with its clock directly.
 *
 * @param roomId null when the meeting has no room (e.g. online)
 */
public record ClassSession(long id, long streamId, Long roomId, Instant startsAt, Instant endsAt) {
}
