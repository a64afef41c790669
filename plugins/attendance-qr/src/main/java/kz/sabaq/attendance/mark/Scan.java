package kz.sabaq.attendance.mark;

import java.time.Instant;
import kz.sabaq.attendance.code.Phase;
import kz.sabaq.attendance.code.RotatingCodes;

/**
 * A listener marking themselves.
 *
 * @param scannedAt server time the code was read (for a receipt: when it was scanned before login)
 * @param device    hash of the browser's device cookie, or null
 * @param address   the client address the request came from
 * @param browserMarkedOthers whether the browser remembers marking another listener in this session and phase
 */
public record Scan(long sessionId, Phase phase, long studentId, Instant scannedAt, Source source,
                   RotatingCodes.Freshness freshness, byte[] device, String address, boolean browserMarkedOthers) {
}
