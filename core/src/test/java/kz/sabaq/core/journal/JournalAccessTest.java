package kz.sabaq.core.journal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Map;
import kz.sabaq.api.access.StandardRoles;
import kz.sabaq.core.testing.AcademicFixture;
import kz.sabaq.core.testing.Iins;
import kz.sabaq.core.testing.TestScales;
import kz.sabaq.core.testing.TestServer;
import kz.sabaq.core.testing.WebClient;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** Who sees and who changes a journal: own teacher, "all" within restrictions, heads in their unit, read mode. */
class JournalAccessTest {
    static TestServer server;
    static JournalDb db;
    static String teacherA;
    static String teacherB;
    static String registrar;
    static String headOfA;
    static String studentIin;
    static long streamA;
    static long streamB;
    static long student;

    @BeforeAll
    static void start() {
        server = TestServer.builder().scale("grading-test-points", TestScales.points()).start();
        db = new JournalDb(server);
        AcademicFixture academic = new AcademicFixture(server);
        teacherA = Iins.next();
        teacherB = Iins.next();
        registrar = Iins.next();
        headOfA = Iins.next();
        studentIin = Iins.next();
        long a = server.user(teacherA, "Әлиев", "Арман", StandardRoles.TEACHER);
        long b = server.user(teacherB, "Бекова", "Гүл", StandardRoles.TEACHER);
        server.user(registrar, "Иванова", "Ольга", StandardRoles.REGISTRAR);
        long head = server.user(headOfA, "Меңгеруші", "Бөлім", StandardRoles.HEAD_OF_DEPARTMENT);
        long group = academic.group("ИС-1");
        student = academic.student(studentIin, "Жұмабаева", "Әсел", group);
        streamA = academic.stream(a, group);
        streamB = academic.stream(b, group);
        long depA = db.department("DEP-A");
        long depB = db.department("DEP-B");
        db.placeIn(streamA, depA);
        db.placeIn(streamB, depB);
        db.staff(head, depA);
    }

    @AfterAll
    static void stop() {
        server.close();
    }

    static WebClient as(String iin) {
        WebClient c = server.client();
        assertEquals(303, c.login(iin).status());
        return c;
    }

    static WebClient.Page grade(WebClient c, long stream, String value) {
        return c.post("/journal/" + stream + "/grades",
                Map.of(GradeEdit.field(student, "admission"), value, GradeEdit.shownField(student, "admission"), ""));
    }

    @Test
    void aTeacherSeesAndEditsOnlyTheirOwnStreamsJournal() {
        WebClient c = as(teacherA);
        WebClient.Page list = c.get("/journal");
        assertEquals(200, list.status());
        assertTrue(list.contains("data-journal=\"" + streamA + "\""));
        assertFalse(list.contains("data-journal=\"" + streamB + "\""));
        assertTrue(c.get("/").contains("href=\"/journal\""), "the menu offers the journal");

        WebClient.Page own = c.get("/journal/" + streamA);
        assertEquals(200, own.status());
        assertTrue(own.contains("name=\"" + GradeEdit.field(student, "admission") + "\""), "cells are inputs");
        assertEquals(403, c.get("/journal/" + streamB).status());
        assertEquals(403, grade(c, streamB, "70").status());
        assertNotEquals("70", db.grade(streamB, student, "admission"));
    }

    @Test
    void theRegistrarSeesEveryJournalAndMayEditIt() {
        WebClient c = as(registrar);
        WebClient.Page list = c.get("/journal");
        assertTrue(list.contains("data-journal=\"" + streamA + "\""));
        assertTrue(list.contains("data-journal=\"" + streamB + "\""));
        assertEquals(303, grade(c, streamB, "64").status());
        assertEquals("64", db.grade(streamB, student, "admission"));
    }

    @Test
    void aHeadOfDepartmentOnlyReadsTheJournalsOfTheirDepartment() {
        WebClient c = as(headOfA);
        WebClient.Page list = c.get("/journal");
        assertTrue(list.contains("data-journal=\"" + streamA + "\""));
        assertFalse(list.contains("data-journal=\"" + streamB + "\""));
        assertEquals(403, c.get("/journal/" + streamB).status());

        WebClient.Page page = c.get("/journal/" + streamA);
        assertEquals(200, page.status());
        assertFalse(page.contains("name=\"g:"), "read mode shows no inputs");
        assertFalse(page.contains("data-save"));
        assertTrue(as(teacherA).get("/journal/" + streamA).contains("data-save"));
        assertEquals(403, grade(c, streamA, "50").status());
        assertNull(db.grade(streamA, student, "admission"));
        assertEquals(403, c.post("/journal/" + streamA + "/settings",
                Map.of("finalForm", "points", "finalGradeToBeSet", "true")).status());
        assertNull(db.value("SELECT final_form FROM journal WHERE stream_id = ?", streamA));
    }

    @Test
    void aStudentHasNoJournalPages() {
        WebClient c = as(studentIin);
        assertEquals(403, c.get("/journal").status());
        assertEquals(403, c.get("/journal/" + streamA).status());
        assertFalse(c.get("/").contains("href=\"/journal\""));
    }

    @Test
    void aJournalThatDoesNotExistIsNotFound() {
        assertEquals(404, as(registrar).get("/journal/999999").status());
    }
}
