package kz.sabaq.core.auth;

import java.net.Inet6Address;
import java.net.InetAddress;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.security.SecureRandom;
import java.time.Clock;
import java.time.Duration;
import java.time.LocalDateTime;
import java.util.Arrays;
import java.util.Base64;
import java.util.HexFormat;
import java.util.Optional;
import kz.sabaq.core.config.SabaqConfig;
import kz.sabaq.core.web.AddressRange;

/**
 * Slows password guessing with growing delays per account and per address (OWASP ASVS V2.2), never
 * a lockout an attacker could aim at a victim or at a whole campus behind one address. The account
 * is counted before the password is checked, so a burst of parallel attempts gets only the free
 * ones evaluated; the address is counted when an attempt fails, so a class logging in at once from
 * one network is never held back by its own successes. IPv6 addresses count per /64, the block one
 * home or phone gets. A browser that logged in to the account before is counted on its own instead:
 * its owner's correct password goes through whatever others try. Kept in MariaDB for every node.
 */
public final class LoginThrottle {
    private static final SecureRandom RANDOM = new SecureRandom();

    /** One login attempt; {@code browserHash} is set when the browser has logged in to this IIN before. */
    public record Attempt(String iin, String address, String browserHash) {
    }

    private final ThrottleMapper throttle;
    private final SabaqConfig.LoginThrottle policy;
    private final Clock clock;

    public LoginThrottle(ThrottleMapper throttle, SabaqConfig.LoginThrottle policy, Clock clock) {
        this.throttle = throttle;
        this.policy = policy;
        this.clock = clock;
    }

    /** The attempt, recognising the browser by its cookie ({@code null} when it has none). */
    public Attempt attempt(String iin, String address, String browserToken) {
        if (browserToken == null || browserToken.isBlank()) {
            return new Attempt(iin, address, null);
        }
        String hash = hash(browserToken);
        boolean known = throttle.knownBrowser(hash, iin, LocalDateTime.now(clock)) > 0;
        return new Attempt(iin, address, known ? hash : null);
    }

    /** Counts the attempt if it may go ahead; otherwise how long to wait. */
    public Optional<Duration> admit(Attempt attempt) {
        LocalDateTime now = LocalDateTime.now(clock);
        if (attempt.browserHash() == null) {
            LocalDateTime address = throttle.blockedUntil(addressKey(attempt.address()), now);
            if (address != null) {
                return Optional.of(wait(now, address));
            }
        }
        String subject = personal(attempt);
        throttle.ensure(subject, now);
        if (throttle.claim(subject, now, now.minus(quiet()), policy.accountFreeAttempts, policy.firstDelaySeconds,
                policy.maxDelaySeconds) == 1) {
            return Optional.empty();
        }
        LocalDateTime until = throttle.blockedUntil(subject, now);
        return Optional.of(until == null ? Duration.ofSeconds(1) : wait(now, until));
    }

    /** A wrong password: the account or browser is already counted, the address is counted now. */
    public void failed(Attempt attempt) {
        if (attempt.browserHash() != null) {
            return;
        }
        LocalDateTime now = LocalDateTime.now(clock);
        String subject = addressKey(attempt.address());
        throttle.ensure(subject, now);
        throttle.count(subject, now, now.minus(quiet()), policy.addressFreeAttempts, policy.firstDelaySeconds,
                policy.maxDelaySeconds);
    }

    /**
     * The right password: the count of whoever tried is cleared, and the browser is remembered for
     * this account. @return the browser's token for its cookie (a new one when it had none)
     */
    public String succeeded(Attempt attempt, long userId, String browserToken) {
        throttle.clear(personal(attempt));
        String token = browserToken == null || browserToken.isBlank() || browserToken.length() > 100
                ? newToken() : browserToken;
        throttle.rememberBrowser(hash(token), userId, LocalDateTime.now(clock).plus(knownFor()));
        return token;
    }

    public Duration knownFor() {
        return Duration.ofDays(policy.knownBrowserDays);
    }

    public int forgetExpiredBrowsers() {
        return throttle.forgetExpiredBrowsers(LocalDateTime.now(clock));
    }

    private Duration quiet() {
        return Duration.ofMinutes(policy.quietMinutes);
    }

    private static Duration wait(LocalDateTime now, LocalDateTime until) {
        Duration left = Duration.between(now, until);
        return left.isNegative() || left.isZero() ? Duration.ofSeconds(1) : left;
    }

    private static String personal(Attempt attempt) {
        return attempt.browserHash() != null
                ? "known:" + attempt.browserHash().substring(0, 48) + ":" + attempt.iin()
                : "iin:" + attempt.iin();
    }

    /** The address as counted: an IPv6 address by its /64 network, anything else as it is. */
    static String addressKey(String address) {
        Optional<InetAddress> parsed = AddressRange.literal(address == null ? "" : address);
        if (parsed.isPresent() && parsed.get() instanceof Inet6Address v6) {
            byte[] network = Arrays.copyOf(v6.getAddress(), 8);
            return "ip:" + HexFormat.of().formatHex(network) + "/64";
        }
        return "ip:" + parsed.map(InetAddress::getHostAddress).orElse(String.valueOf(address));
    }

    private static String newToken() {
        byte[] bytes = new byte[32];
        RANDOM.nextBytes(bytes);
        return Base64.getUrlEncoder().withoutPadding().encodeToString(bytes);
    }

    private static String hash(String token) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256")
                    .digest(token.getBytes(StandardCharsets.UTF_8)));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
