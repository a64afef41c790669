package kz.sabaq.core.boot;

import java.nio.file.Path;
import java.util.List;
import kz.sabaq.core.config.SabaqConfig;
import kz.sabaq.core.db.Database;
import kz.sabaq.core.db.EmbeddedDatabase;

/** Opens the configured database: the embedded MariaDB under ./data, or an external server. */
public final class Databases {

    /** @param closeables receives what must be closed on shutdown, database server last */
    public static Database open(SabaqConfig config, List<AutoCloseable> closeables) {
        String url = config.jdbcUrl();
        if (config.database.embedded) {
            EmbeddedDatabase server = EmbeddedDatabase.start(Path.of(config.database.dataDir), config.database.embeddedPort);
            closeables.add(server);
            server.createDatabase(config.database.name);
            url = server.jdbcUrl(config.database.name);
        }
        Database database = Database.connect(url, config.database.user, config.database.password, config.database.poolSize);
        closeables.add(database);
        return database;
    }

    private Databases() {
    }
}
