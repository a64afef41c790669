package kz.sabaq.attendance.mark;

/**
 * A mark's status. Arrival: on time, late, very late, manually marked; departure: left on time,
 * left early, did not mark exit. {@code ABSENT} is a trainer's manual correction ("not here").
 * "Suspicious" is not a status of its own but a {@link Review} pending on any of these.
 */
public enum MarkStatus {
    ON_TIME("onTime"),
    LATE("late"),
    VERY_LATE("veryLate"),
    MANUAL("manual"),
    ABSENT("absent"),
    LEFT_ON_TIME("leftOnTime"),
    LEFT_EARLY("leftEarly"),
    NO_EXIT("noExit");

    private final String key;

    MarkStatus(String key) {
        this.key = key;
    }

    /** The i18n key of the status label. */
    public String labelKey() {
        return "attendance-qr.status." + key;
    }

    /** Short name used in CSS classes and JSON. */
    public String code() {
        return key;
    }
}
