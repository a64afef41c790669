package kz.sabaq.systemtest;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.Map;
import java.util.function.UnaryOperator;
import kz.sabaq.core.demo.DemoInstitution;
import kz.sabaq.core.testing.TestServer;
import kz.sabaq.core.testing.WebClient;
import org.junit.jupiter.api.Test;

/**
 * KazNWPU's regulation (seed 003, §5.3.24-5.3.25): the state exam and the final attestation are held
 * by traditional methods only, so under the {@code kaznwpu} profile the online module refuses to
 * conduct them online, while an ordinary exam of the same teacher goes online. With the profile's
 * {@code stateAttestationOnline} turned on, the same request succeeds.
 */
class StateAttestationProfileTest {
    private static final String TEACHER = "790612400016";
    private static final String FLAG = "online-attestation.online";

    @Test
    void theFinalStateAttestationIsRefusedOnlineUnderKaznwpu() {
        try (TestServer server = demo(UnaryOperator.identity())) {
            WebClient teacher = teacher(server);

            WebClient.Page refused = conductOnline(teacher, stream(server, "KZH"));
            assertEquals(400, refused.status(), refused.body());
            assertTrue(refused.contains("тек дәстүрлі түрде (бетпе-бет) өткізіледі"), refused.body());
            assertFalse(online(server, stream(server, "KZH")), "nothing changed");
            assertEquals(400, conductOnline(teacher, stream(server, "FA")).status());

            assertEquals(303, conductOnline(teacher, stream(server, "PED")).status(), "an ordinary exam goes online");
            assertTrue(online(server, stream(server, "PED")));
        }
    }

    @Test
    void oneSettingAllowsItWithNoCodeChange() {
        try (TestServer server = demo(b -> b.setting("online-attestation", "stateAttestationOnline", true))) {
            WebClient.Page saved = conductOnline(teacher(server), stream(server, "KZH"));

            assertEquals(303, saved.status(), saved.body());
            assertTrue(online(server, stream(server, "KZH")));
        }
    }

    private static TestServer demo(UnaryOperator<TestServer.Builder> change) {
        TestServer server = ShippedProfile.start("kaznwpu", change);
        new DemoInstitution(server.app().database(), server.clock(), server.profile().demoData, server.app().modules()).loadIfEmpty().orElseThrow();
        return server;
    }

    private static WebClient teacher(TestServer server) {
        WebClient teacher = server.client();
        assertEquals(303, teacher.login(TEACHER, DemoInstitution.PASSWORD).status());
        return teacher;
    }

    /** The journal's settings tab, saved with "Conduct final control online" ticked. */
    private static WebClient.Page conductOnline(WebClient teacher, long stream) {
        assertEquals(200, teacher.get("/journal/" + stream + "?tab=settings").status());
        return teacher.post("/journal/" + stream + "/settings",
                Map.of("finalForm", "letter", "finalGradeToBeSet", "true", FLAG, "on"));
    }

    private static long stream(TestServer server, String discipline) {
        return Long.parseLong(value(server, "SELECT s.id FROM stream s JOIN discipline d ON d.id = s.discipline_id "
                + "WHERE d.code = ?", discipline));
    }

    private static boolean online(TestServer server, long stream) {
        return "1".equals(value(server, "SELECT MAX(online) FROM oa_stream WHERE stream_id = ?", stream));
    }

    private static String value(TestServer server, String sql, Object parameter) {
        try (Connection c = server.app().database().connection(); PreparedStatement s = c.prepareStatement(sql)) {
            s.setObject(1, parameter);
            try (ResultSet r = s.executeQuery()) {
                return r.next() ? r.getString(1) : null;
            }
        } catch (SQLException e) {
            throw new IllegalStateException(e);
        }
    }
}
