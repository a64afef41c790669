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
import kz.sabaq.attendance.mark.MarkStatus;

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
