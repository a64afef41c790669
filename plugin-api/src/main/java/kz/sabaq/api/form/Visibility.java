package kz.sabaq.api.form;

/** Who may see a field's value on the pages once it is saved (a conference platform's login, key or link). */
public enum Visibility {
    /** Shown to everyone who joins (a login, a password typed at the platform). */
    PARTICIPANTS,
    /** Shown to staff who manage the class or slot, never to students. */
    STAFF,
    /** Used by the server only (a key, a token): never shown on any page, never sent back to a form. */
    SERVER
}
