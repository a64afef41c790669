package kz.sabaq.systemtest;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.IOException;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import kz.sabaq.core.Main;
import kz.sabaq.core.testing.TestDatabase;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class PluginsCommandTest {

    @Test
    void disableStoresTheChoiceThatOverridesTheProfile(@TempDir Path dir) throws IOException, SQLException {
        TestDatabase.Fresh db = TestDatabase.fresh();
        Path config = CommandConfig.write(dir, db);
        assertEquals(0, Main.execute(new String[] {"plugins", "disable", "announcements", "--config", config.toString()}));
        try (Connection c = DriverManager.getConnection(db.url(), db.user(), db.password());
             ResultSet r = c.createStatement().executeQuery("SELECT enabled FROM plugin_state WHERE plugin_id = 'announcements'")) {
            r.next();
            assertEquals(false, r.getBoolean(1));
        }
        assertEquals(1, Main.execute(new String[] {"plugins", "enable", "no-such-plugin", "--config", config.toString()}));
    }
}
