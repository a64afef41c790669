package kz.sabaq.core.testing;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.time.ZoneOffset;

/** A clock tests move by hand: no test ever sleeps for time to pass. */
public final class MutableClock extends Clock {
    private volatile Instant now;

    public MutableClock(Instant start) {
        this.now = start;
    }

    public static MutableClock at(String isoUtc) {
        return new MutableClock(LocalDateTime.parse(isoUtc).toInstant(ZoneOffset.UTC));
    }

    public void advance(Duration by) {
        now = now.plus(by);
    }

    public void set(LocalDateTime utc) {
        now = utc.toInstant(ZoneOffset.UTC);
    }

    @Override
    public ZoneId getZone() {
        return ZoneOffset.UTC;
    }

    /** The same moving time seen in another zone, as {@code Clock.system(zone)} would be. */
    @Override
    public Clock withZone(ZoneId zone) {
        return zone.equals(ZoneOffset.UTC) ? this : new Zoned(this, zone);
    }

    private static final class Zoned extends Clock {
        private final MutableClock source;
        private final ZoneId zone;

        Zoned(MutableClock source, ZoneId zone) {
            this.source = source;
            this.zone = zone;
        }

        @Override
        public ZoneId getZone() {
            return zone;
        }

        @Override
        public Clock withZone(ZoneId other) {
            return source.withZone(other);
        }

        @Override
        public Instant instant() {
            return source.instant();
        }
    }

    @Override
    public Instant instant() {
        return now;
    }
}
