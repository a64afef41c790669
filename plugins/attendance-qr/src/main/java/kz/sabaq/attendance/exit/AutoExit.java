package kz.sabaq.attendance.exit;

import java.time.Clock;
import java.time.Duration;
import java.time.LocalDateTime;
import java.time.ZoneOffset;
import kz.sabaq.api.data.Transactions;
import kz.sabaq.attendance.AttendanceSettings;

/**
 * Records "did not mark exit" the set time after a session's scheduled end for every listener who
 * arrived but did not mark departure. It remembers in the database how far it has swept, so after a
 * restart or a pause it catches up on every session it missed; it looks a day back past that mark
 * too, for arrivals a trainer marked by hand after the sweep. Core runs it under a database lock,
 * so one node sweeps at a time, and the insert itself is claim-once.
 */
public final class AutoExit {
    private static final Duration LOOK_BACK = Duration.ofDays(1);

    private final ExitMapper exits;
    private final AttendanceSettings settings;
    private final Transactions transactions;
    private final Clock clock;

    public AutoExit(ExitMapper exits, AttendanceSettings settings, Transactions transactions, Clock clock) {
        this.exits = exits;
        this.settings = settings;
        this.transactions = transactions;
        this.clock = clock;
    }

    /** Returns how many departures it recorded. */
    public int sweep() {
        Duration after = settings.autoExit();
        LocalDateTime endedBy = LocalDateTime.ofInstant(clock.instant().minus(after), ZoneOffset.UTC);
        exits.ensureSweep();
        return transactions.inTransaction(() -> {
            LocalDateTime swept = exits.lockSweep().orElseThrow();
            int recorded = exits.recordNoExit(swept.minus(LOOK_BACK), endedBy, after.toMinutes());
            if (endedBy.isAfter(swept)) {
                exits.sweptUntil(endedBy);
            }
            return recorded;
        });
    }
}
