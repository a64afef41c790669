package kz.sabaq.bench.target;

import java.net.InetAddress;
import java.net.URI;
import java.net.UnknownHostException;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Duration;
import kz.sabaq.bench.web.Browser;
import kz.sabaq.core.boot.Sabaq;
import kz.sabaq.core.db.Database;

/**
 * The server under test: its address (loopback only: the bench never loads another machine) and
 * direct access to its database, through which scenarios create their students and courses.
 */
public final class Target implements AutoCloseable {
    private final URI base;
    private final Database database;
    private final Duration requestTimeout;
    private final String description;
    private final AutoCloseable owned;

    /** @param owned closed with the target: the in-process server, or the bench's own database pool */
    public Target(URI base, Database database, Duration requestTimeout, String description, AutoCloseable owned) {
        this.base = requireLoopback(base);
        this.database = database;
        this.requestTimeout = requestTimeout;
        this.description = description;
        this.owned = owned;
    }

    static URI requireLoopback(URI url) {
        if (!"http".equals(url.getScheme()) || url.getHost() == null) {
            throw new IllegalArgumentException("The target must be an http://host:port address, not " + url);
        }
        try {
            for (InetAddress address : InetAddress.getAllByName(url.getHost())) {
                if (!address.isLoopbackAddress()) {
                    throw new IllegalArgumentException("The bench drives loopback servers only; "
                            + url.getHost() + " is " + address.getHostAddress());
                }
            }
        } catch (UnknownHostException e) {
            throw new IllegalArgumentException("Unknown host " + url.getHost(), e);
        }
        return url;
    }

    /** A new browser of its own: own cookies, own HTTP/1.1 keep-alive connection. */
    public Browser browser() {
        return new Browser(base, requestTimeout);
    }

    public URI base() {
        return base;
    }

    public Database database() {
        return database;
    }

    /** Whether the server runs in this JVM, so this JVM's memory is the server's (with the load generator's). */
    public boolean inProcess() {
        return owned instanceof Sabaq;
    }

    public String description() {
        return description;
    }

    /** MariaDB's version and commit durability, so a report says what the figures were measured against. */
    public static String describe(Database database) {
        try (Connection c = database.connection(); Statement s = c.createStatement();
             ResultSet r = s.executeQuery("SELECT VERSION(), @@innodb_flush_log_at_trx_commit, @@sync_binlog")) {
            r.next();
            return "MariaDB " + r.getString(1) + ", innodb_flush_log_at_trx_commit=" + r.getString(2)
                    + ", sync_binlog=" + r.getString(3);
        } catch (SQLException e) {
            return "MariaDB (settings unreadable: " + e.getMessage() + ")";
        }
    }

    @Override
    public void close() throws Exception {
        owned.close();
    }
}
