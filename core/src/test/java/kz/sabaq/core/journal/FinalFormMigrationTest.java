package kz.sabaq.core.journal;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.LinkedHashMap;
import java.util.Map;
import kz.sabaq.core.testing.TestDatabase;
import org.flywaydb.core.Flyway;
import org.flywaydb.core.api.MigrationVersion;
import org.junit.jupiter.api.Test;

/** An installed site's journals keep their final form: the old fixed forms become scale ids. */
class FinalFormMigrationTest {

    @Test
    void everyOldFormMapsToTheScaleThatGradesItTheSameWay() throws SQLException {
        TestDatabase.Fresh db = TestDatabase.fresh();
        flyway(db, MigrationVersion.fromVersion("2")).migrate();
        Map<Long, String> before = new LinkedHashMap<>();
        before.put(1L, "WRITTEN");
        before.put(2L, "ORAL");
        before.put(3L, "TEST");
        before.put(4L, "WRITTEN_ORAL");
        before.put(5L, "PASS_FAIL");
        before.put(6L, null);
        try (Connection c = DriverManager.getConnection(db.url(), db.user(), db.password());
             Statement s = c.createStatement()) {
            // Rows of schema version 2, which the generators (they write the latest schema) cannot
            // make. Journals only: the streams they belong to do not matter to the migration.
            s.execute("SET FOREIGN_KEY_CHECKS = 0");
            for (Map.Entry<Long, String> e : before.entrySet()) {
                s.execute("INSERT INTO journal (stream_id, final_form) VALUES (" + e.getKey() + ", "
                        + (e.getValue() == null ? "NULL" : "'" + e.getValue() + "'") + ")");
            }
        }

        flyway(db, MigrationVersion.LATEST).migrate();

        Map<Long, String> after = new LinkedHashMap<>();
        try (Connection c = DriverManager.getConnection(db.url(), db.user(), db.password());
             Statement s = c.createStatement();
             ResultSet r = s.executeQuery("SELECT stream_id, final_form FROM journal ORDER BY stream_id")) {
            while (r.next()) {
                after.put(r.getLong(1), r.getString(2));
            }
        }
        Map<Long, String> expected = new LinkedHashMap<>();
        expected.put(1L, "letter");
        expected.put(2L, "letter");
        expected.put(3L, "letter");
        expected.put(4L, "written-oral");
        expected.put(5L, "pass-fail");
        expected.put(6L, null);
        assertEquals(expected, after);
    }

    private static Flyway flyway(TestDatabase.Fresh db, MigrationVersion target) {
        return Flyway.configure().dataSource(db.url(), db.user(), db.password())
                .locations("classpath:db/migration/core").table("flyway_history_core").target(target).load();
    }
}
