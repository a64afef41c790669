package kz.sabaq.api.journal;

import java.util.Optional;
import kz.sabaq.api.web.Viewer;

/**
 * A checkbox a module adds to the settings of a stream's journal, after "Final attestation form"
 * (e.g. online attestation's "Conduct final control online"). Core renders it, saves it through
 * {@link #set}, and honours the locks it reports. Registered with
 * {@code ModuleWiring.journalOption(...)}.
 */
public interface JournalOption {

    /** Stable key, also the form field name, e.g. {@code online-attestation.online}. */
    String key();

    /** i18n key of the checkbox label. */
    String labelKey();

    /** Whether the checkbox is offered to this viewer for this journal at all. */
    boolean shown(Viewer viewer, JournalSettings journal);

    boolean value(long streamId);

    /**
     * Turns the option on or off. Refuse with a {@link kz.sabaq.api.web.UserError} when it is not
     * shown or locked; nothing changes then.
     */
    void set(Viewer viewer, JournalSettings journal, boolean on);

    /** True when the checkbox and the final attestation form may no longer be changed. */
    boolean locked(long streamId);

    /** True when the journal's own final control grade cells are read-only (the module sets them). */
    boolean ownsFinalGrades(long streamId);

    /** Where the "Go" button leads while the option is on, e.g. {@code /online-attestation/streams/12}. */
    Optional<String> goLink(long streamId);
}
