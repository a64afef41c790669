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

    @Override
    public Clock withZone(ZoneId zone) {
        return this;
    }

    @Override
    public Instant instant() {
        return now;
    }
}
