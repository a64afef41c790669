package kz.sabaq.attendance.code;

import java.time.Instant;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A scan made before logging in, remembered across the login: the session, the phase, the server
 * time of the scan and whether the code was already expired, signed with the session's secret. It
 * names no listener: whoever logs in with it marks only themselves, only within its validity, and
 * only in the browser that scanned (the signature covers that browser's device cookie), so a
 * receipt forwarded to someone outside the room is worthless.
 */
public final class Receipts {
    private static final Pattern FORM = Pattern.compile("(\\d{1,18})\\.(in|out)\\.(\\d{1,15})\\.([ce])\\.(" + Signer.TAG + ")");

    private final SessionSecrets secrets;

    public record Receipt(long sessionId, Phase phase, Instant scannedAt, RotatingCodes.Freshness freshness) {
    }

    public Receipts(SessionSecrets secrets) {
        this.secrets = secrets;
    }

    /** @param device hash of the scanning browser's device cookie */
    public String sign(Receipt r, byte[] device) {
        String body = r.sessionId() + "." + r.phase().path() + "." + r.scannedAt().toEpochMilli() + "."
                + (r.freshness() == RotatingCodes.Freshness.CURRENT ? "c" : "e");
        return body + "." + signature(r.sessionId(), body, device);
    }

    /** The session a well-formed token names, before its signature is checked. */
    public Optional<Long> named(String token) {
        Matcher m = token == null ? null : FORM.matcher(token);
        return m != null && m.matches() ? Optional.of(Long.parseLong(m.group(1))) : Optional.empty();
    }

    /**
     * The receipt when the token is well formed and its signature holds for this browser; its age
     * is the caller's to judge.
     */
    public Optional<Receipt> verify(String token, byte[] device) {
        Matcher m = token == null ? null : FORM.matcher(token);
        if (m == null || !m.matches()) {
            return Optional.empty();
        }
        long sessionId = Long.parseLong(m.group(1));
        String body = token.substring(0, token.lastIndexOf('.'));
        if (!Signer.sameTag(signature(sessionId, body, device), m.group(5))) {
            return Optional.empty();
        }
        return Optional.of(new Receipt(sessionId, Phase.ofPath(m.group(2)).orElseThrow(),
                Instant.ofEpochMilli(Long.parseLong(m.group(3))),
                "c".equals(m.group(4)) ? RotatingCodes.Freshness.CURRENT : RotatingCodes.Freshness.EXPIRED));
    }

    private String signature(long sessionId, String body, byte[] device) {
        return Signer.browserTag(secrets.of(sessionId), "receipt|" + body, device);
    }
}
