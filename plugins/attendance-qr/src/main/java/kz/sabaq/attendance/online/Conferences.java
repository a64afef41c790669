package kz.sabaq.attendance.online;

import java.time.Clock;
import java.time.LocalDateTime;
import java.time.ZoneOffset;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import kz.sabaq.api.academic.AcademicDirectory;
import kz.sabaq.api.academic.ClassSession;
import kz.sabaq.api.conference.ConferenceForm;
import kz.sabaq.api.conference.ConferencePlatform;
import kz.sabaq.api.conference.Meeting;
import kz.sabaq.api.data.AuditLog;

/**
 * The conference an online class meets in: one of the started platforms and the values the trainer
 * filled in for its fields, checked by the fields' flags and by the platform itself (as the exam
 * slots of online attestation are). Bad input is refused with a translated message and changes nothing.
 */
public final class Conferences {
    /** The module whose classes core's join route asks about. */
    static final String MODULE = "attendance-qr";

    private final OnlineMapper rows;
    private final ConferenceForm form;
    private final AuditLog audit;
    private final Clock clock;
    private final kz.sabaq.api.conference.Conferences core;
    private final AcademicDirectory academic;

    /** A session's conference on a platform that is still started. */
    public record Conference(ConferencePlatform platform, Map<String, String> values) {

        /** The class as the platform is told about it; its title is the discipline in the institution's language. */
        Meeting meeting(ClassSession session, String title) {
            return new Meeting(MODULE, String.valueOf(session.id()), session.streamId(), title,
                    session.startsAt(), session.endsAt(), values);
        }
    }

    public Conferences(OnlineMapper rows, kz.sabaq.api.conference.Conferences core, AcademicDirectory academic,
                       AuditLog audit, Clock clock) {
        this.core = core;
        this.academic = academic;
        this.rows = rows;
        this.form = core.form(new ConferenceForm.Errors(
                "attendance-qr.online.error.platformUnknown", "attendance-qr.online.error.fieldRequired",
                "attendance-qr.online.error.fieldUrl", "attendance-qr.online.error.fieldTooLong"));
        this.audit = audit;
        this.clock = clock;
    }

    /** The started platforms, and the form on which the trainer picks one and fills in its fields. */
    public ConferenceForm form() {
        return form;
    }

    /** The session's conference; empty when none is set or its platform is no longer started. */
    public Optional<Conference> of(long sessionId) {
        return rows.conference(sessionId).flatMap(row -> form.platform(row.platform())
                .map(p -> new Conference(p, form.parse(row.platformValues()))));
    }

    /** The conferences of these sessions, by session id; those without one, or whose platform is no longer started, left out. */
    public Map<Long, Conference> of(List<Long> sessionIds) {
        Map<Long, Conference> found = new LinkedHashMap<>();
        if (sessionIds.isEmpty()) {
            return found;
        }
        for (OnlineMapper.ConferenceRow row : rows.conferences(sessionIds)) {
            form.platform(row.platform()).ifPresent(p ->
                    found.put(row.sessionId(), new Conference(p, form.parse(row.platformValues()))));
        }
        return found;
    }

    /** Where a participant follows to join the session's conference: core's join route, which asks {@link ClassConference}. */
    String joinPath(long sessionId) {
        return core.joinPath(MODULE, String.valueOf(sessionId));
    }

    /** The meeting's name on its platform: the discipline, in the institution's language, and the stream's code. */
    String title(ClassSession session) {
        return academic.stream(session.streamId()).map(s -> s.discipline().in(Locale.forLanguageTag("kk")) + " (" + s.code() + ")")
                .orElse(String.valueOf(session.id()));
    }

    /** Where the trainer's End button posts: core ends the class's meeting for its host. */
    String endPath(long sessionId) {
        return core.endPath(MODULE, String.valueOf(sessionId));
    }

    /** Core's conference service, for platforms' contexts. */
    kz.sabaq.api.conference.Conferences core() {
        return core;
    }

    /**
     * Sets the session's conference and prepares its meeting on the platform; a secret field left blank
     * keeps the value saved for the same platform.
     */
    public void set(long actorId, ClassSession session, String platformId, Map<String, String> submitted, Locale locale) {
        ConferencePlatform platform = form.require(platformId);
        Map<String, String> saved = rows.conference(session.id()).filter(r -> r.platform().equals(platform.id()))
                .map(r -> form.parse(r.platformValues())).orElse(Map.of());
        Map<String, String> values = form.check(platform, submitted, saved, locale);
        rows.setConference(session.id(), platform.id(), form.json(values), actorId,
                LocalDateTime.now(clock.withZone(ZoneOffset.UTC)));
        audit.record(actorId, "attendance-qr.online.conference", "session:" + session.id(),
                Map.of("platform", platform.id()));
        core.prepare(platform.id(), new Conference(platform, values).meeting(session, title(session)));
    }
}
