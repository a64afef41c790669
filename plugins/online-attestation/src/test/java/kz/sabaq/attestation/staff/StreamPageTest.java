package kz.sabaq.attestation.staff;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.sql.Timestamp;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import kz.sabaq.core.testing.TestServer;
import kz.sabaq.core.testing.WebClient;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** The stream page (spec §6): mode, tabs, distributing students, slot edit and delete, row delete, tickets. */
class StreamPageTest {
    static TestServer server;
    static Campus campus;

    long teacherId;
    Campus.Person teacher;
    long group;
    long otherGroup;
    Campus.Person ainur;
    Campus.Person bolat;
    Campus.Person dana;
    long stream;
    WebClient web;

    @BeforeAll
    static void start() {
        server = Campus.start(Map.of());
        campus = new Campus(server);
    }

    @AfterAll
    static void stop() {
        server.close();
    }

    private static int n;

    @BeforeEach
    void classroom() {
        n++;
        campus.at("2026-09-20T08:00:00");
        teacher = campus.person("Сейітқали", "Нұрлан", kz.sabaq.api.access.StandardRoles.TEACHER);
        teacherId = teacher.id();
        group = campus.group("ИС-" + n, campus.termT4, campus.dept1);
        otherGroup = campus.group("ВТ-" + n, campus.termT4, campus.dept1);
        ainur = campus.student("Ахметова", "Айнұр", group);
        bolat = campus.student("Бекұлы", "Болат", group);
        dana = campus.student("Дәулетова", "Дана", otherGroup);
        stream = campus.stream(teacherId, "Математика " + n, campus.period1, campus.dept1, group, otherGroup);
        campus.online(stream);
        web = campus.login(teacher);
    }

    WebClient.Page page() {
        WebClient.Page p = web.get("/online-attestation/streams/" + stream);
        assertEquals(200, p.status(), p.body());
        return p;
    }

    long slots() {
        return campus.count("SELECT COUNT(*) FROM oa_slot WHERE stream_id = ?", stream);
    }

    long sittings() {
        return campus.count("SELECT COUNT(*) FROM oa_sitting WHERE stream_id = ?", stream);
    }

    long slotOf(long student) {
        return campus.count("SELECT slot_id FROM oa_sitting WHERE stream_id = ? AND student_id = ?", stream, student);
    }

    long distributeAll() {
        WebClient.Page p = Campus.distribute(web, stream, "", "2026-09-20", "10:00", "12:00", ainur.id(), bolat.id(), dana.id());
        assertEquals(303, p.status(), p.body());
        return slotOf(ainur.id());
    }

    // ---- the page and the mode ---------------------------------------------------------------

    @Test
    void theHeadingNamesTheDiscipline() {
        assertTrue(page().contains("«Математика " + n + "» пәні бойынша онлайн аралық аттестаттауды өткізу"));
    }

    @Test
    void aDisciplineNameIsShownWholeAndEscaped() {
        long odd = campus.stream(teacherId, "Алгебра | <b>", campus.period1, campus.dept1, group);
        campus.online(odd);
        WebClient.Page p = web.get("/online-attestation/streams/" + odd);
        assertTrue(p.contains("«Алгебра | &lt;b&gt;» пәні бойынша онлайн аралық аттестаттауды өткізу"), p.body());
        assertFalse(p.contains("<b>"));
    }

    @Test
    void aStreamWithoutTheOnlineFlagHasNoPage() {
        long plain = campus.stream(teacherId, "Физика", campus.period1, campus.dept1, group);
        assertEquals(404, web.get("/online-attestation/streams/" + plain).status());
    }

    @Test
    void theModeIsByTicketByDefaultAndChangesWithEditAndSave() {
        WebClient.Page p = page();
        assertTrue(p.contains("data-mode=\"ticket\""));
        assertTrue(p.contains("data-action=\"edit-mode\""));
        assertTrue(web.get("/online-attestation/streams/" + stream + "?edit=mode").contains("action=\"/online-attestation/streams/" + stream + "/mode\""));
        assertEquals(303, web.post("/online-attestation/streams/" + stream + "/mode", Map.of("conduct", "task")).status());
        assertTrue(page().contains("data-mode=\"task\""));
    }

    /** No started plugin publishes a FinalControlTest here: "as a test" is neither offered nor taken. */
    @Test
    void aTestIsNoChoiceWhileNoPluginRunsTests() {
        WebClient.Page editing = web.get("/online-attestation/streams/" + stream + "?edit=mode");
        assertTrue(editing.contains("value=\"task\""), editing.body());
        assertFalse(editing.contains("value=\"test\""), "no test form without a tests plugin");
        WebClient.Page refused = web.post("/online-attestation/streams/" + stream + "/mode", Map.of("conduct", "test"));
        assertEquals(400, refused.status());
        assertTrue(refused.contains("Қорытынды бақылауды тест түрінде тек компьютерлік тест модулі қосулы болғанда өткізуге болады."),
                refused.body());
        assertEquals(0L, campus.count("SELECT COUNT(*) FROM oa_stream WHERE stream_id = ? AND by_test = TRUE", stream));
    }

    @Test
    void theModeCannotChangeOnceTheFinalControlHasStarted() {
        distributeAll();
        campus.at("2026-09-20T10:00:00");
        WebClient.Page p = page();
        assertFalse(p.contains("data-action=\"edit-mode\""));
        WebClient.Page refused = web.post("/online-attestation/streams/" + stream + "/mode", Map.of("conduct", "task"));
        assertEquals(400, refused.status());
        assertTrue(refused.contains("Қорытынды бақылау уақыты басталды: өткізу түрін өзгертуге болмайды."));
        assertEquals(1L, campus.count("SELECT COUNT(*) FROM oa_stream WHERE stream_id = ? AND by_ticket = TRUE", stream));
    }

    // ---- tabs -----------------------------------------------------------------------------

    @Test
    void unassignedStudentsAreInTheFirstTabUntilEveryoneHasASlot() {
        WebClient.Page p = page();
        assertTrue(p.contains("id=\"unassigned\""));
        assertTrue(p.contains("data-action=\"distribute\""));
        long slot = distributeAll();
        p = page();
        assertFalse(p.contains("id=\"unassigned\""));
        assertFalse(p.contains("data-action=\"distribute\""));
        assertTrue(p.contains("id=\"slot-" + slot + "\""));
        assertTrue(p.contains("20.09.2026 10:00–12:00"));
    }

    @Test
    void theUnassignedTabComesBeforeTheSlotTabs() {
        long slot = Campus.distribute(web, stream, "", "2026-09-20", "10:00", "12:00", ainur.id()).status() == 303
                ? slotOf(ainur.id()) : -1;
        String body = page().body();
        assertTrue(body.indexOf("id=\"unassigned\"") < body.indexOf("id=\"slot-" + slot + "\""));
    }

    @Test
    void aSlotTableIsSortedByNameWithLiveMarkupAndLinks() {
        long slot = distributeAll();
        String body = page().body();
        int a = body.indexOf("data-student=\"" + ainur.id() + "\"", body.indexOf("data-oa-live=\"" + slot + "\""));
        int b = body.indexOf("data-student=\"" + bolat.id() + "\"", a);
        int d = body.indexOf("data-student=\"" + dana.id() + "\"", b);
        assertTrue(a > 0 && b > a && d > b, "rows by surname");
        assertTrue(body.contains("data-cell=\"presence\" data-online=\"false\""));
        for (String cell : List.of("ticket", "viewed", "sent", "grade")) {
            assertTrue(body.contains("data-cell=\"" + cell + "\""), cell);
        }
        assertTrue(body.contains("href=\"/online-attestation/streams/" + stream + "/students/" + ainur.id() + "\""));
        assertTrue(body.contains("RB-" + ainur.iin()));
        assertTrue(body.contains("/static/online-attestation/oa-live.js"));
        assertEquals(200, web.get("/static/online-attestation/oa-staff.js").status());
    }

    @Test
    void aStudentNotAdmittedIsShownInRedWithTheTooltip() {
        campus.gen.grade().of(stream, bolat.id()).kind("admission").value("30").create();
        String body = page().body();
        int row = body.indexOf("data-student=\"" + bolat.id() + "\"");
        String line = body.substring(row, body.indexOf("</tr>", row));
        assertTrue(line.contains("class=\"error\" data-not-admitted title=\"Емтиханға жіберілмейді\""), line);
        int other = body.indexOf("data-student=\"" + ainur.id() + "\"");
        assertFalse(body.substring(other, body.indexOf("</tr>", other)).contains("data-not-admitted"));
    }

    @Test
    void theGradeColumnShowsTheJournalsFinalGrade() {
        long slot = distributeAll();
        campus.gen.grade().of(stream, ainur.id()).value("87").source("online-attestation").create();
        String body = page().body();
        int row = body.indexOf("data-student=\"" + ainur.id() + "\"", body.indexOf("data-oa-live=\"" + slot + "\""));
        assertTrue(body.substring(row, body.indexOf("</tr>", row)).contains("<td data-cell=\"grade\">87</td>"));
    }

    @Test
    void aPassFailGradeIsShownInTheViewersLanguage() {
        long slot = distributeAll();
        campus.gen.grade().of(stream, ainur.id()).value("passed").source("online-attestation").create();
        String body = page().body();
        int row = body.indexOf("data-student=\"" + ainur.id() + "\"", body.indexOf("data-oa-live=\"" + slot + "\""));
        assertTrue(body.substring(row, body.indexOf("</tr>", row)).contains("<td data-cell=\"grade\">Сынақтан өтті</td>"),
                "translated as the live events translate it, not the stored 'passed'");
    }

    @Test
    void anAbsenceWithoutAGradeIsShownInTheGradeColumn() {
        long slot = distributeAll();
        campus.update("UPDATE oa_sitting SET absence = 'EXCUSED' WHERE slot_id = ? AND student_id = ?", slot, ainur.id());
        String body = page().body();
        int row = body.indexOf("data-student=\"" + ainur.id() + "\"", body.indexOf("data-oa-live=\"" + slot + "\""));
        assertTrue(body.substring(row, body.indexOf("</tr>", row)).contains("<td data-cell=\"grade\">Жоқ (дәлелді себеппен)</td>"),
                "as the live events show it");
    }

    // ---- distributing students ---------------------------------------------------------------

    @Test
    void theDialogListsTheUnassignedStudentsOfTheChosenGroup() {
        Campus.distribute(web, stream, "", "2026-09-20", "10:00", "12:00", ainur.id());
        WebClient.Page all = web.get("/online-attestation/streams/" + stream + "/distribute");
        assertEquals(200, all.status());
        assertFalse(all.contains("value=\"" + ainur.id() + "\""));
        assertTrue(all.contains("value=\"" + bolat.id() + "\"") && all.contains("value=\"" + dana.id() + "\""));
        assertTrue(all.contains("data-select-all") && all.contains("data-save disabled"));
        WebClient.Page one = web.get("/online-attestation/streams/" + stream + "/distribute?group=" + otherGroup);
        assertFalse(one.contains("value=\"" + bolat.id() + "\""));
        assertTrue(one.contains("value=\"" + dana.id() + "\""));
    }

    @Test
    void savingPutsTheChosenStudentsIntoANewSlot() {
        WebClient.Page p = Campus.distribute(web, stream, String.valueOf(group), "2026-09-20", "10:00", "12:00",
                ainur.id(), bolat.id());
        assertEquals(303, p.status());
        long slot = slotOf(ainur.id());
        assertEquals("/online-attestation/streams/" + stream, p.location().replace("#slot-" + slot, ""));
        assertEquals(slot, slotOf(bolat.id()));
        assertEquals(Campus.local("2026-09-20T10:00:00"),
                ((Timestamp) campus.rows("SELECT starts_at FROM oa_slot WHERE id = ?", slot).get(0).get("starts_at")).toInstant());
    }

    @Test
    void savingWithNoStudentChosenIsRefused() {
        WebClient.Page refused = Campus.distribute(web, stream, "", "2026-09-20", "10:00", "12:00");
        assertEquals(400, refused.status());
        assertTrue(refused.contains("Кемінде бір білім алушыны таңдаңыз."));
        assertEquals(0, slots());
    }

    @Test
    void aTamperedGroupIdRefillsTheDialogInsteadOfTheErrorPage() {
        WebClient.Page refused = Campus.distribute(web, stream, "ИС<b>", "2026-09-20", "10:00", "12:00", ainur.id());
        assertEquals(400, refused.status(), refused.body());
        assertFalse(refused.contains("data-error-page"), refused.body());
        assertTrue(refused.contains("data-oa-distribute"), "the dialog again");
        assertTrue(refused.contains("Топ дұрыс таңдалмаған."), refused.body());
        assertTrue(refused.contains("value=\"2026-09-20\""), "what was typed is kept");
        assertTrue(refused.contains("value=\"" + dana.id() + "\""), "every group's students are listed");
        assertEquals(0, slots());
        assertEquals(0, sittings());
    }

    @Test
    void anEndNotAfterTheStartIsRefused() {
        assertEquals(400, Campus.distribute(web, stream, "", "2026-09-20", "10:00", "10:00", ainur.id()).status());
        assertEquals(0, slots());
        assertEquals(0, sittings());
    }

    @Test
    void aStartThatHasPassedIsRefused() {
        WebClient.Page p = Campus.distribute(web, stream, "", "2026-09-20", "07:59", "12:00", ainur.id());
        assertEquals(400, p.status());
        assertTrue(p.contains("Басталу уақыты өтіп кеткен"));
        assertEquals(0, slots());
        long slot = distributeAll();
        assertEquals(400, web.post("/online-attestation/streams/" + stream + "/slots/" + slot,
                Map.of("date", "2026-09-20", "start", "07:00", "end", "12:00")).status());
        assertTrue(page().contains("20.09.2026 10:00–12:00"));
    }

    @Test
    void aDateOutsideTheGroupsExamPeriodIsRefused() {
        WebClient.Page p = Campus.distribute(web, stream, "", "2026-10-01", "10:00", "12:00", ainur.id());
        assertEquals(400, p.status());
        assertTrue(p.contains("емтихан кезеңінен"), p.body());
        assertEquals(0, slots());
    }

    @Test
    void everyChosenStudentsGroupMustHaveTheDateInItsExamPeriod() {
        long late = campus.gen.group().code("КШ-" + n).create();
        campus.examPeriod(late, campus.period1, "2026-09-25", "2026-09-30");
        Campus.Person kairat = campus.student("Қайратов", "Ерлан", late);
        campus.gen.joinStream(stream, late);
        assertEquals(400, Campus.distribute(web, stream, "", "2026-09-20", "10:00", "12:00", ainur.id(), kairat.id()).status());
        assertEquals(0, sittings());
        assertEquals(303, Campus.distribute(web, stream, "", "2026-09-26", "10:00", "12:00", ainur.id(), kairat.id()).status());
    }

    @Test
    void aGroupWithoutAnExamPeriodCannotBeScheduled() {
        long none = campus.gen.group().code("ЖҚ-" + n).create();
        Campus.Person erlan = campus.student("Ерланов", "Ерлан", none);
        campus.gen.joinStream(stream, none);
        assertEquals(400, Campus.distribute(web, stream, "", "2026-09-20", "10:00", "12:00", erlan.id()).status());
        assertEquals(0, slots());
    }

    @Test
    void aStudentOutsideTheChosenGroupOrStreamIsRefused() {
        assertEquals(400, Campus.distribute(web, stream, String.valueOf(group), "2026-09-20", "10:00", "12:00", dana.id()).status());
        long stranger = campus.group("БТ-" + n, campus.termT4, campus.dept1);
        Campus.Person outsider = campus.student("Басқа", "Адам", stranger);
        assertEquals(400, Campus.distribute(web, stream, "", "2026-09-20", "10:00", "12:00", outsider.id()).status());
        assertEquals(0, slots());
    }

    @Test
    void aStudentWhoAlreadyHasASlotIsNotScheduledTwice() {
        assertEquals(303, Campus.distribute(web, stream, "", "2026-09-20", "10:00", "12:00", ainur.id()).status());
        WebClient.Page again = Campus.distribute(web, stream, "", "2026-09-21", "10:00", "12:00", ainur.id(), bolat.id());
        assertEquals(409, again.status());
        assertTrue(again.contains("Ахметова Айнұр: бұл білім алушыға қорытынды бақылау уақыты бұрын тағайындалған."), again.body());
        assertEquals(1, slots());
        assertEquals(1, sittings());
    }

    @Test
    void twoSimultaneousSubmitsMakeOneSlot() throws Exception {
        WebClient second = campus.login(teacher);
        ExecutorService pool = Executors.newFixedThreadPool(2);
        CountDownLatch go = new CountDownLatch(1);
        try {
            Callable<Integer> a = () -> {
                go.await();
                return Campus.distribute(web, stream, "", "2026-09-20", "10:00", "12:00", ainur.id(), bolat.id()).status();
            };
            Callable<Integer> b = () -> {
                go.await();
                return Campus.distribute(second, stream, "", "2026-09-20", "10:00", "12:00", ainur.id(), bolat.id()).status();
            };
            Future<Integer> fa = pool.submit(a);
            Future<Integer> fb = pool.submit(b);
            go.countDown();
            List<Integer> statuses = List.of(fa.get(), fb.get());
            assertTrue(statuses.contains(303) && statuses.contains(409), statuses.toString());
        } finally {
            pool.shutdownNow();
        }
        assertEquals(1, slots());
        assertEquals(2, sittings());
    }

    // ---- editing and deleting slots ------------------------------------------------------------

    @Test
    void beforeTheStartTheStartAndEndChangeAndTheNotificationIsOfferedAgain() {
        long slot = distributeAll();
        campus.update("UPDATE oa_slot SET notified_at = NOW(3) WHERE id = ?", slot);
        WebClient.Page form = web.get("/online-attestation/streams/" + stream + "/slots/" + slot + "/edit");
        assertTrue(form.contains("name=\"date\"") && form.contains("name=\"start\""));
        assertEquals(303, web.post("/online-attestation/streams/" + stream + "/slots/" + slot,
                Map.of("date", "2026-09-21", "start", "11:00", "end", "13:00")).status());
        assertTrue(page().contains("21.09.2026 11:00–13:00"));
        assertNull(campus.rows("SELECT notified_at FROM oa_slot WHERE id = ?", slot).get(0).get("notified_at"));
    }

    @Test
    void theSlotTabOffersTheSlotActionsAndNotificationAgainAfterAStartChange() {
        long slot = distributeAll();
        String notify = "href=\"/online-attestation/slots/" + slot + "/actions/notify\"";
        assertTrue(page().contains(notify), page().body());
        campus.update("UPDATE oa_slot SET notified_at = NOW(3) WHERE id = ?", slot);
        assertFalse(page().contains(notify));
        assertEquals(303, web.post("/online-attestation/streams/" + stream + "/slots/" + slot,
                Map.of("date", "2026-09-20", "start", "10:30", "end", "12:00")).status());
        assertTrue(page().contains(notify));
    }

    @Test
    void changingOnlyTheEndKeepsTheNotification() {
        long slot = distributeAll();
        campus.update("UPDATE oa_slot SET notified_at = NOW(3) WHERE id = ?", slot);
        assertEquals(303, web.post("/online-attestation/streams/" + stream + "/slots/" + slot,
                Map.of("date", "2026-09-20", "start", "10:00", "end", "13:00")).status());
        assertNotNull(campus.rows("SELECT notified_at FROM oa_slot WHERE id = ?", slot).get(0).get("notified_at"));
    }

    @Test
    void aNewStartMustStayInsideTheExamPeriod() {
        long slot = distributeAll();
        assertEquals(400, web.post("/online-attestation/streams/" + stream + "/slots/" + slot,
                Map.of("date", "2026-10-05", "start", "10:00", "end", "12:00")).status());
        assertTrue(page().contains("20.09.2026 10:00–12:00"));
    }

    @Test
    void afterTheStartOnlyTheEndChanges() {
        long slot = distributeAll();
        campus.at("2026-09-20T10:30:00");
        WebClient.Page form = web.get("/online-attestation/streams/" + stream + "/slots/" + slot + "/edit");
        assertFalse(form.contains("name=\"start\""));
        assertTrue(form.contains("name=\"end\""));
        assertEquals(303, web.post("/online-attestation/streams/" + stream + "/slots/" + slot, Map.of("end", "12:30")).status());
        assertTrue(page().contains("20.09.2026 10:00–12:30"));
        WebClient.Page refused = web.post("/online-attestation/streams/" + stream + "/slots/" + slot,
                Map.of("date", "2026-09-20", "start", "11:00", "end", "13:00"));
        assertEquals(400, refused.status());
        assertTrue(refused.contains("тек аяқталу уақытын өзгертуге болады"));
        assertTrue(page().contains("20.09.2026 10:00–12:30"));
    }

    @Test
    void deletingASlotBeforeItsStartMovesItsStudentsBackToUnassigned() {
        long slot = distributeAll();
        assertTrue(page().contains("data-action=\"delete-slot\""));
        assertEquals(303, web.post("/online-attestation/streams/" + stream + "/slots/" + slot + "/delete", Map.of()).status());
        assertEquals(0, slots());
        assertEquals(0, sittings());
        assertTrue(page().contains("id=\"unassigned\""));
    }

    @Test
    void aStartedSlotCannotBeDeleted() {
        long slot = distributeAll();
        campus.at("2026-09-20T10:00:00");
        assertFalse(page().contains("data-action=\"delete-slot\""));
        WebClient.Page refused = web.post("/online-attestation/streams/" + stream + "/slots/" + slot + "/delete", Map.of());
        assertEquals(400, refused.status());
        assertTrue(refused.contains("Қорытынды бақылау басталды: қосымшаны жоюға болмайды."));
        assertEquals(1, slots());
        assertEquals(3, sittings());
    }

    @Test
    void aStudentIsRemovedFromASlotOnlyBeforeItsStart() {
        long slot = distributeAll();
        assertTrue(page().contains("data-action=\"remove-student\""));
        assertEquals(303, web.post("/online-attestation/streams/" + stream + "/slots/" + slot + "/students/" + ainur.id() + "/delete",
                Map.of()).status());
        assertEquals(2, sittings());
        assertTrue(page().contains("id=\"unassigned\""));
        campus.at("2026-09-20T10:00:00");
        assertFalse(page().contains("data-action=\"remove-student\""));
        assertEquals(400, web.post("/online-attestation/streams/" + stream + "/slots/" + slot + "/students/" + bolat.id() + "/delete",
                Map.of()).status());
        assertEquals(2, sittings());
    }

    @Test
    void aSlotOfAnotherStreamIsNotFound() {
        long slot = distributeAll();
        long mine = campus.stream(teacherId, "Химия", campus.period1, campus.dept1, group);
        campus.online(mine);
        assertEquals(404, web.post("/online-attestation/streams/" + mine + "/slots/" + slot + "/delete", Map.of()).status());
        assertEquals(1, slots());
    }

    // ---- tickets ----------------------------------------------------------------------------

    @Test
    void theTicketsSummaryShowsOnceACountIsSavedAndOnlyByTicket() {
        WebClient.Page p = page();
        assertTrue(p.contains("data-action=\"tickets\"") && p.contains("target=\"_blank\""));
        assertFalse(p.contains("data-tickets-summary"));
        campus.update("UPDATE oa_stream SET ticket_count = 3, ticket_count_saved_at = NOW(3) WHERE stream_id = ?", stream);
        campus.attestation.ticket(stream, 1, "Сұрақ", teacherId, java.time.LocalDateTime.of(2026, 9, 19, 9, 15));
        campus.attestation.ticket(stream, 2, "  ", teacherId, java.time.LocalDateTime.of(2026, 9, 18, 9, 15));
        p = page();
        assertTrue(p.contains("data-tickets-summary data-count=\"3\" data-entered=\"1\""), "3 tickets, 1 of them entered");
        campus.update("UPDATE oa_stream SET by_ticket = FALSE WHERE stream_id = ?", stream);
        p = page();
        assertFalse(p.contains("data-tickets-summary"));
        assertFalse(p.contains("data-action=\"tickets\""));
    }

}
