package kz.sabaq.attendance.live;

import jakarta.ws.rs.core.StreamingOutput;
import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import kz.sabaq.api.live.ChangeSignal;

/**
 * The Server-Sent Events stream of one session page: an event {@code marks} whenever the
 * session's marks change, so the page fetches the new list without a reload. A change on this
 * node wakes the stream at once; between wakes it compares the database fingerprint, which also
 * sees changes made on other nodes. A stream ends after a while and the browser reconnects
 * ({@code retry}), so a page left open does not hold a server thread for ever.
 */
public final class MarkEvents {
    private static final Duration CHECK_EVERY = Duration.ofSeconds(10);
    private static final Duration STREAM_FOR = Duration.ofMinutes(5);
    private static final int RETRY_MILLIS = 2000;
    /**
     * Jersey holds back the first 8 KiB of an answer to compute its length (flush does nothing
     * until then); an opening comment longer than that makes the stream start at once.
     */
    private static final String OPENING = ": " + " ".repeat(9 * 1024) + "\n\n";

    private final ChangeSignal live;
    private final LiveMapper fingerprints;

    public MarkEvents(ChangeSignal live, LiveMapper fingerprints) {
        this.live = live;
        this.fingerprints = fingerprints;
    }

    public StreamingOutput stream(long sessionId) {
        return out -> {
            ChangeSignal.Watch watch = live.watch(sessionId);
            try {
                long version = watch.version();
                String fingerprint = fingerprints.fingerprint(sessionId);
                send(out, OPENING + "retry: " + RETRY_MILLIS + "\nevent: marks\ndata: " + fingerprint + "\n\n");
                long until = System.nanoTime() + STREAM_FOR.toNanos();
                while (System.nanoTime() < until) {
                    version = watch.await(version, CHECK_EVERY.toMillis());
                    String now = fingerprints.fingerprint(sessionId);
                    if (now.equals(fingerprint)) {
                        send(out, ": still here\n\n");
                    } else {
                        fingerprint = now;
                        send(out, "event: marks\ndata: " + fingerprint + "\n\n");
                    }
                }
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            } catch (IOException | UncheckedIOException gone) {
                // the page was closed: the stream simply ends
            } finally {
                live.unwatch(sessionId);
            }
        };
    }

    private static void send(OutputStream out, String text) throws IOException {
        out.write(text.getBytes(StandardCharsets.UTF_8));
        out.flush();
    }
}
