package kz.sabaq.attendance.today;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Map;
import kz.sabaq.attendance.testing.Classroom;
import kz.sabaq.core.testing.TestServer;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * The listener's cabinet: the class on now and the next one with a button to mark attendance while
 * marking is open, and a warning a few unexcused absences before admission closes.
 */
class TodayOnCabinetTest {
    static TestServer server;

    @BeforeAll
    static void start() {
        server = Classroom.server(Map.of("absenceSharePercent", 30, "checkInOpensMinutes", 15));
    }

    @AfterAll
    static void stop() {
        server.close();
    }

    private static Document cabinet(Classroom.Listener listener) {
        return Jsoup.parse(listener.web().get("/").body());
    }

    private static Element theClass(Document cabinet) {
        Element item = cabinet.selectFirst("[data-today=class] [data-today-item]");
        assertNotNull(item, cabinet.body().html());
        return item;
    }

    @Test
    void beforeCheckInOpensTheNextClassSaysWhenItOpensAndOffersNoButton() {
        Classroom room = new Classroom(server);
        Classroom.Listener listener = room.listener("Ахметова");
        room.at("12:30");
        Element item = theClass(cabinet(listener));
        assertEquals("Келуді белгілеу ашылатын уақыт: 12:55", item.selectFirst("[data-today-state]").text());
        assertNull(item.selectFirst("[data-today-action]"));
    }

    @Test
    void whileCheckInIsOpenTheClassHasAButtonToMarkAttendanceUntilTheArrivalIsMarked() {
        Classroom room = new Classroom(server);
        Classroom.Listener listener = room.listener("Ахметова");
        room.at("13:05");
        Element before = theClass(cabinet(listener));
        assertEquals("Келу әлі белгіленбеген", before.selectFirst("[data-today-state]").text());
        assertEquals("/attendance-qr/check-in", before.selectFirst("[data-today-action]").attr("href"));
        room.at("13:12");
        room.scan(listener, "in");
        Element after = theClass(cabinet(listener));
        assertTrue(after.hasClass("today-now"), "the class is on now");
        assertEquals("Келу белгіленді: кешікті, 13:12", after.selectFirst("[data-today-state]").text());
        assertNull(after.selectFirst("[data-today-action]"), "nothing left to mark before the departure opens");
    }

    @Test
    void aFewAbsencesBeforeAdmissionClosesTheListenerIsWarned() {
        Classroom room = new Classroom(server);
        Classroom.Listener absent = room.listener("Ахметова");
        Classroom.Listener present = room.listener("Бекова");
        long yesterday = room.academic.session(room.stream, room.room, Classroom.DAY.minusDays(1).atTime(13, 10),
                Classroom.DAY.minusDays(1).atTime(14, 0));
        room.insertMark(yesterday, present.id(), "IN", "ON_TIME", "SCAN", Classroom.DAY.minusDays(1).atTime(13, 5));
        for (int week = 1; week <= 8; week++) {
            room.academic.session(room.stream, room.room, Classroom.DAY.plusWeeks(week).atTime(13, 10),
                    Classroom.DAY.plusWeeks(week).atTime(14, 0));
        }
        room.at("13:12");
        room.scan(absent, "in");
        room.scan(present, "in");
        room.at("15:00");
        // 10 sessions, 30 %: the third unexcused absence closes admission; the absent one has missed 1
        Element warning = cabinet(absent).selectFirst("[data-today=warning] [data-today-warning]");
        assertNotNull(warning);
        assertEquals("⚠ Тағы 2 рет дәлелсіз қатыспасаңыз, бақылауға жіберілмейсіз.", warning.text());
        assertNull(cabinet(present).selectFirst("[data-today=warning]"), "nothing missed, nothing to warn of");
    }

    @Test
    void aListenerNotAdmittedByAttendanceIsToldWhy() {
        Classroom room = new Classroom(server);
        Classroom.Listener listener = room.listener("Ахметова");
        room.academic.session(room.stream, room.room, Classroom.DAY.minusDays(1).atTime(13, 10),
                Classroom.DAY.minusDays(1).atTime(14, 0));
        room.at("15:00");
        Element item = cabinet(listener).selectFirst("[data-today=warning] [data-today-item]");
        assertNotNull(item);
        assertTrue(item.selectFirst("[data-today-warning]").text().startsWith("⚠ Бақылауға жіберілмейді: "),
                item.text());
        assertEquals("/attendance-qr/check-in/mine", item.selectFirst("[data-today-action]").attr("href"));
    }

    @Test
    void aTeacherGetsNoListenersItems() {
        Classroom room = new Classroom(server);
        room.at("13:05");
        Document page = Jsoup.parse(room.teacherWeb().get("/").body());
        assertTrue(page.select("[data-today]").isEmpty());
    }
}
