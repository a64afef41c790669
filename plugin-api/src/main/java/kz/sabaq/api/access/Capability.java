package kz.sabaq.api.access;

/**
 * Something a user may do, named {@code <module>:<action>}.
 *
 * <p>A capability is granted by a role that holds the capability's role module in at least
 * {@link #mode()}; an extended right additionally needs its checkbox ticked in the role editor.
 */
public record Capability(String id, Mode mode, boolean extendedRight, String labelKey) {

    public static Capability read(String id) {
        return new Capability(id, Mode.READ, false, null);
    }

    public static Capability edit(String id) {
        return new Capability(id, Mode.EDIT, false, null);
    }

    /** An extended right: a checkbox in the role editor, default off. */
    public static Capability right(String id, Mode mode, String labelKey) {
        return new Capability(id, mode, true, labelKey);
    }
}
