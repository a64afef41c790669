package kz.sabaq.api.conference;

import java.net.URI;
import java.time.Instant;

/** A recording the platform keeps of a meeting, to watch at {@code link}. */
public record Recording(URI link, Instant start, Instant end) {
}
