package kz.sabaq.core.testing;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.time.Clock;
import java.time.Duration;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.ZoneId;
import org.junit.jupiter.api.Test;

/** The test clock seen in another zone keeps moving with it and tells that zone's date. */
class MutableClockTest {

    @Test
    void inAnotherZoneItTellsThatZonesDateAndFollowsTheClock() {
        MutableClock clock = MutableClock.at("2026-09-14T20:30:00");
        Clock almaty = clock.withZone(ZoneId.of("Asia/Almaty"));

        assertEquals(ZoneId.of("Asia/Almaty"), almaty.getZone());
        assertEquals(LocalDate.of(2026, 9, 15), LocalDate.now(almaty), "01:30 the next day in Almaty");
        assertEquals(LocalDate.of(2026, 9, 14), LocalDate.now(clock));

        clock.advance(Duration.ofHours(1));

        assertEquals(clock.instant(), almaty.instant());
        assertEquals(LocalDateTime.of(2026, 9, 15, 2, 30), LocalDateTime.now(almaty));
    }
}
