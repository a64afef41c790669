package kz.sabaq.attendance.scan;

import java.time.Instant;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import kz.sabaq.api.web.UserError;
import kz.sabaq.api.web.Viewer;
import kz.sabaq.attendance.AttendanceModule;
import kz.sabaq.attendance.code.Phase;
import kz.sabaq.attendance.code.RotatingCodes;
import kz.sabaq.attendance.mark.CheckIns;
import kz.sabaq.attendance.mark.Scan;
import kz.sabaq.attendance.mark.Source;

/**
 * The link in a QR code, {@code /attendance-qr/check-in/{session}/{in|out}/{code}}, followed by a logged-in
 * listener: the same checks and the same mark whether the quick route or the resource serves it.
 */
final class LinkScans {
    /** The link's path; the resource's {@code @Path} says the same. */
    private static final Pattern LINK = Pattern.compile("/attendance-qr/check-in/(\\d{1,18})/(in|out)/([A-Za-z0-9_-]{1,64})");

    private final RotatingCodes codes;
    private final CheckIns checkIns;

    LinkScans(RotatingCodes codes, CheckIns checkIns) {
        this.codes = codes;
        this.checkIns = checkIns;
    }

    /** What a link names. */
    record Link(long sessionId, Phase phase, String code) {
    }

    /** The link a path is, or empty when the path is something else. */
    static Optional<Link> parse(String path) {
        Matcher m = LINK.matcher(path);
        if (!m.matches()) {
            return Optional.empty();
        }
        return Optional.of(new Link(Long.parseLong(m.group(1)), Phase.ofPath(m.group(2)).orElseThrow(), m.group(3)));
    }

    /** How fresh the link's code is; 404 for no such session, 400 for a wrong or replayed code. */
    RotatingCodes.Freshness check(Link link, Instant now) {
        checkIns.session(link.sessionId());
        return codes.checkLink(link.sessionId(), link.phase(), link.code(), now)
                .orElseThrow(() -> UserError.badRequest("attendance-qr.error.codeInvalid"));
    }

    /** Marks the logged-in viewer; any refusal is a {@link UserError} and records nothing. */
    CheckIns.Outcome mark(Link link, Instant now, Viewer viewer, Browser browser, String address) {
        RotatingCodes.Freshness freshness = check(link, now);
        if (!viewer.can(AttendanceModule.CHECK_IN)) {
            throw UserError.forbidden();
        }
        return checkIns.record(new Scan(link.sessionId(), link.phase(), viewer.userId(), now, Source.SCAN,
                freshness, browser.device(), address,
                browser.markedOthers(link.sessionId(), link.phase(), viewer.userId())));
    }
}
