package kz.sabaq.core.db;

import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.Properties;
import javax.sql.DataSource;
import org.apache.ibatis.session.TransactionIsolationLevel;
import org.apache.ibatis.transaction.Transaction;
import org.apache.ibatis.transaction.TransactionFactory;

/**
 * MyBatis transactions that leave the pool's connections in autocommit mode and open each
 * transaction with {@code START TRANSACTION}. JDBC's way, switching autocommit off and on again,
 * costs two statements ({@code set autocommit=0}, {@code set autocommit=1}) where this costs one:
 * a round trip less for every transaction, which a press on a ticket tile pays (docs/benchmarks.md).
 * Like JDBC, a statement after a commit or rollback opens the next transaction; a connection is
 * never given back with a transaction open. Sessions opened for autocommit calls start nothing.
 */
final class StartedTransactions implements TransactionFactory {

    @Override
    public void setProperties(Properties props) {
    }

    @Override
    public Transaction newTransaction(Connection connection) {
        throw new UnsupportedOperationException("transactions take their connection from the pool");
    }

    @Override
    public Transaction newTransaction(DataSource dataSource, TransactionIsolationLevel level, boolean autoCommit) {
        return new Started(dataSource, level, autoCommit);
    }

    private static final class Started implements Transaction {
        private final DataSource dataSource;
        private final TransactionIsolationLevel level;
        private final boolean autoCommit;
        private Connection connection;
        private boolean open;

        Started(DataSource dataSource, TransactionIsolationLevel level, boolean autoCommit) {
            this.dataSource = dataSource;
            this.level = level;
            this.autoCommit = autoCommit;
        }

        @Override
        public Connection getConnection() throws SQLException {
            if (connection == null) {
                connection = dataSource.getConnection();
                if (level != null) {
                    connection.setTransactionIsolation(level.getLevel());
                }
            }
            if (!autoCommit && !open) {
                send("START TRANSACTION");
                open = true;
            }
            return connection;
        }

        @Override
        public void commit() throws SQLException {
            end("COMMIT");
        }

        @Override
        public void rollback() throws SQLException {
            end("ROLLBACK");
        }

        @Override
        public void close() throws SQLException {
            if (connection == null) {
                return;
            }
            try {
                end("ROLLBACK");
            } finally {
                connection.close();
                connection = null;
            }
        }

        @Override
        public Integer getTimeout() {
            return null;
        }

        private void end(String how) throws SQLException {
            if (open) {
                open = false;
                send(how);
            }
        }

        private void send(String statement) throws SQLException {
            try (Statement s = connection.createStatement()) {
                s.execute(statement);
            }
        }
    }
}
