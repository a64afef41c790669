package kz.sabaq.core.job;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import kz.sabaq.api.module.ScheduledJob;
import kz.sabaq.core.db.Database;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Runs scheduled jobs. Each run holds the MariaDB named lock {@code sabaq.job.<name>}: when several
 * nodes run, the node that does not get the lock skips that run.
 */
public final class Scheduler implements AutoCloseable {
    private static final Logger LOG = LoggerFactory.getLogger(Scheduler.class);

    private final Database database;
    private final ScheduledExecutorService executor = Executors.newScheduledThreadPool(1, r -> {
        Thread t = new Thread(r, "sabaq-jobs");
        t.setDaemon(true);
        return t;
    });

    public Scheduler(Database database) {
        this.database = database;
    }

    public void schedule(ScheduledJob job) {
        long period = job.period().toMillis();
        executor.scheduleWithFixedDelay(() -> runLocked(job), period, period, TimeUnit.MILLISECONDS);
    }

    /** Runs the job now if no other node is running it; returns whether it ran. */
    public boolean runLocked(ScheduledJob job) {
        String lock = "sabaq.job." + job.name();
        try (Connection c = database.connection()) {
            if (!acquire(c, lock)) {
                return false;
            }
            try {
                job.task().run();
                return true;
            } finally {
                release(c, lock);
            }
        } catch (SQLException e) {
            LOG.error("Job {} could not take its lock: {}", job.name(), e.getMessage());
        } catch (RuntimeException e) {
            LOG.error("Job {} failed", job.name(), e);
        }
        return false;
    }

    private static boolean acquire(Connection c, String lock) throws SQLException {
        try (PreparedStatement s = c.prepareStatement("SELECT GET_LOCK(?, 0)")) {
            s.setString(1, lock);
            try (ResultSet r = s.executeQuery()) {
                return r.next() && r.getInt(1) == 1;
            }
        }
    }

    private static void release(Connection c, String lock) throws SQLException {
        try (PreparedStatement s = c.prepareStatement("SELECT RELEASE_LOCK(?)")) {
            s.setString(1, lock);
            s.execute();
        }
    }

    @Override
    public void close() {
        executor.shutdownNow();
    }
}
