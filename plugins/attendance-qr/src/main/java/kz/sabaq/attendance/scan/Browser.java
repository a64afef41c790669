package kz.sabaq.attendance.scan;

import jakarta.ws.rs.core.NewCookie;
import java.util.ArrayList;
import java.util.List;
import kz.sabaq.attendance.code.MarkMemories;
import kz.sabaq.attendance.code.MarkMemory;
import kz.sabaq.attendance.code.Phase;
import kz.sabaq.attendance.mark.Mark;

/** The browser a scan comes from: its device cookie, and its signed memory of the marks it made. */
final class Browser {
    private final DeviceCookie cookie;
    private final byte[] device;
    private final String memoryValue;
    private final MarkMemories memories;
    private final boolean secure;
    private MarkMemory read;

    private Browser(DeviceCookie cookie, String memoryValue, MarkMemories memories, boolean secure) {
        this.cookie = cookie;
        this.device = cookie.hash();
        this.memoryValue = memoryValue;
        this.memories = memories;
        this.secure = secure;
    }

    /** @param deviceValue the device cookie's value, or null; @param memoryValue the memory cookie's, or null */
    static Browser of(String deviceValue, String memoryValue, boolean secure, MarkMemories memories) {
        return new Browser(DeviceCookie.of(deviceValue), memoryValue, memories, secure);
    }

    /** The hash of the device cookie that marks store. */
    byte[] device() {
        return device;
    }

    /** Whether this browser marked another listener in this session and phase. */
    boolean markedOthers(long sessionId, Phase phase, long studentId) {
        return memoryOf(sessionId).marked(phase, studentId);
    }

    /** The cookies the answer sets: the device cookie when it is new, and the memory when it learns this mark. */
    List<NewCookie> cookiesAfter(Mark mark) {
        List<NewCookie> cookies = new ArrayList<>(deviceCookie());
        memories.remember(memoryValue, device, memoryOf(mark.sessionId()), mark.phase(), mark.studentId(), secure)
                .ifPresent(cookies::add);
        return cookies;
    }

    /** The device cookie alone, for an answer that marks nothing. */
    List<NewCookie> deviceCookie() {
        NewCookie fresh = cookie.toSet(secure);
        return fresh == null ? List.of() : List.of(fresh);
    }

    private MarkMemory memoryOf(long sessionId) {
        if (read == null || read.sessionId() != sessionId) {
            read = memories.read(memoryValue, device, sessionId);
        }
        return read;
    }
}
