package kz.sabaq.attendance.mark;

/**
 * Why a mark looks suspicious, from the rules "each listener marks personally" and "marking must
 * happen inside the room".
 */
public enum Signal {
    /** The browser also marked another listener in this session (detail: the other listener's id). */
    SHARED_DEVICE("sharedDevice"),
    /**
     * Another listener marked from the same address within a few seconds, outside the room's
     * networks: a forwarded link or a browser without cookies (detail: the other listener's id).
     */
    SHARED_ADDRESS("sharedAddress"),
    /** The address is outside the room's networks (detail: the address). */
    OUTSIDE_NETWORK("outsideNetwork"),
    /** The code had expired: a photo of the screen forwarded later (detail: seconds since it was shown). */
    EXPIRED_CODE("expiredCode"),
    /** The phone's position is outside the room's radius (detail: metres from the room). */
    OUTSIDE_RADIUS("outsideRadius");

    private final String key;

    Signal(String key) {
        this.key = key;
    }

    /** The i18n key of the explanation; its {0} is the detail. */
    public String labelKey() {
        return "attendance-qr.signal." + key;
    }
}
