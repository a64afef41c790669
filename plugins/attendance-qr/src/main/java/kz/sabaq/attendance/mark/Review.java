package kz.sabaq.attendance.mark;

/** The trainer's look at a suspicious mark: pending until confirmed (it counts) or rejected (it does not). */
public enum Review {
    PENDING,
    CONFIRMED,
    REJECTED
}
