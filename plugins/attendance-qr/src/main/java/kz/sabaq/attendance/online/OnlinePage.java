package kz.sabaq.attendance.online;

import java.time.Instant;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.HashMap;
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

    /**
     * The session page's conference part. {@code chosen} is the platform the trainer picked in the
     * form (else the one set, else the first started); a secret value is never shown back.
     */
    public Map<String, Object> panel(SessionAccess.Opened opened, String chosen, Locale locale) {
        Optional<Conferences.Conference> set = conferences.of(opened.session().id());
        Map<String, Object> model = new HashMap<>();
        set.ifPresent(c -> {
            model.put("platformName", c.platform().name().in(locale));
            model.put("joinLink", conferences.joinPath(opened.session().id()));
        });
        model.put("set", set.isPresent());
        model.put("shown", set.isPresent() || opened.canManage());
        if (!opened.canManage()) {
            return model;
        }
        set.ifPresent(c -> model.put("end", Map.of("path", conferences.endPath(opened.session().id()),
                "back", "/attendance-qr/sessions/" + opened.session().id())));
        set.flatMap(c -> loads.overload(opened.session(), c)).ifPresent(o -> model.put("overload",
                Map.of("peak", o.peak(), "capacity", o.capacity(), "name", set.get().platform().name().in(locale))));
        ConferenceForm form = conferences.form();
        List<ConferencePlatform> installed = form.installed();
        String current = chosen != null && form.platform(chosen).isPresent() ? chosen
                : set.map(c -> c.platform().id()).orElse(installed.isEmpty() ? null : installed.get(0).id());
        Map<String, String> saved = set.filter(c -> c.platform().id().equals(current))
                .map(Conferences.Conference::values).orElse(Map.of());
        model.put("hasPlatforms", !installed.isEmpty());
        model.put("platforms", form.choices(current, locale));
        model.put("platform", current);
        List<Map<String, Object>> fields = form.platform(current).map(p -> form.fields(p, saved))
                .orElse(List.of());
        model.put("fields", fields);
        return model;
    }

    /** The proposal beside the roster: for each listener their marks now and what the platform proposes. */
    public View proposal(SessionAccess.Opened opened, Proposal proposal, Locale locale) {
        ClassSession session = opened.session();
        Map<Long, Roster.Line> marked = roster.of(session).lines().stream()
                .collect(Collectors.toMap(Roster.Line::studentId, Function.identity(), (a, b) -> a));
        List<Map<String, Object>> lines = new ArrayList<>();
        long toWrite = 0;
        for (Proposal.Line line : proposal.lines()) {
            Roster.Line now = marked.get(line.student().userId());
            Roster.Entry in = now == null ? null : now.in();
            Roster.Entry out = now == null ? null : now.out();
            Proposal.Writes writes = line.writes(now == null ? Proposal.Standing.NONE : Proposal.Standing.of(now));
            toWrite += writes.count();
            Map<String, Object> row = new HashMap<>();
            row.put("studentId", line.student().userId());
            row.put("name", line.student().displayName());
            row.put("group", line.student().groupCode());
            row.put("in", in);
            row.put("out", out);
            row.put("proposedIn", proposed(line.in(), writes.in()));
            row.put("proposedOut", proposed(line.out(), writes.out()));
            row.put("replaces", writes.replaces());
            lines.add(row);
        }
        Map<String, Object> model = new HashMap<>();
        model.put("sessionId", session.id());
        model.put("lines", lines);
        model.put("unmatched", proposal.unmatched().stream().map(u -> Map.of("participant", u.participant(),
                "joined", time(u.joined()), "left", u.left() == null ? "" : time(u.left()))).toList());
        model.put("hasUnmatched", !proposal.unmatched().isEmpty());
        model.put("digest", proposal.digest());
        model.put("toWrite", toWrite);
        model.put("canConfirm", toWrite > 0);
        model.put("platformName", proposal.platform().name().in(locale));
        return View.of("attendance-qr/online", "attendance-qr.online.proposal.title", model);
    }

    private Map<String, Object> proposed(Proposal.Proposed p, boolean written) {
        if (p == null) {
            return null;
        }
        return Map.of("statusKey", p.status().labelKey(), "statusCode", p.status().code(), "time", time(p.at()),
                "kept", !written);
    }

    private String time(Instant at) {
        return TIME.format(at.atZone(zone));
    }
}
