package kz.sabaq.attendance.code;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.util.List;
import org.junit.jupiter.api.Test;

/** A browser's signed memory of its marks: read back only by the browser it was given to, and bounded. */
class MarkMemoriesTest {
    private static final byte[] PHONE = "phone-device-hash".getBytes(StandardCharsets.US_ASCII);
    private static final byte[] OTHER_PHONE = "other-device-hash".getBytes(StandardCharsets.US_ASCII);

    private final MarkMemories memories = new MarkMemories(session -> ("secret of " + session).getBytes(StandardCharsets.UTF_8));

    @Test
    void aMemoryReadsBackAsItWasWritten() {
        MarkMemory memory = MarkMemory.NONE.with(7, Phase.IN, 100).orElseThrow().with(7, Phase.IN, 200).orElseThrow();

        MarkMemory read = memories.read(value(memory, PHONE), PHONE);

        assertEquals(memory, read);
        assertTrue(read.marked(7, Phase.IN, 300), "someone else was marked in session 7");
        assertTrue(read.marked(7, Phase.IN, 100), "200 was marked besides 100");
        assertFalse(read.marked(7, Phase.OUT, 300), "nobody's departure was marked");
        assertFalse(read.marked(8, Phase.IN, 300), "nothing was marked in session 8");
    }

    @Test
    void theListenerAloneIsNotSomeoneElse() {
        MarkMemory memory = MarkMemory.NONE.with(7, Phase.IN, 100).orElseThrow().with(7, Phase.OUT, 100).orElseThrow();

        assertFalse(memories.read(value(memory, PHONE), PHONE).marked(7, Phase.IN, 100));
        assertFalse(memories.read(value(memory, PHONE), PHONE).marked(7, Phase.OUT, 100));
    }

    @Test
    void aMarkAlreadyRememberedChangesNothing() {
        MarkMemory memory = MarkMemory.NONE.with(7, Phase.IN, 100).orElseThrow();

        assertTrue(memory.with(7, Phase.IN, 100).isEmpty(), "no cookie to set again");
    }

    @Test
    void anotherBrowserOrAChangedMemoryReadsAsNothing() {
        String value = value(MarkMemory.NONE.with(7, Phase.IN, 100).orElseThrow(), PHONE);

        assertEquals(MarkMemory.NONE, memories.read(value, OTHER_PHONE), "bound to the device cookie");
        assertEquals(MarkMemory.NONE, memories.read(value.replace(":i100:", ":i101:"), PHONE), "signature fails");
        assertEquals(MarkMemory.NONE, memories.read(value.replace("7:", "8:"), PHONE), "signed with session 7's secret");
        assertEquals(MarkMemory.NONE, memories.read("7:i100:not-a-signature", PHONE));
        assertEquals(MarkMemory.NONE, memories.read("x".repeat(5000), PHONE));
        assertEquals(MarkMemory.NONE, memories.read(null, PHONE));
    }

    @Test
    void aForgedPartIsDroppedAndTheGenuineOnesKept() {
        MarkMemory genuine = MarkMemory.NONE.with(7, Phase.IN, 100).orElseThrow();
        String value = value(genuine, PHONE) + ".9:i555:AAAAAAAAAAAAAAAAAAAAAA";

        assertEquals(genuine, memories.read(value, PHONE));
    }

    @Test
    void theThreeMostRecentSessionsAndTheirLastSixteenMarksAreKept() {
        MarkMemory memory = MarkMemory.NONE;
        for (long session = 1; session <= 4; session++) {
            memory = memory.with(session, Phase.IN, 100).orElseThrow();
        }
        for (long listener = 1; listener <= 20; listener++) {
            memory = memory.with(4, Phase.IN, listener).orElseThrow();
        }

        MarkMemory read = memories.read(value(memory, PHONE), PHONE);

        assertEquals(List.of(4L, 3L, 2L), read.sessions().stream().map(MarkMemory.Session::id).toList());
        assertEquals(16, read.sessions().get(0).marks().size());
        assertTrue(read.sessions().get(0).marks().contains("i20"));
        assertFalse(read.sessions().get(0).marks().contains("i100"), "the oldest mark of the session went first");
    }

    private String value(MarkMemory memory, byte[] device) {
        return memories.toSet(memory, device, false).getValue();
    }
}
