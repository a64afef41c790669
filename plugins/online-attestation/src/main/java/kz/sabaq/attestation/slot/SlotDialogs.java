package kz.sabaq.attestation.slot;

import java.util.List;
import java.util.Map;

/**
 * The models of a slot's action dialogs ({@link SlotActionsResource}): each record's components are its
 * template's keys. Every dialog names the slot, its discipline and time, and the way back to the
 * slot's tab on the stream page.
 */
public final class SlotDialogs {
    private SlotDialogs() {
    }

    /** {@code slot-notify}: the notification the slot's {@code students} (how many) will receive. */
    public record Notify(long slotId, String discipline, String when, String back, int students) {
    }

    /**
     * {@code slot-students}: generate, place, cancel or send for the students ticked; {@code confirming}
     * once a cancellation asks to be confirmed, {@code sendAll} where the action may go to everyone.
     */
    public record Students(long slotId, String action, String discipline, String when, String back,
                           List<Student> students, String titleKey, String submitKey, boolean confirming,
                           boolean sendAll) {
    }

    /** One student a {@link Students} dialog lists. */
    public record Student(long id, String name, String group) {
    }

    /**
     * {@code slot-platform}: the conference platform chosen ({@code platform}, null while none is
     * installed) with its form's {@code platforms} and {@code fields} as {@code ConferenceForm} gives
     * them; {@code overload} and {@code end} only where they apply (else null), the platform's own
     * recordings only once the slot keeps recordings.
     */
    public record Platform(long slotId, String discipline, String when, String back,
                           List<Map<String, Object>> platforms, String platform, boolean hasPlatforms,
                           List<Map<String, Object>> fields, boolean saved, Overload overload, End end,
                           boolean hasRecording, boolean showRecording, List<Recording> recordings,
                           List<String> platformRecordings, boolean hasPlatformRecordings) {
    }

    /** The platform the slot's sittings would overload: the {@code peak} of them at once against its {@code capacity}. */
    public record Overload(String name, int peak, int capacity) {
    }

    /** Ending the slot's conference: the form's {@code path} and where it returns. */
    public record End(String path, String back) {
    }

    /** A recording link staff added to the slot. */
    public record Recording(long id, String url) {
    }
}
