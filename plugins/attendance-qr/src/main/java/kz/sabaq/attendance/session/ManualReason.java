package kz.sabaq.attendance.session;

import java.util.Optional;

/** Why a trainer marks by hand (the instruction's list); {@code OTHER} needs a note. */
public enum ManualReason {
    NO_PHONE("noPhone"),
    CAMERA_OR_INTERNET("cameraOrInternet"),
    TECHNICAL_FAULT("technicalFault"),
    OTHER("other");

    private final String key;

    ManualReason(String key) {
        this.key = key;
    }

    public String labelKey() {
        return "attendance-qr.reason." + key;
    }

    public static Optional<ManualReason> of(String name) {
        for (ManualReason r : values()) {
            if (r.name().equals(name)) {
                return Optional.of(r);
            }
        }
        return Optional.empty();
    }
}
