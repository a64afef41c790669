package kz.sabaq.core.job;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.time.Duration;
import java.util.concurrent.atomic.AtomicInteger;
import kz.sabaq.api.module.ScheduledJob;
import kz.sabaq.core.testing.TestServer;
import org.junit.jupiter.api.Test;

class SchedulerTest {

    @Test
    void aJobRunsOnlyOnTheNodeHoldingItsDatabaseLock() throws Exception {
        try (TestServer server = TestServer.builder().start()) {
            AtomicInteger runs = new AtomicInteger();
            ScheduledJob job = new ScheduledJob("test.count", Duration.ofHours(1), runs::incrementAndGet);
            Scheduler scheduler = new Scheduler(server.app().database());
            try (Connection otherNode = server.app().database().connection()) {
                assertTrue(lock(otherNode, "GET_LOCK('sabaq.job.test.count', 0)"), "another node takes the lock");
                assertFalse(scheduler.runLocked(job), "this node skips the run");
                assertEquals(0, runs.get());
                lock(otherNode, "RELEASE_LOCK('sabaq.job.test.count')");
            }
            assertTrue(scheduler.runLocked(job));
            assertEquals(1, runs.get());
            assertTrue(scheduler.runLocked(job), "the lock was released after the run");
            assertEquals(2, runs.get());
            scheduler.close();
        }
    }

    private static boolean lock(Connection c, String call) throws Exception {
        try (PreparedStatement s = c.prepareStatement("SELECT " + call); ResultSet r = s.executeQuery()) {
            return r.next() && r.getInt(1) == 1;
        }
    }
}
