package kz.sabaq.core.db;

import static org.junit.jupiter.api.Assertions.assertEquals;

import com.zaxxer.hikari.HikariDataSource;
import kz.sabaq.core.testing.TestServer;
import org.junit.jupiter.api.Test;

/**
 * The pool keeps all its connections open: a hall opening its exam at once must not also wait for
 * the connections a quiet hour let go (exam-start's page p99 fell from 264–531 ms to 42–151 ms).
 */
class FixedPoolTest {

    @Test
    void thePoolKeepsAsManyConnectionsIdleAsItMayHold() {
        try (TestServer server = TestServer.builder().start();
             Database db = Database.connect(server.config().database.url, server.config().database.user,
                     server.config().database.password, 6)) {
            HikariDataSource pool = (HikariDataSource) db.dataSource();

            assertEquals(6, pool.getMaximumPoolSize());
            assertEquals(6, pool.getMinimumIdle(), "a fixed-size pool");
        }
    }
}
