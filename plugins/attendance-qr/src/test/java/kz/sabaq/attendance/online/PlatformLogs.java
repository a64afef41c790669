package kz.sabaq.attendance.online;

import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import kz.sabaq.api.conference.Participation;

/** The activity logs {@link LoggedPlatform} reports, by conference room, and the windows it was asked for. */
public final class PlatformLogs {
    private static final Map<String, List<Participation>> LOGS = new ConcurrentHashMap<>();
    private static final Map<String, Instant[]> ASKED = new ConcurrentHashMap<>();

    private PlatformLogs() {
    }

    public static void write(String room, List<Participation> activity) {
        LOGS.put(room, List.copyOf(activity));
    }

    public static List<Participation> read(String room, Instant from, Instant to) {
        if ("broken".equals(room)) {
            throw new IllegalStateException("the platform is down");
        }
        ASKED.put(room, new Instant[] {from, to});
        return LOGS.getOrDefault(room, List.of());
    }

    /** The window the platform was last asked about for the room: from and to. */
    public static Instant[] asked(String room) {
        return ASKED.get(room);
    }
}
