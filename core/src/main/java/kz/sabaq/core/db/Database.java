package kz.sabaq.core.db;

import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Proxy;
import java.sql.Connection;
import java.sql.SQLException;
import java.time.Clock;
import java.time.Duration;
import java.util.Set;
import java.util.function.Supplier;
import javax.sql.DataSource;
import com.zaxxer.hikari.HikariConfig;
import com.zaxxer.hikari.HikariDataSource;
import kz.sabaq.api.data.Transactions;
import org.apache.ibatis.mapping.Environment;
import org.apache.ibatis.session.Configuration;
import org.apache.ibatis.session.ExecutorType;
import org.apache.ibatis.session.SqlSession;
import org.apache.ibatis.session.SqlSessionFactory;
import org.apache.ibatis.session.SqlSessionFactoryBuilder;
import org.apache.ibatis.session.SqlSessionManager;
import org.apache.ibatis.session.TransactionIsolationLevel;
import org.apache.ibatis.session.defaults.DefaultSqlSessionFactory;

/**
 * The pool and MyBatis. Mapper proxies from {@link #mapper} commit each call on its own, unless the
 * call runs inside {@link #inTransaction}, where every call on the thread shares one transaction.
 */
public final class Database implements Transactions, AutoCloseable {
    private final HikariDataSource dataSource;
    private final SqlSessionManager sessions;
    private final WriteSignals writes = new WriteSignals();

    private Database(HikariDataSource dataSource) {
        this.dataSource = dataSource;
        Configuration configuration = new Configuration(
                new Environment("sabaq", new StartedTransactions(), dataSource));
        configuration.setMapUnderscoreToCamelCase(true);
        configuration.setDefaultStatementTimeout(30);
        configuration.addInterceptor(writes);
        this.sessions = SqlSessionManager.newInstance(new AutoCommitCalls(new SqlSessionFactoryBuilder().build(configuration)));
    }

    public static Database connect(String jdbcUrl, String user, String password, int poolSize) {
        HikariConfig config = new HikariConfig();
        config.setJdbcUrl(jdbcUrl);
        config.setUsername(user);
        config.setPassword(password);
        config.setMaximumPoolSize(poolSize);
        // A fixed-size pool, as HikariCP advises for spikes: an exam start's first second should not
        // also open the connections a quiet hour let go (docs/benchmarks.md, third pass).
        config.setMinimumIdle(poolSize);
        config.setPoolName("sabaq");
        config.setConnectionTimeout(10_000);
        config.setInitializationFailTimeout(5_000);
        config.addDataSourceProperty("useServerPrepStmts", "true");
        config.addDataSourceProperty("cachePrepStmts", "true");
        config.setConnectionInitSql("SET time_zone = '+00:00', NAMES utf8mb4");
        // The level every transaction asks for, so a connection need not be switched to it and back.
        config.setTransactionIsolation("TRANSACTION_READ_COMMITTED");
        try {
            return new Database(new HikariDataSource(config));
        } catch (RuntimeException e) {
            throw new DatabaseUnavailable("Cannot connect to MariaDB at " + jdbcUrl + ": " + rootMessage(e), e);
        }
    }

    private static String rootMessage(Throwable e) {
        Throwable t = e;
        while (t.getCause() != null) {
            t = t.getCause();
        }
        return t.getMessage();
    }

    public DataSource dataSource() {
        return dataSource;
    }

    /** Registers a mapper (once) and returns its proxy. */
    public synchronized <T> T mapper(Class<T> type) {
        Configuration configuration = sessions.getConfiguration();
        if (!configuration.hasMapper(type)) {
            configuration.addMapper(type);
        }
        return sessions.getMapper(type);
    }

    @Override
    public <T> T inTransaction(Supplier<T> work) {
        if (sessions.isManagedSessionStarted()) {
            return work.get();
        }
        sessions.startManagedSession(ExecutorType.SIMPLE, TransactionIsolationLevel.READ_COMMITTED);
        try {
            T result = work.get();
            sessions.commit(true);
            return result;
        } catch (RuntimeException | Error e) {
            sessions.rollback(true);
            throw e;
        } finally {
            sessions.close();
        }
    }

    /**
     * Mapper calls outside a transaction run in autocommit mode, so a call costs its statement
     * alone: with MyBatis's default (autocommit off) every call would also send "set autocommit=0"
     * before and "set autocommit=1" after it, two more round trips to MariaDB. Transactions
     * ({@link #inTransaction}) open with "START TRANSACTION" instead ({@link StartedTransactions}).
     */
    private static final class AutoCommitCalls extends DefaultSqlSessionFactory {
        AutoCommitCalls(SqlSessionFactory factory) {
            super(factory.getConfiguration());
        }

        @Override
        public SqlSession openSession() {
            return openSession(true);
        }
    }

    /**
     * A raw connection for the few things MyBatis does not do (named locks, and test data). What it
     * writes is not seen statement by statement, so when it is closed every cache of this node that
     * copies rows ({@link #afterWrites}, {@link #kept}) forgets them.
     */
    public Connection connection() throws SQLException {
        Connection raw = dataSource.getConnection();
        return (Connection) Proxy.newProxyInstance(Connection.class.getClassLoader(), new Class<?>[] {Connection.class},
                (proxy, method, args) -> {
                    try {
                        return method.invoke(raw, args);
                    } catch (InvocationTargetException e) {
                        throw e.getCause();
                    } finally {
                        if (method.getName().equals("close")) {
                            writes.all();
                        }
                    }
                });
    }

    /**
     * Answers of a read kept for {@code keep} per key, forgotten at once when this node writes one
     * of {@code tables} (lower case); see {@link KeptReads}.
     */
    public <K, V> KeptReads<K, V> kept(Set<String> tables, Clock clock, Duration keep) {
        KeptReads<K, V> reads = new KeptReads<>(clock, keep);
        afterWrites(tables, reads::forgetAll);
        return reads;
    }

    @Override
    public void close() {
        dataSource.close();
    }

    /**
     * Runs {@code action} after every write through a mapper whose SQL names one of {@code tables}
     * (lower case), and again when its transaction commits: for caches of this node that copy rows.
     */
    public void afterWrites(Set<String> tables, Runnable action) {
        writes.listen(tables, action);
    }
}
