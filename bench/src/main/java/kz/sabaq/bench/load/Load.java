package kz.sabaq.bench.load;

import java.time.Duration;
import java.util.Locale;

/** How the driver offers work: as fast as the clients can go, or at a fixed rate. */
public sealed interface Load permits Load.ClosedLoop, Load.OpenLoop {

    Duration duration();

    /** The same kind of load for another length of time (the warm-up). */
    Load lasting(Duration length);

    /** One line for the report, e.g. {@code closed loop, 16 clients, 20 s}. */
    String describe(int clients);

    /**
     * Every client sends its next operation as soon as the previous one is answered; stops at the
     * deadline or after {@code requests} operations in all, whichever comes first.
     */
    record ClosedLoop(Duration duration, long requests) implements Load {
        public ClosedLoop {
            if (duration.isNegative() || requests < 0) {
                throw new IllegalArgumentException("A closed loop needs a positive duration and request count");
            }
        }

        @Override
        public Load lasting(Duration length) {
            return new ClosedLoop(length, Long.MAX_VALUE);
        }

        @Override
        public String describe(int clients) {
            String limit = requests == Long.MAX_VALUE ? seconds(duration)
                    : requests + " requests (at most " + seconds(duration) + ")";
            return "closed loop, " + clients + " clients, " + limit;
        }
    }

    /**
     * Operations are due at a fixed rate whether or not earlier ones were answered; latency is
     * measured from when each was due, so a stalled server cannot hide its queue (coordinated
     * omission). {@code clients} is then the most operations in flight at once.
     */
    record OpenLoop(double ratePerSecond, Duration duration) implements Load {
        public OpenLoop {
            if (!(ratePerSecond > 0) || duration.isNegative()) {
                throw new IllegalArgumentException("An open loop needs a positive rate and duration");
            }
        }

        @Override
        public Load lasting(Duration length) {
            return new OpenLoop(ratePerSecond, length);
        }

        @Override
        public String describe(int clients) {
            return String.format(Locale.ROOT, "open loop, %.0f/s offered, at most %d in flight, %s",
                    ratePerSecond, clients, seconds(duration));
        }
    }

    private static String seconds(Duration d) {
        return String.format(Locale.ROOT, "%.1f s", d.toMillis() / 1000.0);
    }
}
