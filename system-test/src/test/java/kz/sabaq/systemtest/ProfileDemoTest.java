package kz.sabaq.systemtest;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
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
                    server.profile().demoData, server.app().modules()).loadIfEmpty().orElseThrow();

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
            new DemoInstitution(server.app().database(), server.clock(), server.profile().demoData, server.app().modules()).loadIfEmpty();

            assertEquals(8, count(server, "SELECT COUNT(*) FROM bell_period"));
            assertEquals(List.of("50"), strings(server,
                    "SELECT DISTINCT TIMESTAMPDIFF(MINUTE, starts_at, ends_at) FROM timetable_session"));
            assertEquals(0, count(server, "SELECT COUNT(*) FROM room WHERE capacity > 15"),
                    "offline groups of at most 15 per room");
        }
    }

    /**
     * EKU's demo has a bank of Mathematical analysis that meets its checks (100 items of 5 options,
     * 40/40/20) and the stream's final test open, loaded by exam-test itself; a demo student starts it
     * and gets 30 questions. EKTU's has self-check tests per topic of Databases.
     */
    @Test
    void theDemosWithTestsHaveAQuestionBankAndATestAStudentCanStart() {
        try (TestServer server = ShippedProfile.start("eku", UnaryOperator.identity())) {
            new DemoInstitution(server.app().database(), server.clock(), server.profile().demoData,
                    server.app().modules()).loadIfEmpty().orElseThrow();
            assertEquals(List.of("easy 40", "hard 20", "medium 40"), strings(server, "SELECT CONCAT(difficulty, ' ', COUNT(*)) "
                    + "FROM et_item i JOIN discipline d ON d.id = i.discipline_id WHERE d.code = 'MA' GROUP BY difficulty ORDER BY 1"));
            assertEquals(0, count(server, "SELECT COUNT(*) FROM et_item i WHERE (SELECT COUNT(*) FROM et_option o "
                    + "WHERE o.item_id = i.id) <> 5"), "five options each");
            WebClient student = server.client();
            assertEquals(303, student.login("020912600010", DemoInstitution.PASSWORD).status());
            WebClient.Page mine = student.get("/exam-test/mine");
            String test = strings(server, "SELECT id FROM et_test WHERE kind = 'final'").get(0);
            assertTrue(mine.contains("/exam-test/tests/" + test + "/start"), mine.body());
            assertEquals(303, student.post("/exam-test/tests/" + test + "/start", Map.of()).status());
            assertEquals(30, count(server, "SELECT COUNT(*) FROM et_attempt_item"));
        }
        try (TestServer server = ShippedProfile.start("ektu", UnaryOperator.identity())) {
            new DemoInstitution(server.app().database(), server.clock(), server.profile().demoData,
                    server.app().modules()).loadIfEmpty().orElseThrow();
            assertEquals(List.of("SQL сұраулары", "Қалыпқа келтіру"),
                    strings(server, "SELECT topic FROM et_test WHERE kind = 'self' ORDER BY topic"));
            WebClient student = server.client();
            assertEquals(303, student.login("030614600012", DemoInstitution.PASSWORD).status());
            assertEquals(2, student.get("/exam-test/mine").body().split("data-et-test=", -1).length - 1);
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
