package kz.sabaq.attendance.online;

import java.time.Instant;
import java.util.List;
import kz.sabaq.api.conference.Participation;

/**
 * One person's time in a conference, from their stretches of connection (a dropped connection and
 * a rejoin are two stretches): the earliest join and the latest leave.
 *
 * @param left null while a stretch is still open: the person has not left yet
 */
record Presence(Instant joined, Instant left) {

    /**
     * The stretches that touch {@code [from, to]} merged; null when none does. Stretches wholly
     * outside the asked window are left out, whatever a platform returns.
     */
    static Presence of(List<Participation> stretches, Instant from, Instant to) {
        Instant joined = null;
        Instant left = null;
        boolean open = false;
        for (Participation p : stretches) {
            if (p.joined() == null || p.joined().isAfter(to) || (p.left() != null && p.left().isBefore(from))) {
                continue;
            }
            joined = joined == null || p.joined().isBefore(joined) ? p.joined() : joined;
            if (p.left() == null) {
                open = true;
            } else if (left == null || p.left().isAfter(left)) {
                left = p.left();
            }
        }
        return joined == null ? null : new Presence(joined, open ? null : left);
    }
}
