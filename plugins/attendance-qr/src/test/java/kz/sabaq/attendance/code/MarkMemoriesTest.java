package kz.sabaq.attendance.code;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.ws.rs.core.NewCookie;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;

/** A browser's signed memory of its marks: read back only by the browser it was given to, and bounded. */
class MarkMemoriesTest {
    private static final byte[] PHONE = "phone-device-hash".getBytes(StandardCharsets.US_ASCII);
    private static final byte[] OTHER_PHONE = "other-device-hash".getBytes(StandardCharsets.US_ASCII);

    private final MarkMemories memories = new MarkMemories(session -> ("secret of " + session).getBytes(StandardCharsets.UTF_8));

    @Test
    void aMemoryReadsBackAsItWasWritten() {
        String value = remember(remember(null, 7, Phase.IN, 100), 7, Phase.IN, 200);

        MarkMemory read = memories.read(value, PHONE, 7);

        assertEquals(Set.of("i100", "i200"), read.marks());
        assertTrue(read.marked(Phase.IN, 300), "someone else was marked in session 7");
        assertTrue(read.marked(Phase.IN, 100), "200 was marked besides 100");
        assertFalse(read.marked(Phase.OUT, 300), "nobody's departure was marked");
        assertFalse(memories.read(value, PHONE, 8).marked(Phase.IN, 300), "nothing was marked in session 8");
    }

    @Test
    void theListenerAloneIsNotSomeoneElse() {
        String value = remember(remember(null, 7, Phase.IN, 100), 7, Phase.OUT, 100);

        assertFalse(memories.read(value, PHONE, 7).marked(Phase.IN, 100));
        assertFalse(memories.read(value, PHONE, 7).marked(Phase.OUT, 100));
    }

    @Test
    void aMarkAlreadyRememberedSetsNoCookie() {
        String value = remember(null, 7, Phase.IN, 100);

        assertTrue(memories.remember(value, PHONE, memories.read(value, PHONE, 7), Phase.IN, 100, false).isEmpty());
    }

    @Test
    void anotherBrowserOrAChangedMemoryReadsAsNothing() {
        String value = remember(null, 7, Phase.IN, 100);

        assertEquals(Set.of(), memories.read(value, OTHER_PHONE, 7).marks(), "bound to the device cookie");
        assertEquals(Set.of(), memories.read(value.replace(":i100:", ":i101:"), PHONE, 7).marks(), "signature fails");
        assertEquals(Set.of(), memories.read(value.replace("7:", "8:"), PHONE, 8).marks(), "signed with session 7's secret");
        assertEquals(Set.of(), memories.read("7:i100:not-a-signature", PHONE, 7).marks());
        assertEquals(Set.of(), memories.read("x".repeat(5000), PHONE, 7).marks());
        assertEquals(Set.of(), memories.read(null, PHONE, 7).marks());
    }

    @Test
    void aForgedPartIsNotBelievedAndTheGenuineOnesStillAre() {
        String value = remember(null, 7, Phase.IN, 100) + ".9:i555:AAAAAAAAAAAAAAAAAAAAAA";

        assertEquals(Set.of("i100"), memories.read(value, PHONE, 7).marks());
        assertEquals(Set.of(), memories.read(value, PHONE, 9).marks());
    }

    @Test
    void theThreeMostRecentSessionsAndTheirLastSixteenMarksAreKept() {
        String value = null;
        for (long session = 1; session <= 4; session++) {
            value = remember(value, session, Phase.IN, 100);
        }
        for (long listener = 1; listener <= 20; listener++) {
            value = remember(value, 4, Phase.IN, listener);
        }

        assertEquals(List.of("4", "3", "2"), List.of(value.split("\\.")).stream().map(p -> p.split(":")[0]).toList());
        MarkMemory latest = memories.read(value, PHONE, 4);
        assertEquals(16, latest.marks().size());
        assertTrue(latest.marks().contains("i20"));
        assertFalse(latest.marks().contains("i100"), "the oldest mark of the session went first");
        assertEquals(Set.of("i100"), memories.read(value, PHONE, 2).marks(), "older sessions ride along, still genuine");
        assertEquals(Set.of(), memories.read(value, PHONE, 1).marks());
    }

    @Test
    void onlyTheScannedSessionsSecretIsAskedForNotTheSessionsTheCookieNames() {
        String value = remember(remember(null, 7, Phase.IN, 100), 8, Phase.IN, 100) + ".9:i555:AAAAAAAAAAAAAAAAAAAAAA";
        List<Long> asked = new ArrayList<>();
        MarkMemories counting = new MarkMemories(session -> {
            asked.add(session);
            return ("secret of " + session).getBytes(StandardCharsets.UTF_8);
        });

        MarkMemory read = counting.read(value, PHONE, 7);
        String learned = counting.remember(value, PHONE, read, Phase.IN, 200, false).orElseThrow().getValue();

        assertEquals(List.of(7L, 7L), asked, "one check of session 7's part and one signature of it, no other secret");
        assertEquals(Set.of("i100", "i200"), memories.read(learned, PHONE, 7).marks());
        assertEquals(Set.of("i100"), memories.read(learned, PHONE, 8).marks(), "session 8's part rode along unchanged");
    }

    @Test
    void theMemoryIsAnHttpOnlyLaxCookieOfTheAttendancePathsForADay() {
        NewCookie plain = memories.remember(null, PHONE, MarkMemory.none(7), Phase.IN, 100, false).orElseThrow();
        NewCookie secure = memories.remember(null, PHONE, MarkMemory.none(7), Phase.IN, 100, true).orElseThrow();

        assertEquals(MarkMemories.NAME, plain.getName());
        assertEquals("/attendance-qr/check-in", plain.getPath());
        assertTrue(plain.isHttpOnly());
        assertEquals(NewCookie.SameSite.LAX, plain.getSameSite());
        assertEquals(24 * 3600, plain.getMaxAge());
        assertFalse(plain.isSecure(), "a plain-HTTP answer cannot set a Secure cookie");
        assertTrue(secure.isSecure(), "an HTTPS answer keeps the memory off plain HTTP");
    }

    private String remember(String value, long sessionId, Phase phase, long studentId) {
        return memories.remember(value, PHONE, memories.read(value, PHONE, sessionId), phase, studentId, false)
                .orElseThrow().getValue();
    }
}
