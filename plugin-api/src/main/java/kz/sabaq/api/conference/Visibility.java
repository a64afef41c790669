package kz.sabaq.api.conference;

/** Who may see a conference field's value once it is saved. */
public enum Visibility {
    /** Shown to everyone who joins (a login, a password typed at the platform). */
    PARTICIPANTS,
    /** Shown to staff who manage the class or slot, never to students. */
    STAFF,
    /** Used by the server only (a key, a token): never shown on any page, never sent back to a form. */
    SERVER
}
