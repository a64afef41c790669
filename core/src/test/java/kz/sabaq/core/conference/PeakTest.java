package kz.sabaq.core.conference;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.time.Instant;
import java.util.List;
import kz.sabaq.api.conference.Load;
import org.junit.jupiter.api.Test;

class PeakTest {
    private static final Instant NINE = Instant.parse("2027-01-15T04:00:00Z");

    private static Load load(int fromMinute, int toMinute, int connections) {
        return new Load("m", fromMinute + "-" + toMinute, NINE.plusSeconds(60L * fromMinute),
                NINE.plusSeconds(60L * toMinute), connections);
    }

    @Test
    void overlappingMeetingsAddUpAtTheirCommonMoment() {
        assertEquals(350, Peak.of(List.of(load(0, 90, 200), load(60, 120, 150), load(100, 160, 120))));
    }

    @Test
    void aMeetingEndingAsAnotherStartsDoesNotOverlapIt() {
        assertEquals(300, Peak.of(List.of(load(0, 60, 300), load(60, 120, 250))));
    }

    @Test
    void noMeetingsNoLoad() {
        assertEquals(0, Peak.of(List.of()));
    }
}
