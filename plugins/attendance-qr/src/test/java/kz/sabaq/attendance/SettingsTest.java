package kz.sabaq.attendance;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.URI;
import java.net.http.HttpRequest;
import java.util.List;
import java.util.Map;
import kz.sabaq.api.access.StandardRoles;
import kz.sabaq.attendance.testing.Classroom;
import kz.sabaq.core.testing.Iins;
import kz.sabaq.core.testing.TestServer;
import kz.sabaq.core.testing.WebClient;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** Every threshold of the regulation is a setting: the institution profile changes what the plugin does. */
class SettingsTest {
    static TestServer server;

    @BeforeAll
    static void start() {
        server = Classroom.server(Map.of("graceMinutes", 5, "veryLateMinutes", 10, "codeRotationSeconds", 30,
                "expiredCodeMinutes", 0, "checkInOpensMinutes", 30, "checkOutOpensMinutes", 20,
                "checkOutClosesMinutes", 5, "receiptSeconds", 30, "roomRadiusMeters", 2000));
    }

    @AfterAll
    static void stop() {
        server.close();
    }

    @Test
    void theGracePeriodKeepsAnArrivalOnTime() {
        Classroom room = new Classroom(server);
        Classroom.Listener onTime = room.listener("Ахметова");
        Classroom.Listener late = room.listener("Бекова");
        room.at("13:15:00");
        room.scan(onTime, "in");
        room.at("13:15:01");
        room.scan(late, "in");

        assertEquals("ON_TIME", room.mark(onTime, "in").status());
        assertEquals("LATE", room.mark(late, "in").status());
    }

    @Test
    void theVeryLateThresholdIsASetting() {
        Classroom room = new Classroom(server);
        Classroom.Listener listener = room.listener("Ахметова");
        room.at("13:20:01");
        room.scan(listener, "in");

        assertEquals("VERY_LATE", room.mark(listener, "in").status());
    }

    @Test
    void theCodeRotationPeriodIsASetting() {
        Classroom room = new Classroom(server);
        room.at("13:00:00");
        String link = room.link("in");
        room.at("13:00:29");
        assertEquals(link, room.link("in"));
        assertEquals(1000, room.code("in").get("refreshInMs").asLong());
        room.at("13:00:30");
        assertTrue(!link.equals(room.link("in")));
    }

    @Test
    void withNoToleranceAnExpiredCodeIsRefusedRatherThanRecorded() {
        Classroom room = new Classroom(server);
        Classroom.Listener listener = room.listener("Ахметова");
        room.at("13:00:00");
        String link = room.link("in");
        room.at("13:01:00");

        assertEquals(400, listener.web().get(link).status());
        assertTrue(room.marks().isEmpty());
    }

    @Test
    void checkInOpensAsLongBeforeTheStartAsSet() {
        Classroom room = new Classroom(server);
        Classroom.Listener early = room.listener("Ерте");
        Classroom.Listener first = room.listener("Бірінші");
        room.at("12:39:59");
        assertEquals(400, room.scan(early, "in").status());
        room.at("12:40");
        assertEquals(200, room.scan(first, "in").status());
    }

    @Test
    void checkOutClosesAsSetAndAnEarlyDepartureIsAlwaysTaken() {
        Classroom room = new Classroom(server);
        Classroom.Listener early = room.listener("Асығыс");
        Classroom.Listener last = room.listener("Соңғы");
        Classroom.Listener tooLate = room.listener("Кеш");
        room.at("13:05");
        List.of(early, last, tooLate).forEach(l -> assertEquals(200, room.scan(l, "in").status()));
        room.at("13:20");
        assertEquals(200, room.scan(early, "out").status(), "before the screen shows the check-out code");
        assertEquals("LEFT_EARLY", room.mark(early, "out").status());
        room.at("14:05");
        assertEquals(200, room.scan(last, "out").status());
        room.at("14:05:01");
        assertEquals(400, room.scan(tooLate, "out").status());
    }

    @Test
    void theReceiptValidityIsASetting() {
        Classroom room = new Classroom(server);
        String iin = Iins.next();
        room.academic.student(iin, "Ахметова", "Айжан", room.group);
        WebClient phone = server.client();
        String back = Classroom.receipt(phone.get(room.link("in")));
        phone.login(iin);
        room.at("13:00:31");

        assertEquals(400, phone.get(back).status());
    }

    @Test
    void theRoomRadiusIsASetting() {
        Classroom room = new Classroom(server);
        Classroom.Listener listener = room.listener("Ахметова");
        room.scan(listener, "in");
        long mark = room.mark(listener, "in").id();
        WebClient web = listener.web();
        web.get("/attendance-qr/check-in");
        web.send(HttpRequest.newBuilder(URI.create(web.url("/attendance-qr/check-in/marks/" + mark + "/position")))
                .header("Accept", "application/json").header("X-CSRF-Token", web.csrf())
                .header("Content-Type", "application/x-www-form-urlencoded")
                .POST(HttpRequest.BodyPublishers.ofString("latitude=43.2500&longitude=76.8897")).build());

        assertNull(room.mark(listener, "in").review(), "1.2 km is inside a 2 km radius");
    }

    @Test
    void theAdministratorSeesEverySettingWithTheProfilesValueOrTheDefault() {
        String iin = Iins.next();
        server.user(iin, "Әкімші", "Айгүл", StandardRoles.ADMINISTRATOR);
        WebClient admin = server.client();
        admin.login(iin);

        WebClient.Page form = admin.get("/admin/plugins/attendance-qr/settings");

        assertEquals(200, form.status(), form.body());
        for (Map.Entry<String, Integer> setting : Map.of("graceMinutes", 5, "veryLateMinutes", 10,
                "absenceAfterMinutes", 20, "autoExitMinutes", 15, "codeRotationSeconds", 30, "latenessesPerAbsence", 5,
                "absenceSharePercent", 30, "receiptSeconds", 30, "checkInOpensMinutes", 30).entrySet()) {
            assertTrue(form.contains("name=\"s." + setting.getKey() + "\" type=\"number\" step=\"1\" value=\""
                    + setting.getValue() + "\""), setting.getKey());
        }
        assertTrue(form.contains("Бір қатыспауға теңестірілетін кешігу саны"), "labels in Kazakh");
    }
}
