package kz.sabaq.systemtest;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;
import java.util.function.UnaryOperator;
import kz.sabaq.core.testing.TestServer;
import org.junit.jupiter.api.Test;

/**
 * The training centre's instruction (seed 000, §4): a listener who does not mark the exit gets it
 * recorded 15 minutes after the end, with the status "did not mark exit"; from the profile's
 * {@code autoExitMinutes}, so another number there moves it with no code change.
 */
class TrainingCentreProfileTest {
    private static final String JOB = "attendance-qr.auto-exit";

    @Test
    void anExitNotMarkedIsRecordedFifteenMinutesAfterTheEnd() {
        try (TestServer server = ShippedProfile.start("training-centre", UnaryOperator.identity())) {
            ShippedProfile campus = new ShippedProfile(server);
            ShippedProfile.Listener stayed = campus.listener("Әлімжанов");
            ShippedProfile.Listener left = campus.listener("Досымова");
            campus.scan(stayed, 9, "in", "13:05");
            campus.scan(left, 9, "in", "13:06");
            campus.scan(left, 9, "out", "14:01");

            campus.at(9, "14:14:59");
            assertTrue(server.app().runJob(JOB));
            assertEquals(List.of(), exits(server, campus, stayed), "not before the end + 15 min");

            campus.at(9, "14:15");
            assertTrue(server.app().runJob(JOB));
            assertEquals(List.of("NO_EXIT AUTO"), exits(server, campus, stayed));
            assertEquals(List.of("LEFT_ON_TIME SCAN"), exits(server, campus, left), "a marked exit is kept");
            assertTrue(campus.teacherPage(9).contains("шығуды белгілемеді"), "the trainer sees the status");
        }
    }

    @Test
    void anotherAutoExitSettingMovesItWithNoCodeChange() {
        try (TestServer server = ShippedProfile.start("training-centre",
                b -> b.setting("attendance-qr", "autoExitMinutes", 30))) {
            ShippedProfile campus = new ShippedProfile(server);
            ShippedProfile.Listener stayed = campus.listener("Әлімжанов");
            campus.scan(stayed, 9, "in", "13:05");

            campus.at(9, "14:29:59");
            server.app().runJob(JOB);
            assertEquals(List.of(), exits(server, campus, stayed));
            campus.at(9, "14:30");
            server.app().runJob(JOB);
            assertEquals(List.of("NO_EXIT AUTO"), exits(server, campus, stayed));
        }
    }

    /** The exit marks of the listener at the last meeting: "status source". */
    private static List<String> exits(TestServer server, ShippedProfile campus, ShippedProfile.Listener listener) {
        try (Connection c = server.app().database().connection();
             PreparedStatement s = c.prepareStatement("SELECT status, source FROM att_mark "
                     + "WHERE session_id = ? AND student_id = ? AND phase = 'OUT'")) {
            s.setLong(1, campus.sessions.get(9));
            s.setLong(2, listener.id());
            List<String> rows = new ArrayList<>();
            try (ResultSet r = s.executeQuery()) {
                while (r.next()) {
                    rows.add(r.getString(1) + " " + r.getString(2));
                }
            }
            return rows;
        } catch (SQLException e) {
            throw new IllegalStateException(e);
        }
    }
}
