package kz.sabaq.core.db;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.HashMap;
import java.util.Map;
import kz.sabaq.core.testing.TestServer;
import org.apache.ibatis.annotations.Insert;
import org.apache.ibatis.annotations.Select;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * Transactions open with START TRANSACTION on a connection left in autocommit mode: one statement
 * where switching autocommit off and on costs two, and still all or nothing. The pool here holds
 * one connection, so the server's counters of that connection's session show what was sent.
 */
class StartedTransactionsTest {
    static TestServer server;
    static Database db;
    static Probe probe;

    interface Probe {
        @Insert("INSERT INTO tx_probe (id) VALUES (#{id})")
        int add(int id);

        @Select("SELECT COUNT(*) FROM tx_probe")
        int count();
    }

    @BeforeAll
    static void start() throws SQLException {
        server = TestServer.builder().start();
        db = Database.connect(server.config().database.url, server.config().database.user,
                server.config().database.password, 1);
        try (Connection c = db.connection(); Statement s = c.createStatement()) {
            s.execute("CREATE TABLE IF NOT EXISTS tx_probe (id INT PRIMARY KEY)");
        }
        probe = db.mapper(Probe.class);
    }

    @AfterAll
    static void stop() {
        db.close();
        server.close();
    }

    @BeforeEach
    void empty() throws SQLException {
        try (Connection c = db.connection(); Statement s = c.createStatement()) {
            s.execute("DELETE FROM tx_probe");
        }
    }

    @Test
    void aTransactionIsOneStartAndOneCommitWithoutSwitchingAutocommit() throws SQLException {
        Map<String, Long> before = sessionCounters();

        db.inTransaction(() -> probe.add(1) + probe.add(2));

        Map<String, Long> after = sessionCounters();
        assertEquals(1, after.get("Com_begin") - before.get("Com_begin"));
        assertEquals(1, after.get("Com_commit") - before.get("Com_commit"));
        assertEquals(0, after.get("Com_set_option") - before.get("Com_set_option"), "no set autocommit, no isolation switch");
        assertEquals(0, after.get("Com_rollback") - before.get("Com_rollback"));
        assertEquals(2, probe.count());
        assertEquals(1, single("SELECT @@autocommit"), "the pooled connection stays in autocommit mode");
    }

    @Test
    void aFailedTransactionWritesNothingAndGivesItsConnectionBackWithNoTransactionOpen() throws SQLException {
        assertThrows(IllegalStateException.class, () -> db.inTransaction(() -> {
            probe.add(3);
            throw new IllegalStateException("refused after the first write");
        }));

        assertEquals(0, probe.count());
        assertEquals(0, single("SELECT @@in_transaction"));
    }

    @Test
    void whatATransactionWritesIsSeenByOthersOnlyOnceItCommits() {
        Database other = server.separateDatabase();
        try {
            Probe elsewhere = other.mapper(Probe.class);
            int seenInside = db.inTransaction(() -> {
                probe.add(4);
                return elsewhere.count();
            });

            assertEquals(0, seenInside);
            assertEquals(1, elsewhere.count());
        } finally {
            other.close();
        }
    }

    @Test
    void callsOutsideATransactionStartNothing() throws SQLException {
        Map<String, Long> before = sessionCounters();

        probe.add(5);
        probe.count();

        Map<String, Long> after = sessionCounters();
        assertEquals(0, after.get("Com_begin") - before.get("Com_begin"));
        assertEquals(0, after.get("Com_set_option") - before.get("Com_set_option"));
        assertEquals(1, probe.count(), "written at once");
    }

    private static Map<String, Long> sessionCounters() throws SQLException {
        Map<String, Long> counters = new HashMap<>();
        try (Connection c = db.dataSource().getConnection(); Statement s = c.createStatement();
             ResultSet r = s.executeQuery("SHOW SESSION STATUS WHERE Variable_name IN "
                     + "('Com_begin', 'Com_commit', 'Com_rollback', 'Com_set_option')")) {
            while (r.next()) {
                counters.put(r.getString(1), r.getLong(2));
            }
        }
        return counters;
    }

    private static long single(String sql) throws SQLException {
        try (Connection c = db.dataSource().getConnection(); Statement s = c.createStatement();
             ResultSet r = s.executeQuery(sql)) {
            r.next();
            return r.getLong(1);
        }
    }
}
