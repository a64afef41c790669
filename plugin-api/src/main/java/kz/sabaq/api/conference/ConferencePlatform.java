package kz.sabaq.api.conference;

import java.net.URI;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import kz.sabaq.api.academic.LocalizedName;
import org.pf4j.ExtensionPoint;

/**
 * A conference platform (plain link, BigBlueButton, Zoom…) on which a class or an exam is
 * conducted. Modules list every started platform; staff pick one and fill in its
 * {@link #fields()}; participants get {@link #joinLink}.
 */
public interface ConferencePlatform extends ExtensionPoint {

    /** Stable id stored with the conference, e.g. {@code link}. */
    String id();

    LocalizedName name();

    /** What staff fill in, in form order. */
    List<ConferenceField> fields();

    /**
     * Checks filled-in values beyond the fields' own flags and returns i18n keys of problems by
     * field key; empty when the values are fine.
     */
    default Map<String, String> validate(Map<String, String> values) {
        return Map.of();
    }

    /** Where a participant goes to join the conference described by {@code values}. */
    URI joinLink(Map<String, String> values);

    /**
     * Who was connected and when, from the platform's activity log, for attendance of online
     * classes; empty when the platform keeps no such log.
     */
    default List<Participation> activity(Map<String, String> values, Instant from, Instant to) {
        return List.of();
    }
}
