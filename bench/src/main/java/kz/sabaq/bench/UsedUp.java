package kz.sabaq.bench;

/**
 * A virtual user has done every operation its prepared data allows (a listener who scanned every
 * class meeting, a student who answered every final control), and repeating one would measure a
 * cheaper answer. The driver retires that user for the rest of the phase and counts it once, so a
 * run that outlasts its data shows one error per client instead of spinning.
 */
public final class UsedUp extends Exception {

    public UsedUp(String what) {
        super(what);
    }

    /** How the report groups these errors. */
    public static final String KIND = "used up: the scenario's data ran out (prepare more or run shorter)";
}
