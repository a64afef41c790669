package kz.sabaq.core.auth;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.atomic.AtomicInteger;
import kz.sabaq.api.access.StandardRoles;
import kz.sabaq.core.config.SabaqConfig;
import kz.sabaq.core.testing.Iins;
import kz.sabaq.core.testing.TestServer;
import kz.sabaq.core.testing.WebClient;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * Login throttling by growing delays, never a lockout (outside penetration test, finding M1). The
 * server sits behind a trusted proxy on 127.0.0.1, so each test's clients come from addresses of
 * their own through {@code X-Forwarded-For}.
 */
class LoginThrottleTest {
    private static final AtomicInteger NEXT = new AtomicInteger();
    static TestServer server;
    static SabaqConfig.LoginThrottle policy;

    @BeforeAll
    static void start() {
        server = TestServer.builder().config(c -> {
            c.server.trustedProxies = List.of("127.0.0.1");
            c.loginThrottle.addressFreeAttempts = 20;
        }).start();
        policy = server.config().loginThrottle;
    }

    @AfterAll
    static void stop() {
        server.close();
    }

    private static String address() {
        return "198.51.100." + NEXT.incrementAndGet();
    }

    private static String person() {
        String iin = Iins.next();
        server.user(iin, "Test", "User", StandardRoles.STUDENT);
        return iin;
    }

    @Test
    void aParallelBurstForOneIinGetsOnlyTheFreeAttemptsAndOneMoreEvaluated() throws Exception {
        String iin = person();
        int burst = 16;
        List<WebClient> browsers = new ArrayList<>();
        for (int i = 0; i < burst; i++) {
            WebClient browser = server.client().forwardedFor(address());
            browser.get("/login");
            browsers.add(browser);
        }
        CountDownLatch go = new CountDownLatch(1);
        ExecutorService pool = Executors.newFixedThreadPool(burst);
        try {
            List<CompletableFuture<Integer>> answers = browsers.stream().map(b -> CompletableFuture.supplyAsync(() -> {
                try {
                    go.await();
                } catch (InterruptedException e) {
                    Thread.currentThread().interrupt();
                }
                return b.post("/login", java.util.Map.of("iin", iin, "password", "wrong-" + b.hashCode(), "return", "/"))
                        .status();
            }, pool)).toList();
            go.countDown();
            long evaluated = answers.stream().map(CompletableFuture::join).filter(s -> s == 401).count();
            long held = answers.stream().map(CompletableFuture::join).filter(s -> s == 429).count();
            assertEquals(policy.accountFreeAttempts + 1, evaluated, "each attempt is counted before the password is checked");
            assertEquals(burst - evaluated, held);
        } finally {
            pool.shutdownNow();
        }
    }

    @Test
    void delaysGrowAndThenTheRightPasswordGoesThroughWithoutALockout() {
        String iin = person();
        WebClient browser = server.client().forwardedFor(address());
        for (int i = 0; i <= policy.accountFreeAttempts; i++) {
            assertEquals(401, browser.login(iin, "wrong").status());
        }
        WebClient.Page held = browser.login(iin);
        assertEquals(429, held.status(), "the right password waits too");
        assertEquals("1", held.headers().firstValue("Retry-After").orElse(""));
        assertTrue(held.contains("1 секундтан кейін"), held.body());
        server.clock().advance(Duration.ofSeconds(1));
        assertEquals(401, browser.login(iin, "wrong").status());
        server.clock().advance(Duration.ofSeconds(1));
        assertEquals(429, browser.login(iin).status(), "the second wait is two seconds");
        server.clock().advance(Duration.ofSeconds(1));
        assertEquals(303, browser.login(iin).status());
    }

    @Test
    void aBrowserThatLoggedInBeforeIsNotHeldBackByAttacksFromElsewhere() {
        String iin = person();
        WebClient owner = server.client().forwardedFor(address());
        assertEquals(303, owner.login(iin).status());
        assertTrue(owner.cookie("sabaq_browser").isPresent());
        owner.post("/logout", java.util.Map.of());
        WebClient attacker = server.client().forwardedFor(address());
        for (int i = 0; i < 10; i++) {
            attacker.login(iin, "guess-" + i);
        }
        assertEquals(429, attacker.login(iin).status(), "elsewhere the account waits");
        assertEquals(429, server.client().forwardedFor(address()).login(iin).status(), "so does any new browser");
        assertEquals(303, owner.login(iin).status(), "its owner's own browser goes through");
    }

    @Test
    void failuresFromOneAddressDelayThatAddressOnly() {
        String attackerAddress = address();
        WebClient attacker = server.client().forwardedFor(attackerAddress);
        for (int i = 0; i <= policy.addressFreeAttempts; i++) {
            assertEquals(401, attacker.login(Iins.next(), "wrong").status());
        }
        String iin = person();
        assertEquals(429, server.client().forwardedFor(attackerAddress).login(iin).status());
        assertEquals(303, server.client().forwardedFor(address()).login(iin).status(), "another address is not held");
    }

    @Test
    void ipv6AddressesCountPerSlash64() {
        WebClient attacker = server.client().forwardedFor("2001:db8:7:1::10");
        for (int i = 0; i <= policy.addressFreeAttempts; i++) {
            assertEquals(401, attacker.login(Iins.next(), "wrong").status());
        }
        String iin = person();
        assertEquals(429, server.client().forwardedFor("2001:db8:7:1:abcd::99").login(iin).status(),
                "another address of the same /64 is the same home");
        assertEquals(303, server.client().forwardedFor("2001:db8:7:2::10").login(iin).status());
    }

    @Test
    void xForwardedForIsIgnoredUnlessTheConnectionComesFromATrustedProxy() {
        try (TestServer direct = TestServer.builder().config(c -> {
            c.server.trustedProxies = List.of("192.0.2.1");
            c.loginThrottle.addressFreeAttempts = 3;
        }).start()) {
            for (int i = 0; i <= 3; i++) {
                WebClient forged = direct.client().forwardedFor("203.0.113." + i);
                assertEquals(401, forged.login(Iins.next(), "wrong").status());
            }
            String iin = Iins.next();
            direct.user(iin, "Test", "User", StandardRoles.STUDENT);
            assertEquals(429, direct.client().forwardedFor("203.0.113.200").login(iin).status(),
                    "every forged address was counted as the connection's own");
        }
    }
}
