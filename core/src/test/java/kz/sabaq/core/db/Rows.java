package kz.sabaq.core.db;

import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;

/** Rows a test leaves in the database of a Sabaq process, written and read as the application. */
final class Rows {

    static void write(Path dataDir, String value) throws SQLException {
        try (EmbeddedDatabase joined = EmbeddedDatabase.startOrJoin(dataDir, 0);
             Connection c = connect(joined);
             Statement s = c.createStatement()) {
            s.execute("CREATE TABLE IF NOT EXISTS kept (v VARCHAR(100) NOT NULL)");
            s.execute("INSERT INTO kept VALUES ('" + value + "')");
        }
    }

    static List<String> read(Path dataDir) throws SQLException {
        try (EmbeddedDatabase joined = EmbeddedDatabase.startOrJoin(dataDir, 0);
             Connection c = connect(joined);
             ResultSet r = c.createStatement().executeQuery("SELECT v FROM kept ORDER BY v")) {
            List<String> values = new ArrayList<>();
            while (r.next()) {
                values.add(r.getString(1));
            }
            return values;
        }
    }

    /** The mariadbd processes running on this data directory. */
    static List<ProcessHandle> mariadbOn(Path dataDir) {
        String argument = "--datadir=" + dataDir.toAbsolutePath().normalize().resolve("data");
        return ProcessHandle.allProcesses()
                .filter(p -> p.info().arguments().map(a -> List.of(a).contains(argument)).orElse(false))
                .toList();
    }

    private static Connection connect(EmbeddedDatabase db) throws SQLException {
        return DriverManager.getConnection(db.jdbcUrl("sabaq"), db.application().user(), db.application().password());
    }

    private Rows() {
    }
}
