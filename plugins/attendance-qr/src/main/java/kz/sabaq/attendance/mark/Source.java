package kz.sabaq.attendance.mark;

/**
 * How a mark came: a scanned link, a typed code, the trainer's hand, the automatic exit, or the
 * conference platform's activity of an online class, confirmed by the trainer.
 */
public enum Source {
    SCAN,
    TYPED,
    MANUAL,
    AUTO,
    ONLINE
}
