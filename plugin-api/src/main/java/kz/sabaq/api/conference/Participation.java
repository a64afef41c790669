package kz.sabaq.api.conference;

import java.time.Instant;

/** One stretch of a participant's connection to a conference, from the platform's activity log. */
public record Participation(String participant, Instant joined, Instant left) {
}
