package kz.sabaq.attendance.code;

import jakarta.ws.rs.core.NewCookie;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Optional;
import java.util.function.LongFunction;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A browser's {@link MarkMemory} of its {@value #SESSIONS} most recent sessions, kept in the cookie
 * {@value #NAME}: per session {@code <session>:<marks>:<signature>}, most recent first, joined by
 * dots. Each part is signed with its session's secret and bound to the browser's device cookie, so
 * it can be neither made up nor moved to another browser; a part that fails its signature is
 * forgotten. Only the scanned session's part is checked and signed again; the others ride along.
 * Remembering in the browser spares the busiest statement of the day a look at other listeners'
 * marks: the database is asked which marks share the device only when the browser says it marked
 * someone else. The check is as strong as the two cookies: a browser that drops either one
 * escapes it, as one that dropped its device cookie always did.
 */
public final class MarkMemories {
    public static final String NAME = "sabaq_att_marks";
    static final int SESSIONS = 3;
    private static final int MAX_AGE_SECONDS = 24 * 3600;
    private static final int LONGEST = 1200;
    private static final Pattern PART = Pattern.compile(
            "(\\d{1,18}):([io]\\d{1,18}(?:~[io]\\d{1,18}){0," + (MarkMemory.MARKS - 1) + "}):(" + Signer.TAG + ")");

    private final LongFunction<byte[]> secretOf;

    /** @param secretOf a session's secret ({@link SessionSecrets#of}) */
    public MarkMemories(LongFunction<byte[]> secretOf) {
        this.secretOf = secretOf;
    }

    /**
     * What the browser remembers of a session: nothing unless its part is genuine.
     *
     * @param value  the cookie's value, or null
     * @param device hash of the browser's device cookie
     */
    public MarkMemory read(String value, byte[] device, long sessionId) {
        for (Matcher part : parts(value)) {
            if (Long.parseLong(part.group(1)) == sessionId) {
                boolean genuine = Signer.sameTag(signature(sessionId, part.group(2), device), part.group(3));
                return genuine ? new MarkMemory(sessionId, new LinkedHashSet<>(Arrays.asList(part.group(2).split("~"))))
                        : MarkMemory.none(sessionId);
            }
        }
        return MarkMemory.none(sessionId);
    }

    /**
     * The cookie that adds a mark to the browser's memory, or empty when it remembers the mark already.
     *
     * @param known what {@link #read} found for the mark's session in the same value
     */
    public Optional<NewCookie> remember(String value, byte[] device, MarkMemory known, Phase phase, long studentId,
                                        boolean secure) {
        return known.with(phase, studentId).map(learned -> {
            String marks = String.join("~", learned.marks());
            List<String> kept = new ArrayList<>();
            kept.add(learned.sessionId() + ":" + marks + ":" + signature(learned.sessionId(), marks, device));
            for (Matcher part : parts(value)) {
                if (Long.parseLong(part.group(1)) != learned.sessionId() && kept.size() < SESSIONS) {
                    kept.add(part.group());
                }
            }
            return new NewCookie.Builder(NAME).value(String.join(".", kept)).path("/attendance-qr/check-in").httpOnly(true).secure(secure)
                    .sameSite(NewCookie.SameSite.LAX).maxAge(MAX_AGE_SECONDS).build();
        });
    }

    /** The well-formed parts of a value, unchecked. */
    private static List<Matcher> parts(String value) {
        if (value == null || value.isEmpty() || value.length() > LONGEST) {
            return List.of();
        }
        List<Matcher> parts = new ArrayList<>(SESSIONS);
        for (String text : value.split("\\.", SESSIONS + 1)) {
            Matcher m = PART.matcher(text);
            if (parts.size() < SESSIONS && m.matches()) {
                parts.add(m);
            }
        }
        return parts;
    }

    private String signature(long sessionId, String marks, byte[] device) {
        return Signer.browserTag(secretOf.apply(sessionId), "marks|" + sessionId + "|" + marks, device);
    }
}
