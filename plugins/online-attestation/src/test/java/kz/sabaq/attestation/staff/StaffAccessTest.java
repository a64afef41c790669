package kz.sabaq.attestation.staff;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Map;
import kz.sabaq.api.access.StandardRoles;
import kz.sabaq.attestation.OnlineAttestationModule;
import kz.sabaq.core.testing.TestServer;
import kz.sabaq.core.testing.WebClient;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * Spec §2 on the staff pages: read mode only looks, edit mode changes; a teacher sees their own
 * streams; "view all" sees every stream within the role's restrictions (study term, department,
 * PCC); heads see only their own unit.
 */
class StaffAccessTest {
    static TestServer server;
    static Campus campus;
    static long readRole;
    static long viewAllT4Role;
    static long viewAllDept2Role;
    static long editAllRole;
    static long viewAllPccRole;
    static long pcc;

    Campus.Person teacher;
    long t4Stream;
    long t3Stream;
    long dept2Stream;
    Campus.Person student;
    private static int n;

    @BeforeAll
    static void start() {
        server = Campus.start(Map.of());
        campus = new Campus(server);
        readRole = campus.role("READ", List.of());
        viewAllT4Role = campus.role("READ", List.of(OnlineAttestationModule.ALL), "TERM", campus.termT4);
        viewAllDept2Role = campus.role("EDIT", List.of(OnlineAttestationModule.ALL), "DEPARTMENT", campus.dept2);
        editAllRole = campus.role("EDIT", List.of(OnlineAttestationModule.ALL));
        pcc = campus.gen.pcc().code("PCC-A").named("ПЦК", "ПЦК", "PCC").department(campus.dept1).create();
        viewAllPccRole = campus.role("READ", List.of(OnlineAttestationModule.ALL), "PCC", pcc);
        campus.rolesWritten();
    }

    @AfterAll
    static void stop() {
        server.close();
    }

    @BeforeEach
    void streams() {
        n++;
        campus.at("2026-09-20T08:00:00");
        teacher = campus.person("Оқытушы", "Бір", StandardRoles.TEACHER);
        long g4 = campus.group("А4-" + n, campus.termT4, campus.dept1);
        long g3 = campus.group("А3-" + n, campus.termT3, campus.dept1);
        long g2 = campus.group("Б4-" + n, campus.termT4, campus.dept2);
        student = campus.student("Студент", "Бір", g4);
        campus.student("Студент", "Екі", g3);
        campus.student("Студент", "Үш", g2);
        t4Stream = campus.stream(teacher.id(), "Алгебра " + n, campus.period1, campus.dept1, g4);
        t3Stream = campus.stream(teacher.id(), "Геометрия " + n, campus.period1, campus.dept1, g3);
        dept2Stream = campus.stream(teacher.id(), "Химия " + n, campus.period1, campus.dept2, g2);
        for (long s : new long[] {t4Stream, t3Stream, dept2Stream}) {
            campus.online(s);
        }
    }

    boolean lists(WebClient web, long stream) {
        WebClient.Page p = web.get("/online-attestation");
        assertEquals(200, p.status());
        return p.contains("data-stream=\"" + stream + "\"");
    }

    int distribute(WebClient web, long stream) {
        long s = campus.count("SELECT sg.group_id FROM stream_group sg WHERE sg.stream_id = ?", stream);
        long st = campus.count("SELECT user_id FROM student WHERE group_id = ? LIMIT 1", s);
        return Campus.distribute(web, stream, "", "2026-09-20", "10:00", "12:00", st).status();
    }

    long sittings(long stream) {
        return campus.count("SELECT COUNT(*) FROM oa_sitting WHERE stream_id = ?", stream);
    }

    @Test
    void theOwnTeacherInEditModeChangesTheirStream() {
        WebClient web = campus.login(teacher);
        assertTrue(lists(web, t4Stream));
        assertTrue(web.get("/online-attestation/streams/" + t4Stream).contains("data-action=\"distribute\""));
        assertEquals(303, distribute(web, t4Stream));
        assertEquals(1, sittings(t4Stream));
    }

    @Test
    void readModeOnlyLooks() {
        Campus.Person reader = campus.holder(readRole, "Оқырман");
        campus.gen.teacherOf(t4Stream, reader.id());
        WebClient web = campus.login(reader);
        assertTrue(lists(web, t4Stream));
        WebClient.Page page = web.get("/online-attestation/streams/" + t4Stream);
        assertEquals(200, page.status());
        assertFalse(page.contains("data-action=\"distribute\""));
        assertFalse(page.contains("data-action=\"edit-mode\""));
        assertEquals(403, distribute(web, t4Stream));
        assertEquals(403, web.post("/online-attestation/streams/" + t4Stream + "/mode", Map.of("conduct", "task")).status());
        assertEquals(403, web.get("/online-attestation/streams/" + t4Stream + "/distribute").status());
        assertEquals(0, sittings(t4Stream));
        assertEquals(1, campus.count("SELECT COUNT(*) FROM oa_stream WHERE stream_id = ? AND by_ticket = TRUE", t4Stream));
    }

    @Test
    void readModeCannotEditOrDeleteASlot() {
        WebClient own = campus.login(teacher);
        assertEquals(303, distribute(own, t4Stream));
        long slot = campus.count("SELECT id FROM oa_slot WHERE stream_id = ?", t4Stream);
        Campus.Person reader = campus.holder(readRole, "Оқырман");
        campus.gen.teacherOf(t4Stream, reader.id());
        WebClient web = campus.login(reader);
        WebClient.Page page = web.get("/online-attestation/streams/" + t4Stream);
        assertFalse(page.contains("data-action=\"delete-slot\"") || page.contains("data-action=\"edit-slot\"")
                || page.contains("data-action=\"remove-student\""));
        assertEquals(403, web.post("/online-attestation/streams/" + t4Stream + "/slots/" + slot + "/delete", Map.of()).status());
        long st = campus.count("SELECT student_id FROM oa_sitting WHERE slot_id = ?", slot);
        assertEquals(403, web.post("/online-attestation/streams/" + t4Stream + "/slots/" + slot + "/students/" + st + "/delete",
                Map.of()).status());
        assertEquals(403, web.post("/online-attestation/streams/" + t4Stream + "/slots/" + slot,
                Map.of("date", "2026-09-21", "start", "10:00", "end", "12:00")).status());
        assertEquals(1, sittings(t4Stream));
    }

    @Test
    void anotherTeacherNeitherSeesNorChanges() {
        Campus.Person other = campus.person("Басқа", "Оқытушы", StandardRoles.TEACHER);
        WebClient web = campus.login(other);
        assertFalse(lists(web, t4Stream));
        assertEquals(403, web.get("/online-attestation/streams/" + t4Stream).status());
        assertEquals(403, distribute(web, t4Stream));
        assertEquals(0, sittings(t4Stream));
    }

    @Test
    void viewAllSeesEveryStreamWithinItsStudyTermRestriction() {
        WebClient web = campus.login(campus.holder(viewAllT4Role, "Барлығы"));
        assertTrue(lists(web, t4Stream));
        assertTrue(lists(web, dept2Stream));
        assertFalse(lists(web, t3Stream));
        assertEquals(200, web.get("/online-attestation/streams/" + t4Stream).status());
        assertEquals(403, web.get("/online-attestation/streams/" + t3Stream).status());
        assertEquals(403, distribute(web, t4Stream));
    }

    @Test
    void aDepartmentRestrictionLimitsViewAllAndEditing() {
        WebClient web = campus.login(campus.holder(viewAllDept2Role, "Бөлім"));
        assertTrue(lists(web, dept2Stream));
        assertFalse(lists(web, t4Stream));
        assertEquals(403, distribute(web, t4Stream));
        assertEquals(303, distribute(web, dept2Stream));
    }

    @Test
    void viewAllInEditModeChangesOtherTeachersStreams() {
        WebClient web = campus.login(campus.holder(editAllRole, "Тіркеуші"));
        assertTrue(lists(web, t3Stream));
        assertEquals(303, distribute(web, t3Stream));
    }

    @Test
    void aHeadOfDepartmentSeesOnlyTheirOwnDepartment() {
        Campus.Person head = campus.person("Меңгеруші", "Бөлім", StandardRoles.HEAD_OF_DEPARTMENT);
        campus.gen.staff(head.id()).department(campus.dept2).create();
        WebClient web = campus.login(head);
        assertTrue(lists(web, dept2Stream));
        assertFalse(lists(web, t4Stream));
        assertEquals(403, web.get("/online-attestation/streams/" + t4Stream).status());
        assertEquals(403, distribute(web, dept2Stream));
    }

    /** A stream of dept1 whose discipline belongs to the PCC. */
    long pccStream() {
        long g = campus.group("П4-" + n, campus.termT4, campus.dept1);
        campus.student("Студент", "Төрт", g);
        long physics = campus.gen.discipline().named("Физика " + n).department(campus.dept1).pcc(pcc).create();
        long s = campus.gen.stream().teacher(teacher.id()).discipline(physics).period(campus.period1).groups(g).create();
        campus.online(s);
        return s;
    }

    @Test
    void aPccRestrictionLimitsViewAllToThatCommissionsStreams() {
        long inPcc = pccStream();
        WebClient web = campus.login(campus.holder(viewAllPccRole, "Комиссия"));
        assertTrue(lists(web, inPcc));
        assertFalse(lists(web, t4Stream), "same department, no PCC");
        assertEquals(200, web.get("/online-attestation/streams/" + inPcc).status());
        assertEquals(403, web.get("/online-attestation/streams/" + t4Stream).status());
    }

    @Test
    void aHeadOfPccSeesOnlyTheirOwnCommission() {
        long inPcc = pccStream();
        Campus.Person head = campus.person("Төраға", "ПЦК", StandardRoles.HEAD_OF_PCC);
        campus.gen.staff(head.id()).pcc(pcc).create();
        WebClient web = campus.login(head);
        assertTrue(lists(web, inPcc));
        assertFalse(lists(web, t4Stream));
        assertEquals(403, web.get("/online-attestation/streams/" + t4Stream).status());
        assertEquals(403, distribute(web, inPcc), "heads look in read mode");
    }

    @Test
    void aStudentHasNoStaffPages() {
        WebClient web = campus.login(student);
        assertEquals(403, web.get("/online-attestation").status());
        assertEquals(403, web.get("/online-attestation/streams/" + t4Stream).status());
        assertEquals(403, web.get("/online-attestation/settings").status());
    }
}
