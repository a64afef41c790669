package kz.sabaq.attendance.online;

import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import kz.sabaq.api.academic.AcademicDirectory;
import kz.sabaq.api.academic.ClassSession;
import kz.sabaq.api.academic.Student;
import kz.sabaq.api.conference.Participation;
import kz.sabaq.api.web.UserError;
import kz.sabaq.attendance.code.Phase;
import kz.sabaq.attendance.mark.Timing;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * "Propose from the platform": the conference's activity from the opening of check-in to the
 * closing of check-out, each participant matched to a listener by IIN or user id, their stretches
 * merged, and the statuses {@link Timing} gives a scan at the earliest join (arrival) and the latest
 * leave (departure). Only the arrival window counts for an arrival: someone who joined only after
 * the end did not attend; a departure needs an arrival and a leave (none while still connected).
 */
public final class Proposals {
    private static final Logger LOG = LoggerFactory.getLogger(Proposals.class);
    private static final int PARTICIPANT_SHOWN = 100;

    private final Conferences conferences;
    private final AcademicDirectory academic;
    private final Timing timing;

    public Proposals(Conferences conferences, AcademicDirectory academic, Timing timing) {
        this.conferences = conferences;
        this.academic = academic;
        this.timing = timing;
    }

    /** The proposal from the platform's activity as it is now; 409 when the session has no conference. */
    public Proposal propose(ClassSession session) {
        Conferences.Conference conference = conferences.of(session.id())
                .orElseThrow(() -> UserError.conflict("attendance-qr.online.error.noConference"));
        Instant from = timing.opens(Phase.IN, session);
        Instant to = timing.closes(Phase.OUT, session);
        List<Participation> activity = activity(conference, session).stream()
                .filter(p -> p.left() == null || p.left().isAfter(from)).filter(p -> p.joined().isBefore(to)).toList();
        Participants participants = new Participants(academic.iinsOfStudents(session.streamId()));
        Map<Long, List<Participation>> byListener = new LinkedHashMap<>();
        Map<String, List<Participation>> unmatched = new LinkedHashMap<>();
        for (Participation p : activity) {
            Optional<Long> listener = participants.listener(p.participant());
            if (listener.isPresent()) {
                byListener.computeIfAbsent(listener.get(), k -> new ArrayList<>()).add(p);
            } else {
                unmatched.computeIfAbsent(shown(p.participant()), k -> new ArrayList<>()).add(p);
            }
        }
        List<Proposal.Line> lines = new ArrayList<>();
        for (Student student : academic.studentsOf(session.streamId())) {
            Presence presence = Presence.of(byListener.getOrDefault(student.userId(), List.of()), from, to);
            lines.add(line(student, presence, session));
        }
        List<Proposal.Unmatched> strangers = new ArrayList<>();
        unmatched.forEach((participant, stretches) -> {
            Presence presence = Presence.of(stretches, from, to);
            if (presence != null) {
                strangers.add(new Proposal.Unmatched(participant, presence.joined(), presence.left()));
            }
        });
        return Proposal.of(conference.platform(), lines, strangers);
    }

    private Proposal.Line line(Student student, Presence presence, ClassSession session) {
        if (presence == null || presence.joined().isAfter(timing.closes(Phase.IN, session))) {
            return new Proposal.Line(student, null, null);
        }
        Proposal.Proposed in = new Proposal.Proposed(Phase.IN, timing.arrival(session, presence.joined()),
                presence.joined());
        Proposal.Proposed out = presence.left() == null ? null
                : new Proposal.Proposed(Phase.OUT, timing.departure(session, presence.left()), presence.left());
        return new Proposal.Line(student, in, out);
    }

    /** The platform's log; a platform that fails is the operator's problem, told to the trainer in their words. */
    private List<Participation> activity(Conferences.Conference conference, ClassSession session) {
        try {
            String title = academic.stream(session.streamId()).map(s -> s.code()).orElse("");
            List<Participation> activity = conference.platform().activity(conference.meeting(session, title),
                    conferences.core().context(conference.platform()));
            return activity == null ? List.of() : activity;
        } catch (UserError told) {
            throw told;
        } catch (RuntimeException e) {
            LOG.warn("Platform {} failed to report the activity of session {}", conference.platform().id(), session.id(), e);
            throw new UserError(502, "attendance-qr.online.error.platformFailed");
        }
    }

    private static String shown(String participant) {
        String text = participant == null ? "" : participant.strip();
        return text.length() > PARTICIPANT_SHOWN ? text.substring(0, PARTICIPANT_SHOWN) + "…" : text;
    }
}
