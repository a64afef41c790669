package kz.sabaq.bench.target;

import java.net.URI;
import java.nio.file.Path;
import java.time.Duration;
import kz.sabaq.core.config.SabaqConfig;
import kz.sabaq.core.db.Database;

/** A server already running on this machine ({@code --url}); its database is reached as its config says. */
public final class RunningServer {
    private static final int POOL = 4;

    public static Target connect(URI url, Path configFile, Duration requestTimeout) {
        Target.requireLoopback(url);
        SabaqConfig config = SabaqConfig.load(configFile);
        Database database = Database.connect(config.jdbcUrl(), config.database.user, config.database.password, POOL);
        return new Target(url, database, requestTimeout,
                "running server at " + url + ", " + Target.describe(database), database);
    }

    private RunningServer() {
    }
}
