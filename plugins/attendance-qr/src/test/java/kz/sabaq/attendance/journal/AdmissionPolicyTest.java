package kz.sabaq.attendance.journal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import kz.sabaq.api.access.StandardRoles;
import kz.sabaq.api.attendance.AttendanceAdmission;
import kz.sabaq.api.attendance.AttendanceMark;
import kz.sabaq.api.attendance.AttendanceMarks;
import kz.sabaq.api.attendance.StudentMarks;
import kz.sabaq.attendance.testing.Classroom;
import kz.sabaq.core.testing.Iins;
import kz.sabaq.core.testing.TestServer;
import kz.sabaq.core.testing.WebClient;
import org.junit.jupiter.api.Test;

/**
 * The AttendancePolicy extension point: the example plugin attendance-consecutive (three unexcused
 * absences in a row close admission), chosen by attendance-qr's setting, decides what the listener
 * is shown, where the default share of absences would decide the other way; the marks reach it
 * through the plugin-api read service.
 */
class AdmissionPolicyTest {

    /** Eleven held sessions of the stream: ten earlier days and the class of 14 September. */
    private static List<Long> elevenSessions(Classroom room) {
        List<Long> sessions = new ArrayList<>();
        for (int day = 10; day >= 1; day--) {
            sessions.add(room.academic.session(room.stream, room.room, Classroom.DAY.minusDays(day).atTime(13, 10),
                    Classroom.DAY.minusDays(day).atTime(14, 0)));
        }
        sessions.add(room.session);
        return sessions;
    }

    private static Classroom.Listener missing(Classroom room, List<Long> sessions, String surname, Set<Integer> missed) {
        Classroom.Listener listener = room.listener(surname);
        for (int i = 0; i < sessions.size(); i++) {
            if (!missed.contains(i)) {
                room.insertMark(sessions.get(i), listener.id(), "IN", "ON_TIME", "SCAN",
                        Classroom.DAY.minusDays(sessions.size() - 1 - i).atTime(13, 5));
            }
        }
        return listener;
    }

    @Test
    void theChosenPluginPolicyDecidesAdmission() {
        try (TestServer server = TestServer.builder().plugins(TestServer.repoRoot().resolve("plugins"))
                .enable("attendance-qr", Map.of("admissionPolicy", "consecutive-absences"))
                .enable("attendance-consecutive", Map.of()).start()) {
            Classroom room = new Classroom(server);
            List<Long> sessions = elevenSessions(room);
            Classroom.Listener inARow = missing(room, sessions, "Ахметова", Set.of(2, 3, 4));
            Classroom.Listener scattered = missing(room, sessions, "Бекова", Set.of(1, 4, 7, 9));
            room.at("15:00");

            StudentMarks marks = server.app().service(AttendanceMarks.class).orElseThrow().of(room.stream, inARow.id());
            assertEquals(11, marks.scheduledSessions());
            assertEquals(List.of(AttendanceMark.Presence.ABSENT), marks.held().subList(2, 5).stream()
                    .map(AttendanceMark::presence).distinct().toList());

            WebClient.Page a = inARow.web().get("/attendance-qr/check-in/mine");
            assertEquals(200, a.status(), a.body());
            assertTrue(a.contains("data-not-admitted"), "3 in a row, though only 27 % of the sessions");
            WebClient.Page b = scattered.web().get("/attendance-qr/check-in/mine");
            assertFalse(b.contains("data-not-admitted"), "36 % but never 3 in a row");
            AttendanceAdmission admission = server.app().service(AttendanceAdmission.class).orElseThrow();
            assertEquals("Missed 3 sessions in a row without a permit (limit 3)",
                    admission.state(room.stream, inARow.id()).reasons().get(0).en());
            assertFalse(admission.admits(room.stream, inARow.id()), "the verdict alone, as the state says");
            assertTrue(admission.admits(room.stream, scattered.id()));
        }
    }

    @Test
    void theDefaultShareDecidesTheSameMarksTheOtherWay() {
        try (TestServer server = Classroom.server(Map.of())) {
            Classroom room = new Classroom(server);
            List<Long> sessions = elevenSessions(room);
            Classroom.Listener inARow = missing(room, sessions, "Ахметова", Set.of(2, 3, 4));
            Classroom.Listener scattered = missing(room, sessions, "Бекова", Set.of(1, 4, 7, 9));
            room.at("15:00");

            assertFalse(inARow.web().get("/attendance-qr/check-in/mine").contains("data-not-admitted"));
            assertTrue(scattered.web().get("/attendance-qr/check-in/mine").contains("data-not-admitted"));
            AttendanceAdmission admission = server.app().service(AttendanceAdmission.class).orElseThrow();
            assertTrue(admission.admits(room.stream, inARow.id()), "the verdict alone, as the state says");
            assertFalse(admission.admits(room.stream, scattered.id()));
            assertFalse(admission.state(room.stream, scattered.id()).admitted());
        }
    }

    /** The settings form as the browser sends it: every field's value, a checkbox only when ticked. */
    private static Map<String, String> settingsForm(WebClient.Page page) {
        Map<String, String> form = new LinkedHashMap<>();
        Matcher input = Pattern.compile("<input[^>]*name=\"(s\\.[^\"]+)\"[^>]*>").matcher(page.body());
        while (input.find()) {
            String tag = input.group();
            Matcher value = Pattern.compile("value=\"([^\"]*)\"").matcher(tag);
            if ((!tag.contains("type=\"checkbox\"") || tag.contains(" checked")) && value.find()) {
                form.put(input.group(1), value.group(1));
            }
        }
        Matcher select = Pattern.compile("<select[^>]*name=\"(s\\.[^\"]+)\"[^>]*>(.*?)</select>", Pattern.DOTALL)
                .matcher(page.body());
        while (select.find()) {
            Matcher chosen = Pattern.compile("<option value=\"([^\"]*)\" selected").matcher(select.group(2));
            form.put(select.group(1), chosen.find() ? chosen.group(1) : "");
        }
        return form;
    }

    private static WebClient admin(TestServer server) {
        String iin = Iins.next();
        server.user(iin, "Әкімші", "Айгүл", StandardRoles.ADMINISTRATOR);
        WebClient admin = server.client();
        assertEquals(303, admin.login(iin).status());
        return admin;
    }

    @Test
    void theAdministratorChoosesThePolicyAmongTheStartedOnes() {
        try (TestServer server = TestServer.builder().plugins(TestServer.repoRoot().resolve("plugins"))
                .enable("attendance-qr", Map.of()).enable("attendance-consecutive", Map.of()).start()) {
            WebClient admin = admin(server);
            String path = "/admin/plugins/attendance-qr/settings";
            WebClient.Page page = admin.get(path);
            assertTrue(page.contains("<select id=\"setting-admissionPolicy\" name=\"s.admissionPolicy\">"), page.body());
            assertTrue(page.contains("<option value=\"share-of-absences\" selected>"), page.body());
            assertTrue(page.contains("<option value=\"consecutive-absences\">"), page.body());

            Map<String, String> tampered = settingsForm(page);
            tampered.put("s.admissionPolicy", "no-such-policy");
            WebClient.Page refused = admin.post(path, tampered);
            assertEquals(400, refused.status(), refused.body());
            assertTrue(refused.contains("data-field-error=\"s.admissionPolicy\""), refused.body());
            assertTrue(admin.get(path).contains("<option value=\"share-of-absences\" selected>"), "nothing saved");

            Map<String, String> chosen = settingsForm(page);
            chosen.put("s.admissionPolicy", "consecutive-absences");
            assertEquals(200, admin.post(path, chosen).status());
            assertTrue(admin.get(path).contains("<option value=\"consecutive-absences\" selected>"));
        }
    }

    @Test
    void aPolicyThatIsNotInstalledAdmitsNobodyAndSaysWhy() {
        try (TestServer server = Classroom.server(Map.of("admissionPolicy", "consecutive-absences"))) {
            Classroom room = new Classroom(server);
            Classroom.Listener listener = missing(room, elevenSessions(room), "Ахметова", Set.of());
            room.at("15:00");

            assertTrue(listener.web().get("/attendance-qr/check-in/mine").contains("data-not-admitted"));
            assertTrue(server.app().service(AttendanceAdmission.class).orElseThrow().state(room.stream, listener.id())
                    .reasons().get(0).en().contains("\"consecutive-absences\" is not installed"));
            assertFalse(server.app().service(AttendanceAdmission.class).orElseThrow().admits(room.stream, listener.id()));
            WebClient.Page settings = admin(server).get("/admin/plugins/attendance-qr/settings");
            assertTrue(settings.contains("<option value=\"consecutive-absences\" selected>consecutive-absences (іске қосылмаған)"),
                    "the saved value is shown as it is, not silently replaced: " + settings.body());
        }
    }
}
