package kz.sabaq.attendance.online;

import java.time.Instant;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import java.util.stream.Collectors;
import kz.sabaq.api.academic.ClassSession;
import kz.sabaq.api.conference.ConferenceForm;
import kz.sabaq.api.conference.ConferencePlatform;
import kz.sabaq.api.web.View;
import kz.sabaq.attendance.session.Roster;
import kz.sabaq.attendance.session.SessionAccess;

/**
 * The models of an online class: the conference part of the session page (its join link, and for
 * the trainer the form to set it), and the proposal page, where the platform's proposal stands
 * beside the roster's marks.
 */
public final class OnlinePage {
    private static final DateTimeFormatter TIME = DateTimeFormatter.ofPattern("HH:mm:ss");

    private final Conferences conferences;
    private final ClassLoads loads;
    private final Roster roster;
    private final ZoneId zone;

    OnlinePage(Conferences conferences, ClassLoads loads, Roster roster, ZoneId zone) {
        this.conferences = conferences;
        this.loads = loads;
        this.roster = roster;
        this.zone = zone;
    }

    /** Ending the conference: where the form posts, and the page to come back to. */
    public record End(String path, String back) {
    }

    /** More participants expected at the class's peak than the platform takes. */
    public record Overload(long peak, long capacity, String name) {
    }

    /**
     * The session page's conference part. Without the right to manage only {@code shown}, {@code set},
     * {@code platformName} and {@code joinLink} are filled.
     *
     * @param platforms the installed platforms as the form's choices ({@link ConferenceForm#choices})
     * @param platform  the platform whose fields the form shows
     * @param fields    its fields, a secret one never shown back ({@link ConferenceForm#fields})
     */
    public record Panel(boolean shown, boolean set, String platformName, String joinLink, End end, Overload overload,
                        boolean hasPlatforms, List<Map<String, Object>> platforms, String platform,
                        List<Map<String, Object>> fields) {
    }

    /** The proposal for one phase of one listener, and whether it stays unwritten (a mark is kept). */
    public record Proposed(String statusKey, String statusCode, String time, boolean kept) {
    }

    /** @param replaces the proposal replaces the automatic "did not mark exit" */
    public record ProposalLine(long studentId, String name, String group, Roster.Entry in, Roster.Entry out,
                               Proposed proposedIn, Proposed proposedOut, boolean replaces) {
    }

    /** A participant the platform saw who is not one of the class's listeners. */
    public record Unmatched(String participant, String joined, String left) {
    }

    /** The proposal page's keys; {@code digest} binds the confirmation to the proposal shown. */
    public record ProposalModel(long sessionId, List<ProposalLine> lines, List<Unmatched> unmatched,
                                boolean hasUnmatched, String digest, long toWrite, boolean canConfirm,
                                String platformName) {
    }

    /**
     * The session page's conference part. {@code chosen} is the platform the trainer picked in the
     * form (else the one set, else the first started); a secret value is never shown back.
     */
    public Panel panel(SessionAccess.Opened opened, String chosen, Locale locale) {
        Optional<Conferences.Conference> set = conferences.of(opened.session().id());
        long id = opened.session().id();
        String platformName = set.map(c -> c.platform().name().in(locale)).orElse(null);
        String joinLink = set.map(c -> conferences.joinPath(id)).orElse(null);
        if (!opened.canManage()) {
            return new Panel(set.isPresent(), set.isPresent(), platformName, joinLink, null, null, false, List.of(),
                    null, List.of());
        }
        End end = set.map(c -> new End(conferences.endPath(id), "/attendance-qr/sessions/" + id)).orElse(null);
        Overload overload = set.flatMap(c -> loads.overload(opened.session(), c))
                .map(o -> new Overload(o.peak(), o.capacity(), platformName)).orElse(null);
        ConferenceForm form = conferences.form();
        List<ConferencePlatform> installed = form.installed();
        String current = chosen != null && form.platform(chosen).isPresent() ? chosen
                : set.map(c -> c.platform().id()).orElse(installed.isEmpty() ? null : installed.get(0).id());
        Map<String, String> saved = set.filter(c -> c.platform().id().equals(current))
                .map(Conferences.Conference::values).orElse(Map.of());
        List<Map<String, Object>> fields = form.platform(current).map(p -> form.fields(p, saved)).orElse(List.of());
        return new Panel(true, set.isPresent(), platformName, joinLink, end, overload, !installed.isEmpty(),
                form.choices(current, locale), current, fields);
    }

    /** The proposal beside the roster: for each listener their marks now and what the platform proposes. */
    public View proposal(SessionAccess.Opened opened, Proposal proposal, Locale locale) {
        ClassSession session = opened.session();
        Map<Long, Roster.Line> marked = roster.of(session).lines().stream()
                .collect(Collectors.toMap(Roster.Line::studentId, Function.identity(), (a, b) -> a));
        List<ProposalLine> lines = new ArrayList<>();
        long toWrite = 0;
        for (Proposal.Line line : proposal.lines()) {
            Roster.Line now = marked.get(line.student().userId());
            Proposal.Writes writes = line.writes(now == null ? Proposal.Standing.NONE : Proposal.Standing.of(now));
            toWrite += writes.count();
            lines.add(new ProposalLine(line.student().userId(), line.student().displayName(), line.student().groupCode(),
                    now == null ? null : now.in(), now == null ? null : now.out(), proposed(line.in(), writes.in()),
                    proposed(line.out(), writes.out()), writes.replaces()));
        }
        List<Unmatched> unmatched = proposal.unmatched().stream().map(u -> new Unmatched(u.participant(),
                time(u.joined()), u.left() == null ? "" : time(u.left()))).toList();
        return View.of("attendance-qr/online-proposal", "attendance-qr.online.proposal.title", new ProposalModel(session.id(),
                lines, unmatched, !unmatched.isEmpty(), proposal.digest(), toWrite, toWrite > 0,
                proposal.platform().name().in(locale)));
    }

    private Proposed proposed(Proposal.Proposed p, boolean written) {
        return p == null ? null : new Proposed(p.status().labelKey(), p.status().code(), time(p.at()), !written);
    }

    private String time(Instant at) {
        return TIME.format(at.atZone(zone));
    }
}
