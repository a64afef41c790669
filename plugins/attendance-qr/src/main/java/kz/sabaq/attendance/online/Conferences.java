package kz.sabaq.attendance.online;

import java.net.URI;
import java.net.URISyntaxException;
import java.time.Clock;
import java.time.LocalDateTime;
import java.time.ZoneOffset;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import kz.sabaq.api.academic.ClassSession;
import kz.sabaq.api.conference.ConferenceField;
import kz.sabaq.api.conference.ConferencePlatform;
import kz.sabaq.api.data.AuditLog;
import kz.sabaq.api.i18n.Translations;
import kz.sabaq.api.web.UserError;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The conference an online class meets in: one of the started platforms and the values the trainer
 * filled in for its fields, checked by the fields' flags and by the platform itself (as the exam
 * slots of online attestation are). Bad input is refused with a translated message and changes nothing.
 */
public final class Conferences {
    static final int VALUE_MAX = 1000;
    private static final Logger LOG = LoggerFactory.getLogger(Conferences.class);

    private final OnlineMapper rows;
    private final List<ConferencePlatform> installed;
    private final Translations texts;
    private final AuditLog audit;
    private final Clock clock;

    /** A session's conference on a platform that is still started. */
    public record Conference(ConferencePlatform platform, Map<String, String> values) {
    }

    public Conferences(OnlineMapper rows, List<ConferencePlatform> installed, Translations texts, AuditLog audit,
                       Clock clock) {
        this.rows = rows;
        this.installed = List.copyOf(installed);
        this.texts = texts;
        this.audit = audit;
        this.clock = clock;
    }

    public List<ConferencePlatform> installed() {
        return installed;
    }

    public Optional<ConferencePlatform> platform(String id) {
        return installed.stream().filter(p -> p.id().equals(id)).findFirst();
    }

    /** The session's conference; empty when none is set or its platform is no longer started. */
    public Optional<Conference> of(long sessionId) {
        return rows.conference(sessionId).flatMap(row -> platform(row.platform())
                .map(p -> new Conference(p, FieldValues.parse(row.platformValues()))));
    }

    /** The conferences of these sessions, by session id; those without one, or whose platform is no longer started, left out. */
    public Map<Long, Conference> of(List<Long> sessionIds) {
        Map<Long, Conference> found = new LinkedHashMap<>();
        if (sessionIds.isEmpty()) {
            return found;
        }
        for (OnlineMapper.ConferenceRow row : rows.conferences(sessionIds)) {
            platform(row.platform()).ifPresent(p ->
                    found.put(row.sessionId(), new Conference(p, FieldValues.parse(row.platformValues()))));
        }
        return found;
    }

    /**
     * The platform's join link; only an http(s) address; none when the platform cannot make one
     * (logged: a platform bug).
     */
    static Optional<String> joinLink(Conference c) {
        try {
            URI link = c.platform().joinLink(c.values());
            return link != null && isWebAddress(link.toString()) ? Optional.of(link.toString()) : Optional.empty();
        } catch (RuntimeException e) {
            LOG.warn("Platform {} made no join link from its saved values", c.platform().id(), e);
            return Optional.empty();
        }
    }

    /** Sets the session's conference; a secret field left blank keeps the value saved for the same platform. */
    public void set(long actorId, ClassSession session, String platformId, Map<String, String> submitted, Locale locale) {
        ConferencePlatform platform = platform(platformId == null ? "" : platformId)
                .orElseThrow(() -> UserError.badRequest("attendance-qr.online.error.platformUnknown"));
        Map<String, String> saved = rows.conference(session.id()).filter(r -> r.platform().equals(platform.id()))
                .map(r -> FieldValues.parse(r.platformValues())).orElse(Map.of());
        Map<String, String> values = new LinkedHashMap<>();
        for (ConferenceField field : platform.fields()) {
            String value = Optional.ofNullable(submitted.get(field.key())).map(String::strip).orElse("");
            if (value.isEmpty() && field.secret() && saved.containsKey(field.key())) {
                value = saved.get(field.key());
            }
            String label = texts.get(locale, field.labelKey());
            if (value.length() > VALUE_MAX) {
                throw UserError.badRequest("attendance-qr.online.error.fieldTooLong", label, VALUE_MAX);
            }
            if (value.isEmpty() && field.required()) {
                throw UserError.badRequest("attendance-qr.online.error.fieldRequired", label);
            }
            if (!value.isEmpty() && field.url() && !isWebAddress(value)) {
                throw UserError.badRequest("attendance-qr.online.error.fieldUrl", label);
            }
            values.put(field.key(), value);
        }
        Map<String, String> problems = platform.validate(values);
        if (!problems.isEmpty()) {
            throw UserError.badRequest(problems.values().iterator().next());
        }
        rows.setConference(session.id(), platform.id(), FieldValues.json(values), actorId,
                LocalDateTime.now(clock.withZone(ZoneOffset.UTC)));
        audit.record(actorId, "attendance-qr.online.conference", "session:" + session.id(),
                Map.of("platform", platform.id()));
    }

    /** An absolute http(s) address with a host. */
    static boolean isWebAddress(String value) {
        try {
            URI uri = new URI(value);
            String scheme = uri.getScheme();
            return scheme != null && (scheme.equalsIgnoreCase("http") || scheme.equalsIgnoreCase("https"))
                    && uri.getHost() != null && !uri.getHost().isBlank();
        } catch (URISyntaxException e) {
            return false;
        }
    }
}
