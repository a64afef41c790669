package kz.sabaq.core.auth;

import java.time.Clock;
import java.time.Duration;
import java.time.LocalDateTime;
import java.util.Optional;

/**
 * Slows password guessing: too many failures for one IIN, or from one address, within a window
 * block further attempts for a while. Kept in MariaDB so every node sees the same counts.
 */
public final class LoginThrottle {
    static final int ACCOUNT_LIMIT = 5;
    static final int ADDRESS_LIMIT = 30;
    static final Duration WINDOW = Duration.ofMinutes(15);
    static final Duration BLOCK = Duration.ofMinutes(15);

    private final ThrottleMapper throttle;
    private final Clock clock;

    public LoginThrottle(ThrottleMapper throttle, Clock clock) {
        this.throttle = throttle;
        this.clock = clock;
    }

    /** When the IIN or the address is blocked: until when. */
    public Optional<LocalDateTime> blockedUntil(String iin, String address) {
        LocalDateTime now = LocalDateTime.now(clock);
        LocalDateTime account = throttle.blockedUntil(accountKey(iin), now);
        LocalDateTime ip = throttle.blockedUntil(addressKey(address), now);
        if (account == null) {
            return Optional.ofNullable(ip);
        }
        return Optional.of(ip == null || account.isAfter(ip) ? account : ip);
    }

    public void failed(String iin, String address) {
        LocalDateTime now = LocalDateTime.now(clock);
        throttle.recordFailure(accountKey(iin), now, now.minus(WINDOW), ACCOUNT_LIMIT, now.plus(BLOCK));
        throttle.recordFailure(addressKey(address), now, now.minus(WINDOW), ADDRESS_LIMIT, now.plus(BLOCK));
    }

    public void succeeded(String iin) {
        throttle.clear(accountKey(iin));
    }

    private static String accountKey(String iin) {
        return "iin:" + iin;
    }

    private static String addressKey(String address) {
        return "ip:" + address;
    }
}
