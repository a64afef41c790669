package kz.sabaq.core.backup;

import java.io.BufferedReader;
import java.io.IOException;
import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;

/**
 * Runs a {@code mariadb-dump} file over JDBC (the distribution's {@code mariadb} client needs a
 * curses library that current systems lack). The dump writes a newline inside a value as
 * {@code \n}, so a statement ends at the end of a line that ends with the delimiter; its
 * {@code DELIMITER ;;} lines around triggers change that delimiter.
 */
final class SqlScript {

    /** @return the number of statements run */
    static int run(BufferedReader script, Connection connection) throws IOException, SQLException {
        String delimiter = ";";
        StringBuilder statement = new StringBuilder();
        int count = 0;
        try (Statement s = connection.createStatement()) {
            String line;
            while ((line = script.readLine()) != null) {
                if (statement.isEmpty() && (line.isBlank() || line.startsWith("--"))) {
                    continue;
                }
                if (statement.isEmpty() && line.startsWith("DELIMITER ")) {
                    delimiter = line.substring("DELIMITER ".length()).strip();
                    continue;
                }
                String end = line.stripTrailing();
                if (end.endsWith(delimiter)) {
                    statement.append(end, 0, end.length() - delimiter.length());
                    s.execute(statement.toString());
                    statement.setLength(0);
                    count++;
                } else {
                    statement.append(line).append('\n');
                }
            }
        }
        if (!statement.isEmpty()) {
            throw new IOException("The database dump ends in the middle of a statement: the backup is incomplete");
        }
        return count;
    }

    private SqlScript() {
    }
}
