package kz.sabaq.attestation.distribution;

import java.sql.SQLException;

/** Reads MariaDB's error code out of whatever MyBatis wrapped it in. */
final class SqlFailure {
    static final int DUPLICATE_KEY = 1062;
    static final int LOCK_WAIT_TIMEOUT = 1205;
    static final int DEADLOCK = 1213;

    private SqlFailure() {
    }

    static boolean duplicateKey(RuntimeException e) {
        return code(e) == DUPLICATE_KEY;
    }

    /** A failure that leaves nothing behind and succeeds when simply tried again. */
    static boolean transientLock(RuntimeException e) {
        int code = code(e);
        return code == DEADLOCK || code == LOCK_WAIT_TIMEOUT;
    }

    private static int code(Throwable e) {
        for (Throwable t = e; t != null; t = t.getCause()) {
            if (t instanceof SQLException sql && sql.getErrorCode() != 0) {
                return sql.getErrorCode();
            }
        }
        return 0;
    }
}
