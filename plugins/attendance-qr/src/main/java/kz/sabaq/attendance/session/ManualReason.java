package kz.sabaq.attendance.session;

import java.util.List;
import java.util.Optional;

/**
 * Why a trainer marks by hand (the instruction's list); {@code OTHER} needs a note. {@code ALL_REMAINING}
 * is not chosen: it is recorded when the trainer marks everyone still without a mark at once.
 */
public enum ManualReason {
    NO_PHONE("noPhone"),
    CAMERA_OR_INTERNET("cameraOrInternet"),
    TECHNICAL_FAULT("technicalFault"),
    OTHER("other"),
    ALL_REMAINING("allRemaining");

    private final String key;

    ManualReason(String key) {
        this.key = key;
    }

    /** The reasons a trainer picks for one listener. */
    public static List<ManualReason> chosen() {
        return List.of(NO_PHONE, CAMERA_OR_INTERNET, TECHNICAL_FAULT, OTHER);
    }

    public String labelKey() {
        return "attendance-qr.reason." + key;
    }

    /** The reason a form names, among those a trainer picks. */
    public static Optional<ManualReason> of(String name) {
        for (ManualReason r : chosen()) {
            if (r.name().equals(name)) {
                return Optional.of(r);
            }
        }
        return Optional.empty();
    }
}
