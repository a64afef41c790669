package kz.sabaq.core.academic;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.Arrays;
import java.util.Map;
import java.util.concurrent.atomic.AtomicInteger;
import kz.sabaq.api.access.StandardRoles;
import kz.sabaq.core.academic.importing.CsvImport;
import kz.sabaq.core.audit.Audit;
import kz.sabaq.core.audit.AuditMapper;
import kz.sabaq.core.testing.Generator;
import kz.sabaq.core.testing.Iins;
import kz.sabaq.core.testing.MultipartForm;
import kz.sabaq.core.testing.TestServer;
import kz.sabaq.core.testing.WebClient;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

class AcademicWebTest {
    private static final AtomicInteger NEXT = new AtomicInteger();
    static TestServer server;

    @BeforeAll
    static void start() {
        server = TestServer.builder().start();
    }

    @AfterAll
    static void stop() {
        server.close();
    }

    private static WebClient registrar() {
        String iin = Iins.next();
        server.user(iin, "Иванова", "Ольга", StandardRoles.REGISTRAR);
        WebClient browser = server.client();
        assertEquals(303, browser.login(iin).status());
        return browser;
    }

    private static WebClient teacher() {
        String iin = Iins.next();
        server.user(iin, "Сейітқали", "Нұрлан", StandardRoles.TEACHER);
        WebClient browser = server.client();
        assertEquals(303, browser.login(iin).status());
        return browser;
    }

    /** Posts a multipart form like a browser: the CSRF token in the action's query, the file as a part. */
    private static WebClient.Page upload(WebClient browser, String kind, byte[] file, boolean dryRun, String csrf) {
        MultipartForm form = MultipartForm.of().file("file", kind + ".csv", "text/csv", file);
        if (dryRun) {
            form.field("dryRun", "1");
        }
        String query = csrf == null ? "" : "?_csrf=" + csrf;
        return browser.postMultipartRaw("/academic/" + kind + "/import" + query, form);
    }

    private static long departments(String code) {
        try (Connection c = server.app().database().connection();
             var s = c.prepareStatement("SELECT COUNT(*) FROM department WHERE code = ?")) {
            s.setString(1, code);
            try (ResultSet r = s.executeQuery()) {
                r.next();
                return r.getLong(1);
            }
        } catch (SQLException e) {
            throw new IllegalStateException(e);
        }
    }

    @Test
    void webUploadDryRunReportsEveryBadLineAndWritesNothing() {
        WebClient browser = registrar();
        WebClient.Page form = browser.get("/academic/department/import");
        assertEquals(200, form.status());
        assertTrue(form.contains("?_csrf=" + browser.csrf()), "the token rides in the form's action");
        String good = "WEB-" + NEXT.incrementAndGet();
        byte[] csv = ("code,name_kk,name_ru,name_en\n" + good + ",Кафедра,Кафедра,Department\n,а,б,c\nX2,,б,c\n")
                .getBytes(StandardCharsets.UTF_8);
        WebClient.Page result = upload(browser, "department", csv, true, browser.csrf());
        assertEquals(400, result.status());
        assertTrue(result.contains("data-line=\"3\""), result.body());
        assertTrue(result.contains("data-line=\"4\""));
        assertFalse(result.contains("data-line=\"2\""));
        assertTrue(result.contains("Мәнді енгізіңіз."), "the reason is in the user's language (Kazakh)");
        assertEquals(0, departments(good));
    }

    @Test
    void aRegistrarImportsAFileThroughTheWeb() {
        WebClient browser = registrar();
        browser.get("/academic/department/import");
        String code = "WEB-" + NEXT.incrementAndGet();
        byte[] csv = ("code,name_kk,name_ru,name_en\n" + code + ",Тарих кафедрасы,Кафедра истории,History\n")
                .getBytes(StandardCharsets.UTF_8);
        WebClient.Page dry = upload(browser, "department", csv, true, browser.csrf());
        assertEquals(200, dry.status());
        assertEquals(0, departments(code));
        WebClient.Page real = upload(browser, "department", csv, false, browser.csrf());
        assertEquals(200, real.status());
        assertTrue(real.contains("1 жол импортталды"), real.body());
        assertEquals(1, departments(code));
        WebClient.Page register = browser.get("/academic/department?q=" + URLEncoder.encode("Тарих", StandardCharsets.UTF_8));
        assertTrue(register.contains("Кафедра истории"));
    }

    @Test
    void anUploadWithoutTheCsrfTokenIsRefused() {
        WebClient browser = registrar();
        String code = "WEB-" + NEXT.incrementAndGet();
        WebClient.Page page = upload(browser, "department",
                ("code,name_kk,name_ru,name_en\n" + code + ",а,б,c\n").getBytes(StandardCharsets.UTF_8), false, null);
        assertEquals(403, page.status());
        assertEquals(0, departments(code));
    }

    @Test
    void aTeacherGets403() {
        WebClient browser = teacher();
        assertEquals(403, browser.get("/academic").status());
        assertEquals(403, browser.get("/academic/department/import").status());
        browser.get("/");
        String code = "WEB-" + NEXT.incrementAndGet();
        WebClient.Page page = upload(browser, "department",
                ("code,name_kk,name_ru,name_en\n" + code + ",а,б,c\n").getBytes(StandardCharsets.UTF_8), false, browser.csrf());
        assertEquals(403, page.status());
        assertEquals(0, departments(code));
    }

    @Test
    void aFileOverTenMegabytesIsRefusedWithATranslatedError() {
        WebClient browser = registrar();
        browser.get("/academic/department/import");
        byte[] big = new byte[11 * 1024 * 1024];
        Arrays.fill(big, (byte) 'a');
        WebClient.Page page = upload(browser, "department", big, true, browser.csrf());
        assertEquals(413, page.status());
        assertTrue(page.contains("Файл тым үлкен"), page.body());
    }

    @Test
    void theRegistersListShowsEveryKindWithItsRowCount() {
        WebClient browser = registrar();
        WebClient.Page page = browser.get("/academic");
        assertEquals(200, page.status());
        for (String kind : Kinds.ids()) {
            assertTrue(page.contains("data-kind=\"" + kind + "\""), kind);
        }
        assertTrue(page.contains("Ағымдар"));
        assertTrue(browser.get("/").contains("href=\"/academic\""), "the menu links the registers");
    }

    @Test
    void theTemplateIsTheKindsHeaderLine() {
        WebClient browser = registrar();
        WebClient.Page page = browser.get("/academic/stream/template.csv");
        assertEquals(200, page.status());
        assertEquals("\uFEFFcode,discipline,teacher,academic_period,is_main,groups\r\n", page.body());
        assertTrue(page.headers().firstValue("Content-Disposition").orElse("").contains("attachment"));
    }

    @Test
    void aHeadOfDepartmentSeesOnlyTheirOwnDepartmentsRows() {
        int n = NEXT.incrementAndGet();
        var db = server.app().database();
        CsvImport importer = CsvImport.over(db, new Audit(db.mapper(AuditMapper.class), server.clock()), server.clock());
        String head = Iins.next();
        String[] files = {
                "department", "code,name_kk,name_ru,name_en\nOWN-" + n + ",а,а,a\nOTHER-" + n + ",б,б,b\n",
                "study_group", "code,department\nG-OWN-" + n + ",OWN-" + n + "\nG-OTHER-" + n + ",OTHER-" + n + "\n",
                "staff", "iin,surname,first_name,department,role,password\n" + head + ",Нұрланова,Гүлнар,OWN-" + n
                        + ",head_of_department," + TestServer.PASSWORD + "\n"};
        for (int i = 0; i < files.length; i += 2) {
            assertTrue(importer.run(Kinds.get(files[i]), files[i + 1].getBytes(StandardCharsets.UTF_8), false, null).ok());
        }
        WebClient browser = server.client();
        assertEquals(303, browser.login(head).status());
        WebClient.Page groups = browser.get("/academic/study_group?q=" + n);
        assertEquals(200, groups.status());
        assertTrue(groups.contains("G-OWN-" + n), groups.body());
        assertFalse(groups.contains("G-OTHER-" + n));
        assertEquals(403, browser.get("/academic/study_group/import").status(), "a head reads, does not import");
        assertTrue(registrar().get("/academic/study_group?q=" + n).contains("G-OTHER-" + n), "a registrar sees every unit");
    }

    @Test
    void anUnknownKindIsNotFound() {
        assertEquals(404, registrar().get("/academic/nonsense").status());
    }

    @Test
    void aRegisterShowsDatesAsCoresPagesDoNotInTheImportsIsoForm() {
        String code = "Y-" + NEXT.incrementAndGet() + "-" + System.nanoTime() % 100000;
        Generator.on(server).year().code(code).dates("2031-09-01", "2032-06-30").create();
        WebClient.Page page = registrar().get("/academic/academic_year?q=" + code);
        assertTrue(page.contains("01.09.2031") && page.contains("30.06.2032"), page.body());
        assertFalse(page.contains("2031-09-01"), "no ISO date on the page");
    }

    @Test
    void registerPagesInEveryLanguage() {
        WebClient browser = registrar();
        browser.post("/lang", Map.of("lang", "ru", "return", "/"));
        assertTrue(browser.get("/academic/study_group").contains("Группы"));
        browser.post("/lang", Map.of("lang", "en", "return", "/"));
        assertTrue(browser.get("/academic/study_group/import").contains("Import from CSV"));
    }
}
