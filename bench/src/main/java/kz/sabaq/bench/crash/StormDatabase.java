package kz.sabaq.bench.crash;

import java.nio.file.Path;
import kz.sabaq.core.config.SabaqConfig;

/**
 * Where the storm's server keeps its data. {@link #external}: a MariaDB outside the server
 * process (the bench's own, or the tests'), so that a kill crashes the application alone and what
 * is checked is what the application wrote. {@link #embedded}: the server's own embedded MariaDB,
 * which the kill leaves running without its owner and the next start must take over.
 */
public record StormDatabase(String description, String url, String user, String password, Path embeddedHome) {

    public static StormDatabase external(String description, String url, String user, String password) {
        return new StormDatabase(description, url, user, password, null);
    }

    public static StormDatabase embedded(Path home) {
        return new StormDatabase("the server's embedded MariaDB under " + home, null, null, null, home);
    }

    /** The database part of the server's configuration; the bench reaches it with the same settings. */
    void configure(SabaqConfig.Database database) {
        database.embedded = embeddedHome != null;
        if (database.embedded) {
            database.dataDir = embeddedHome.toAbsolutePath().toString();
            database.embeddedPort = 0;
        } else {
            database.url = url;
            database.user = user;
            database.password = password;
        }
    }
}
