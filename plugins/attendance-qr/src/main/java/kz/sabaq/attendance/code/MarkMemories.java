package kz.sabaq.attendance.code;

import jakarta.ws.rs.core.NewCookie;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Base64;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.function.LongFunction;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

/**
 * Reads and writes a browser's {@link MarkMemory} as the cookie {@value #NAME}: per session
 * {@code <session>:<marks>:<signature>}, sessions joined by dots. Each session's part is signed
 * with that session's secret and bound to the browser's device cookie, so it can be neither made
 * up nor moved to another browser; a part that fails its signature is forgotten. Remembering in the
 * browser spares the busiest statement of the day a look at other listeners' marks: the database
 * is asked which marks share the device only when the browser says it marked someone else. The
 * memory is as strong as the device cookie it is bound to: a browser that drops its cookies is a
 * new device to either check.
 */
public final class MarkMemories {
    public static final String NAME = "sabaq_att_marks";
    private static final int MAX_AGE_SECONDS = 24 * 3600;
    private static final int SIGNATURE_BYTES = 16;
    private static final int LONGEST = 1200;
    private static final Pattern PART = Pattern.compile(
            "(\\d{1,18}):([io]\\d{1,18}(?:~[io]\\d{1,18}){0," + (MarkMemory.MARKS_PER_SESSION - 1) + "}):([A-Za-z0-9_-]{22})");

    private final LongFunction<byte[]> secretOf;

    /** @param secretOf a session's secret ({@link SessionSecrets#of}) */
    public MarkMemories(LongFunction<byte[]> secretOf) {
        this.secretOf = secretOf;
    }

    /** @param device hash of the browser's device cookie */
    public MarkMemory read(String value, byte[] device) {
        if (value == null || value.isEmpty() || value.length() > LONGEST) {
            return MarkMemory.NONE;
        }
        List<MarkMemory.Session> sessions = new ArrayList<>();
        for (String part : value.split("\\.", MarkMemory.SESSIONS + 1)) {
            Matcher m = PART.matcher(part);
            if (sessions.size() < MarkMemory.SESSIONS && m.matches()) {
                long sessionId = Long.parseLong(m.group(1));
                if (MessageDigest.isEqual(signature(sessionId, m.group(2), device).getBytes(StandardCharsets.US_ASCII),
                        m.group(3).getBytes(StandardCharsets.US_ASCII))) {
                    sessions.add(new MarkMemory.Session(sessionId, new LinkedHashSet<>(Arrays.asList(m.group(2).split("~")))));
                }
            }
        }
        return sessions.isEmpty() ? MarkMemory.NONE : new MarkMemory(List.copyOf(sessions));
    }

    /** The cookie that keeps this memory in the browser. */
    public NewCookie toSet(MarkMemory memory, byte[] device, boolean secure) {
        String value = memory.sessions().stream().map(s -> {
            String marks = String.join("~", s.marks());
            return s.id() + ":" + marks + ":" + signature(s.id(), marks, device);
        }).collect(Collectors.joining("."));
        return new NewCookie.Builder(NAME).value(value).path("/attend").httpOnly(true).secure(secure)
                .sameSite(NewCookie.SameSite.LAX).maxAge(MAX_AGE_SECONDS).build();
    }

    private String signature(long sessionId, String marks, byte[] device) {
        byte[] mac = Signer.sign(secretOf.apply(sessionId), "marks|" + sessionId + "|" + marks + "|"
                + Base64.getEncoder().encodeToString(device));
        return Base64.getUrlEncoder().withoutPadding().encodeToString(Arrays.copyOf(mac, SIGNATURE_BYTES));
    }
}
