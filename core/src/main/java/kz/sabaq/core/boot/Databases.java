package kz.sabaq.core.boot;

import java.nio.file.Path;
import java.util.List;
import kz.sabaq.core.config.SabaqConfig;
import kz.sabaq.core.db.Database;
import kz.sabaq.core.db.EmbeddedDatabase;

/** Opens the configured database: the embedded MariaDB under ./data, or an external server. */
public final class Databases {

    /**
     * For the server: starts the embedded database, or refuses in one line when another process
     * runs it.
     *
     * @param closeables receives what must be closed on shutdown, database server last
     */
    public static Database openForServer(SabaqConfig config, List<AutoCloseable> closeables) {
        return open(config, closeables, true);
    }

    /** For a command: joins the embedded database of a running server, or starts it for the command. */
    public static Database open(SabaqConfig config, List<AutoCloseable> closeables) {
        return open(config, closeables, false);
    }

    private static Database open(SabaqConfig config, List<AutoCloseable> closeables, boolean server) {
        if (!config.database.embedded) {
            Database database = Database.connect(config.jdbcUrl(), config.database.user, config.database.password,
                    config.database.poolSize);
            closeables.add(database);
            return database;
        }
        EmbeddedDatabase embedded = embedded(config, closeables, server ? EmbeddedDatabase.Use.SERVER : EmbeddedDatabase.Use.COMMAND);
        Database database = Database.connect(embedded.jdbcUrl(config.database.name), embedded.application().user(),
                embedded.application().password(), config.database.poolSize);
        closeables.add(database);
        return database;
    }

    /** The embedded server with the application's database created in it. */
    public static EmbeddedDatabase embedded(SabaqConfig config, List<AutoCloseable> closeables, EmbeddedDatabase.Use use) {
        EmbeddedDatabase embedded = EmbeddedDatabase.open(Path.of(config.database.dataDir), config.database.embeddedPort, use);
        closeables.add(embedded);
        if (embedded.owned()) {
            embedded.createDatabase(config.database.name);
        }
        return embedded;
    }

    private Databases() {
    }
}
