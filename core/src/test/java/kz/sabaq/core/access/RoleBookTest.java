package kz.sabaq.core.access;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;

import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Proxy;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import kz.sabaq.api.access.StandardRoles;
import kz.sabaq.core.testing.MutableClock;
import kz.sabaq.core.testing.TestServer;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** The role book is read once per {@link RoleBook#MAX_AGE}, however many requests find it stale at once. */
class RoleBookTest {
    private static final int READERS = 8;

    static TestServer server;

    @BeforeAll
    static void start() {
        server = TestServer.builder().start();
    }

    @AfterAll
    static void stop() {
        server.close();
    }

    @Test
    void requestsThatFindTheBookStaleTogetherShareOneReload() throws Exception {
        RoleMapper real = server.app().database().mapper(RoleMapper.class);
        long student = real.byCode(StandardRoles.STUDENT).orElseThrow().id();
        AtomicInteger reads = new AtomicInteger();
        CountDownLatch othersWaiting = new CountDownLatch(1);
        List<Thread> readers = new ArrayList<>();
        // The real mapper, counting how often the roles are read; the first read of the stale book
        // goes on only once every other reader is waiting for it.
        RoleMapper counting = (RoleMapper) Proxy.newProxyInstance(RoleMapper.class.getClassLoader(),
                new Class<?>[] {RoleMapper.class}, (proxy, method, args) -> {
                    if (method.getName().equals("roles") && reads.incrementAndGet() == 2) {
                        othersWaiting.await(30, TimeUnit.SECONDS);
                    }
                    try {
                        return method.invoke(real, args);
                    } catch (InvocationTargetException e) {
                        throw e.getCause();
                    }
                });
        MutableClock clock = server.clock();
        RoleBook book = new RoleBook(counting, clock);
        book.get(student);
        assertEquals(1, reads.get());
        clock.advance(RoleBook.MAX_AGE.plusSeconds(1));

        ExecutorService pool = Executors.newFixedThreadPool(READERS, r -> {
            Thread t = new Thread(r);
            synchronized (readers) {
                readers.add(t);
            }
            return t;
        });
        try {
            List<Future<RoleDefinition>> got = new ArrayList<>();
            for (int i = 0; i < READERS; i++) {
                got.add(pool.submit(() -> book.get(student)));
            }
            awaitAllButOneBlocked(readers);
            othersWaiting.countDown();
            for (Future<RoleDefinition> role : got) {
                assertNotNull(role.get(30, TimeUnit.SECONDS));
            }
        } finally {
            pool.shutdownNow();
        }
        assertEquals(2, reads.get(), "one reload for all the readers that found the book stale");
    }

    /** Until every reader but the one reloading waits for the book's lock (a condition, not a pause). */
    private static void awaitAllButOneBlocked(List<Thread> readers) {
        long giveUp = System.nanoTime() + TimeUnit.SECONDS.toNanos(30);
        while (System.nanoTime() < giveUp) {
            synchronized (readers) {
                if (readers.size() == READERS
                        && readers.stream().filter(t -> t.getState() == Thread.State.BLOCKED).count() == READERS - 1) {
                    return;
                }
            }
            Thread.onSpinWait();
        }
        throw new AssertionError("the other readers never waited for the reload");
    }
}
