package kz.sabaq.attendance;

import java.time.Duration;
import java.util.List;
import kz.sabaq.api.form.FormField;
import kz.sabaq.api.setting.ModuleSettings;

/**
 * Every number of the attendance regulation that an institution may change, with the defaults of
 * the training-centre instruction (seed 000) and of the journal rules (seeds 002 and 004). Read
 * each time it is needed: an administrator's change takes effect at once.
 */
public final class AttendanceSettings {
    static final String GRACE = "graceMinutes";
    static final String VERY_LATE = "veryLateMinutes";
    static final String ABSENCE = "absenceAfterMinutes";
    static final String AUTO_EXIT = "autoExitMinutes";
    static final String ROTATION = "codeRotationSeconds";
    static final String EXPIRED_CODE = "expiredCodeMinutes";
    static final String CHECK_IN_OPENS = "checkInOpensMinutes";
    static final String CHECK_OUT_OPENS = "checkOutOpensMinutes";
    static final String CHECK_OUT_CLOSES = "checkOutClosesMinutes";
    static final String RECEIPT = "receiptSeconds";
    static final String RADIUS = "roomRadiusMeters";
    static final String TYPED_ATTEMPTS = "typedCodeAttempts";
    static final String SAME_ADDRESS = "sameAddressSeconds";
    static final String LATENESSES_PER_ABSENCE = "latenessesPerAbsence";
    static final String ABSENCE_SHARE = "absenceSharePercent";
    /** Id of the AttendancePolicy that decides admission; {@code share-of-absences} is this plugin's own. */
    public static final String ADMISSION_POLICY = "admissionPolicy";
    /** A scan from outside the room's networks: {@code off} (not looked at), {@code flag} (suspicious), {@code refuse}. */
    static final String ROOM_NETWORK = "roomNetworkRule";
    public static final String NETWORK_OFF = "off";
    public static final String NETWORK_FLAG = "flag";
    public static final String NETWORK_REFUSE = "refuse";

    private final ModuleSettings settings;

    public AttendanceSettings(ModuleSettings settings) {
        this.settings = settings;
    }

    static List<FormField> definitions() {
        return List.of(
                FormField.integer(GRACE, 0, 0, 60),
                FormField.integer(VERY_LATE, 15, 1, 240),
                FormField.integer(ABSENCE, 20, 1, 240),
                FormField.integer(AUTO_EXIT, 15, 0, 240),
                FormField.integer(ROTATION, 15, 5, 300),
                FormField.integer(EXPIRED_CODE, 5, 0, 240),
                FormField.integer(CHECK_IN_OPENS, 15, 0, 240),
                FormField.integer(CHECK_OUT_OPENS, 10, 0, 240),
                FormField.integer(CHECK_OUT_CLOSES, 15, 0, 240),
                FormField.integer(RECEIPT, 120, 10, 3600),
                FormField.integer(RADIUS, 150, 10, 10_000),
                FormField.integer(TYPED_ATTEMPTS, 10, 1, 100),
                FormField.integer(SAME_ADDRESS, 2, 0, 60),
                FormField.integer(LATENESSES_PER_ABSENCE, 5, 0, 50),
                FormField.integer(ABSENCE_SHARE, 30, 1, 100),
                FormField.text(ADMISSION_POLICY, "share-of-absences"),
                FormField.choice(ROOM_NETWORK, NETWORK_FLAG, List.of(NETWORK_OFF, NETWORK_FLAG, NETWORK_REFUSE)));
    }

    /** Arriving up to this long after the start is still on time. */
    public Duration grace() {
        return Duration.ofMinutes(settings.integer(GRACE));
    }

    /** Arriving more than this long after the start is very late. */
    public Duration veryLate() {
        return Duration.ofMinutes(settings.integer(VERY_LATE));
    }

    /** Arriving more than this long after the start counts as an absence in the journal. */
    public Duration absenceAfter() {
        return Duration.ofMinutes(settings.integer(ABSENCE));
    }

    /** "Did not mark exit" is recorded this long after the scheduled end. */
    public Duration autoExit() {
        return Duration.ofMinutes(settings.integer(AUTO_EXIT));
    }

    /** How long one code is shown before the screen shows the next. */
    public Duration rotation() {
        return Duration.ofSeconds(settings.integer(ROTATION));
    }

    /** A code older than the current and previous ones but at most this old is recorded as suspicious; older is refused. */
    public Duration expiredCode() {
        return Duration.ofMinutes(settings.integer(EXPIRED_CODE));
    }

    public Duration checkInOpens() {
        return Duration.ofMinutes(settings.integer(CHECK_IN_OPENS));
    }

    public Duration checkOutOpens() {
        return Duration.ofMinutes(settings.integer(CHECK_OUT_OPENS));
    }

    public Duration checkOutCloses() {
        return Duration.ofMinutes(settings.integer(CHECK_OUT_CLOSES));
    }

    /** How long a scan made before logging in stays good for completing the mark after the login. */
    public Duration receipt() {
        return Duration.ofSeconds(settings.integer(RECEIPT));
    }

    /** A phone position farther than this from the room is suspicious. */
    public long radiusMeters() {
        return settings.integer(RADIUS);
    }

    /** Wrong typed codes a listener may enter for one session before typing is closed to them. */
    public long typedAttempts() {
        return settings.integer(TYPED_ATTEMPTS);
    }

    /**
     * Two listeners marking from one address (outside the room's networks) this close together
     * are both flagged; zero turns the signal off.
     */
    public Duration sameAddress() {
        return Duration.ofSeconds(settings.integer(SAME_ADDRESS));
    }

    /** How many latenesses count as one absence; zero where the regulation has no such rule. */
    public long latenessesPerAbsence() {
        return settings.integer(LATENESSES_PER_ABSENCE);
    }

    public long absenceSharePercent() {
        return settings.integer(ABSENCE_SHARE);
    }

    /** One of {@code off}, {@code flag}, {@code refuse}. */
    public String roomNetworkRule() {
        return settings.text(ROOM_NETWORK);
    }

    public String admissionPolicy() {
        return settings.text(ADMISSION_POLICY).trim();
    }
}
