package kz.sabaq.api.conference;

import java.util.Locale;

/**
 * Who joins a meeting, as core knows them.
 *
 * @param userId   Sabaq's user id: a platform gives it back in its activity so marks match without names
 * @param iin      the person's IIN; empty when none is recorded
 * @param host     the stream's teacher or staff with the right: moderates the meeting
 */
public record Participant(long userId, String iin, String fullName, Locale locale, boolean host) {
}
