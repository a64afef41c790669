package kz.sabaq.api.conference;

import java.util.Optional;

/**
 * Core's conference service, published for modules: the join route and a platform's context.
 *
 * <pre>{@code
 * Conferences conferences = wiring.service(Conferences.class).orElseThrow();
 * conferences.host("my-module", (object, viewer) -> ...);      // seats for the join route
 * model.put("join", conferences.joinPath("my-module", slotId)); // the page links there
 * }</pre>
 */
public interface Conferences {

    /** Registers the module's answer to "who sits where" for its join route. */
    void host(String module, ConferenceHost host);

    /** The path participants follow to join an object's meeting: {@code /conference/<module>/<object>/join}. */
    String joinPath(String module, String object);

    /**
     * The path a host's End button posts to (with the CSRF token and {@code back}, the page to return
     * to): {@code /conference/<module>/<object>/end}. Core ends the meeting only for a viewer the
     * module's {@link ConferenceHost} seats as host.
     */
    String endPath(String module, String object);

    /**
     * Creates or updates the meeting on its platform now, as a module does when the class or slot is
     * saved. A platform that cannot be reached is not an error here: core prepares every meeting again
     * shortly before it starts (and BigBlueButton and Zoom prepare at each join anyway).
     */
    void prepare(String platform, Meeting meeting);

    /** The platform form of a module, refusing with the module's own messages. */
    ConferenceForm form(ConferenceForm.Errors errors);

    /** The started platform with this id. */
    Optional<ConferencePlatform> platform(String id);

    PlatformContext context(ConferencePlatform platform);

    /** Registers where a module's meetings are, for {@link #overload}. */
    void load(Load.Source source);

    /**
     * Whether holding the meeting with this many connections would take its platform over capacity at
     * some moment, counting every module's meetings on that platform then (the meeting's own earlier
     * plan left out); empty when it fits or the platform sets no limit.
     */
    Optional<Load.Overload> overload(String platform, Meeting meeting, int connections);
}
