package kz.sabaq.core.backup;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import kz.sabaq.core.boot.Databases;
import kz.sabaq.core.config.SabaqConfig;
import kz.sabaq.core.db.EmbeddedDatabase;

/**
 * The MariaDB server and account a backup is taken with or restored by: root of the embedded
 * server (it alone may recreate triggers defined by another account), or the configured account
 * of an external server.
 */
record DatabaseTarget(String host, int port, String database, String user, String password) {
    private static final Pattern HOST_PORT = Pattern.compile("//([^:/,?]+)(?::(\\d+))?");

    /** @param use {@link EmbeddedDatabase.Use#EXCLUSIVE} to refuse a running server's database */
    static DatabaseTarget of(SabaqConfig config, List<AutoCloseable> closeables, EmbeddedDatabase.Use use) {
        if (config.database.embedded) {
            EmbeddedDatabase db = Databases.embedded(config, closeables, use);
            return new DatabaseTarget("127.0.0.1", db.port(), config.database.name, db.root().user(), db.root().password());
        }
        Matcher m = HOST_PORT.matcher(config.jdbcUrl());
        if (!m.find()) {
            throw new IllegalArgumentException("Cannot read the server's address from database.url " + config.jdbcUrl());
        }
        int port = m.group(2) == null ? 3306 : Integer.parseInt(m.group(2));
        return new DatabaseTarget(m.group(1), port, config.database.name, config.database.user, config.database.password);
    }

    /** @param schema the database to use, or "" for none */
    Connection connect(String schema) throws SQLException {
        return DriverManager.getConnection("jdbc:mariadb://" + host + ":" + port + "/" + schema, user, password);
    }
}
