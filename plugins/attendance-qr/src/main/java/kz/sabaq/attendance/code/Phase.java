package kz.sabaq.attendance.code;

import java.util.Optional;

/** What a code marks: arrival (check-in) or departure (check-out). */
public enum Phase {
    IN("in"),
    OUT("out");

    private final String path;

    Phase(String path) {
        this.path = path;
    }

    /** How the phase is written in a check-in link: {@code in} or {@code out}. */
    public String path() {
        return path;
    }

    public static Optional<Phase> ofPath(String text) {
        for (Phase p : values()) {
            if (p.path.equals(text)) {
                return Optional.of(p);
            }
        }
        return Optional.empty();
    }
}
