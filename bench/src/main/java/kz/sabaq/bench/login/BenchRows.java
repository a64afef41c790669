package kz.sabaq.bench.login;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.LocalDateTime;
import java.util.Optional;
import java.util.stream.IntStream;
import kz.sabaq.api.access.StandardRoles;
import kz.sabaq.core.db.Database;
import kz.sabaq.core.access.RoleMapper;
import kz.sabaq.core.auth.Iin;
import kz.sabaq.core.user.NewUser;
import kz.sabaq.core.user.UserMapper;

/** What the scenarios' preparation writes straight into the database: rows, and the bench's teacher. */
public final class BenchRows {

    private BenchRows() {
    }

    /** Inserts one row and returns its generated key (0 when the table has none). */
    public static long insert(Connection c, String sql, Object... values) throws SQLException {
        try (PreparedStatement s = c.prepareStatement(sql, Statement.RETURN_GENERATED_KEYS)) {
            for (int i = 0; i < values.length; i++) {
                s.setObject(i + 1, values[i]);
            }
            s.executeUpdate();
            try (ResultSet keys = s.getGeneratedKeys()) {
                return keys.next() ? keys.getLong(1) : 0;
            }
        }
    }

    /**
     * The bench's teacher named {@code Bench firstName}, made once: a valid IIN
     * {@code 8801010000d?} with the first digit {@code d} from {@code firstDigit} that gives one.
     */
    public static long teacher(Database database, LocalDateTime now, String firstName, int firstDigit) {
        UserMapper users = database.mapper(UserMapper.class);
        String iin = IntStream.rangeClosed(firstDigit, 9).mapToObj(d -> Iin.complete("8801010000" + d))
                .flatMap(Optional::stream).findFirst().orElseThrow();
        return users.findByIin(iin).map(u -> u.id()).orElseGet(() -> {
            long id = users.insert(new NewUser(iin, "Bench", firstName, null, null, "kk", null), now);
            RoleMapper roles = database.mapper(RoleMapper.class);
            roles.assign(id, roles.byCode(StandardRoles.TEACHER).orElseThrow().id());
            return id;
        });
    }
}
