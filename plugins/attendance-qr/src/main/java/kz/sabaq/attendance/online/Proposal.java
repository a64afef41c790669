package kz.sabaq.attendance.online;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Instant;
import java.util.HexFormat;
import java.util.List;
import kz.sabaq.api.academic.Student;
import kz.sabaq.api.conference.ConferencePlatform;
import kz.sabaq.attendance.code.Phase;
import kz.sabaq.attendance.mark.Mark;
import kz.sabaq.attendance.mark.MarkStatus;
import kz.sabaq.attendance.mark.Source;
import kz.sabaq.attendance.session.Roster;

/**
 * What the platform's activity says about a session's listeners, before the trainer confirms it.
 * The {@link #digest} names exactly the marks proposed: the confirm form carries it, and a confirm
 * whose fresh proposal has another digest is refused, so nothing the trainer did not see is written.
 *
 * @param platform the platform that reported the activity
 */
public record Proposal(ConferencePlatform platform, List<Line> lines, List<Unmatched> unmatched, String digest) {

    /** A mark the activity implies: its phase, the status {@code mark/Timing} gives its time, the time. */
    public record Proposed(Phase phase, MarkStatus status, Instant at) {
    }

    /** A listener of the session's groups; {@code in}/{@code out} null when the activity implies none. */
    public record Line(Student student, Proposed in, Proposed out) {

        /**
         * What confirming this line writes over the listener's marks as they stand, the one rule for
         * the proposal page's count and for the confirm: an arrival when the listener has none (the
         * existing mark wins); a departure when an arrival counts (the one standing, else the one
         * written now) and the listener has no departure, or only the automatic exit's "did not mark
         * exit", which it replaces.
         */
        public Writes writes(Standing now) {
            boolean arrivalWritten = in != null && !now.in();
            boolean arrived = now.in() ? now.arrived() : in != null;
            boolean replaces = out != null && now.out() && now.automaticOut() && arrived;
            boolean departureWritten = out != null && (!now.out() || replaces) && arrived;
            return new Writes(arrivalWritten, departureWritten, replaces);
        }
    }

    /**
     * A listener's marks as they stand, as far as confirming cares.
     *
     * @param in           an arrival is marked
     * @param arrived      it counts (not absent, not rejected)
     * @param out          a departure is marked
     * @param automaticOut it is the automatic exit's "did not mark exit"
     */
    public record Standing(boolean in, boolean arrived, boolean out, boolean automaticOut) {
        /** No marks at all. */
        public static final Standing NONE = new Standing(false, false, false, false);

        /** From the listener's marks of the session; either null when there is none. */
        static Standing of(Mark in, Mark out) {
            return new Standing(in != null, Roster.arrived(in), out != null, out != null && out.source() == Source.AUTO);
        }

        /** From the listener's line of the roster. */
        static Standing of(Roster.Line line) {
            return new Standing(line.in() != null, line.arrived(), line.out() != null,
                    line.out() != null && line.out().automatic());
        }
    }

    /** What confirming a line writes: its arrival, its departure, and whether that replaces the automatic exit. */
    public record Writes(boolean in, boolean out, boolean replaces) {

        public int count() {
            return (in ? 1 : 0) + (out ? 1 : 0);
        }
    }

    /** A participant the platform reported that is no listener of the session's groups; {@code left} null while connected. */
    public record Unmatched(String participant, Instant joined, Instant left) {
    }

    static Proposal of(ConferencePlatform platform, List<Line> lines, List<Unmatched> unmatched) {
        StringBuilder text = new StringBuilder();
        for (Line line : lines) {
            for (Proposed p : new Proposed[] {line.in(), line.out()}) {
                if (p != null) {
                    text.append(line.student().userId()).append('|').append(p.phase()).append('|').append(p.status())
                            .append('|').append(p.at().toEpochMilli()).append('\n');
                }
            }
        }
        try {
            byte[] hash = MessageDigest.getInstance("SHA-256").digest(text.toString().getBytes(StandardCharsets.UTF_8));
            return new Proposal(platform, List.copyOf(lines), List.copyOf(unmatched), HexFormat.of().formatHex(hash));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }

    /** How many marks the proposal holds (before existing marks win over some of them). */
    public long marks() {
        return lines.stream().mapToLong(l -> (l.in() == null ? 0 : 1) + (l.out() == null ? 0 : 1)).sum();
    }
}
