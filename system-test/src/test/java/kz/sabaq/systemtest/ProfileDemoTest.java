package kz.sabaq.systemtest;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import java.util.function.UnaryOperator;
import kz.sabaq.core.demo.DemoInstitution;
import kz.sabaq.core.testing.TestServer;
import kz.sabaq.core.testing.WebClient;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * {@code ./sabaq run --profile <id>} for each shipped profile: the profile starts with every plugin
 * it names, its demo data set imports, the login page names the institution, and every demo
 * account (one per role) signs in. EKTU's timetable runs on its bell schedule of 50-minute periods.
 */
class ProfileDemoTest {

    @ParameterizedTest
    @ValueSource(strings = {"default", "training-centre", "eku", "kaznwpu", "ektu"})
    void theProfileStartsWithItsOwnDemoInstitution(String id) {
        try (TestServer server = ShippedProfile.start(id, UnaryOperator.identity())) {
            List<String> logins = new DemoInstitution(server.app().database(), server.clock(),
                    server.profile().demoData).loadIfEmpty().orElseThrow();

            assertTrue(server.client().get("/login").contains(server.profile().name.get("kk")), id);
            List<String> iins = strings(server, "SELECT iin FROM app_user ORDER BY id");
            assertEquals(logins.size(), iins.size());
            for (String iin : iins) {
                assertEquals(303, server.client().login(iin, DemoInstitution.PASSWORD).status(), id + " " + iin);
            }
            List<String> roles = strings(server, "SELECT DISTINCT r.code FROM user_role ur JOIN role r ON r.id = ur.role_id");
            assertTrue(roles.containsAll(List.of("administrator", "registrar", "teacher", "student")), roles.toString());
            assertTrue(count(server, "SELECT COUNT(*) FROM timetable_session WHERE starts_at >= '2026-11-16' "
                    + "AND starts_at < '2026-11-21'") >= 5, "a timetable for the current week");
            assertTrue(count(server, "SELECT COUNT(*) FROM stream") >= 2);
            assertTrue(count(server, "SELECT COUNT(*) FROM study_group") >= 2);
        }
    }

    @Test
    void ektuTeachesInFiftyMinutePeriods() {
        try (TestServer server = ShippedProfile.start("ektu", UnaryOperator.identity())) {
            new DemoInstitution(server.app().database(), server.clock(), server.profile().demoData).loadIfEmpty();

            assertEquals(8, count(server, "SELECT COUNT(*) FROM bell_period"));
            assertEquals(List.of("50"), strings(server,
                    "SELECT DISTINCT TIMESTAMPDIFF(MINUTE, starts_at, ends_at) FROM timetable_session"));
            assertEquals(0, count(server, "SELECT COUNT(*) FROM room WHERE capacity > 15"),
                    "offline groups of at most 15 per room");
        }
    }

    private static long count(TestServer server, String sql) {
        return Long.parseLong(strings(server, sql).get(0));
    }

    private static List<String> strings(TestServer server, String sql) {
        try (Connection c = server.app().database().connection(); Statement s = c.createStatement();
             ResultSet r = s.executeQuery(sql)) {
            List<String> values = new ArrayList<>();
            while (r.next()) {
                values.add(r.getString(1));
            }
            return values;
        } catch (SQLException e) {
            throw new IllegalStateException(e);
        }
    }
}
