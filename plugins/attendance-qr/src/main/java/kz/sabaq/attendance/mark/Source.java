package kz.sabaq.attendance.mark;

/** How a mark came: a scanned link, a typed code, the trainer's hand, or the automatic exit. */
public enum Source {
    SCAN,
    TYPED,
    MANUAL,
    AUTO
}
