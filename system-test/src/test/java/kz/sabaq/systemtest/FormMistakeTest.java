package kz.sabaq.systemtest;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Supplier;
import java.util.stream.Stream;
import kz.sabaq.core.testing.FormFields;
import kz.sabaq.core.testing.MultipartForm;
import kz.sabaq.core.testing.WebClient;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestFactory;

/**
 * Issue 11 §2: every HTML form of core and the plugins, sent with a mistake a person can make,
 * comes back as its own page — never the generic error page ({@code data-error-page}) — with the
 * error summary ({@code data-form-error}), the message beside the field it is about, and what was
 * typed still in the form.
 */
class FormMistakeTest {
    static final Set<Integer> FORM_STATUSES = Set.of(400, 409, 413, 422);
    static FormCollege college;

    /** A form sent with a mistake; {@code kept} is the page's HTML of what was typed, {@code field} the marked field. */
    record Mistake(String form, Supplier<WebClient.Page> send, String kept, String field) {
    }

    @BeforeAll
    static void start() {
        college = new FormCollege();
    }

    @AfterAll
    static void stop() {
        college.close();
    }

    @TestFactory
    Stream<DynamicTest> noFormMistakeEndsOnTheErrorPageAndWhatWasTypedIsShownAgain() {
        return mistakes().stream().map(m -> DynamicTest.dynamicTest(m.form(), () -> {
            WebClient.Page page = m.send().get();
            assertTrue(FORM_STATUSES.contains(page.status()), m.form() + ": status " + page.status() + "\n" + page.body());
            assertFalse(page.contains("data-error-page"), m.form() + " ended on the error page:\n" + page.body());
            assertTrue(page.contains("data-form-error"), m.form() + ": no error summary\n" + page.body());
            if (m.kept() != null) {
                assertTrue(page.contains(m.kept()), m.form() + ": lost " + m.kept() + "\n" + page.body());
            }
            if (m.field() != null) {
                assertTrue(page.contains("data-field-error=\"" + m.field() + "\""), m.form() + ": no message beside "
                        + m.field() + "\n" + page.body());
                assertTrue(page.contains("aria-invalid=\"true\""), m.form());
            }
        }));
    }

    /** The login form keeps its own page for a wrong password (401), the IIN typed and no error page. */
    @Test
    void aWrongPasswordKeepsTheLoginFormWithTheIin() {
        WebClient anonymous = college.server.client();
        anonymous.get("/login");
        WebClient.Page page = anonymous.post("/login", Map.of("iin", "800101300006", "password", "wrong-one", "return", "/"));
        assertEquals(401, page.status());
        assertFalse(page.contains("data-error-page"), page.body());
        assertTrue(page.contains("value=\"800101300006\""), page.body());
    }

    static List<Mistake> mistakes() {
        FormCollege c = college;
        WebClient admin = c.admin;
        List<Mistake> all = new ArrayList<>();
        long customRole = Long.parseLong(admin.post("/admin/roles", Map.of("name", "Тексеруші", "code", "checker"))
                .location().replaceAll("\\D", ""));
        String administrator = c.one("SELECT id FROM role WHERE code = 'administrator'");
        String oa = "/online-attestation/streams/" + c.stream;

        all.add(new Mistake("new user", () -> post(admin, "/admin/users", "/admin/users/new", Map.of("iin", "123",
                "surname", "Типтік", "firstName", "Дана", "locale", "kk", "password", "")), "value=\"Типтік\"", "iin"));
        all.add(new Mistake("user password", () -> post(admin, "/admin/users/" + c.adminId + "/password",
                "/admin/users/" + c.adminId, Map.of("password", "short")), null, "password"));
        all.add(new Mistake("user role", () -> post(admin, "/admin/users/" + c.adminId + "/roles",
                "/admin/users/" + c.adminId, Map.of("role", "none")), null, "role"));
        all.add(new Mistake("user active", () -> post(admin, "/admin/users/" + c.adminId + "/active",
                "/admin/users/" + c.adminId, Map.of("active", "false")), null, null));
        all.add(new Mistake("own password", () -> post(admin, "/password", "/password",
                Map.of("current", "wrong", "password", "new-password-1", "confirm", "other")), null, "current"));
        all.add(new Mistake("new role", () -> post(admin, "/admin/roles", "/admin/roles",
                Map.of("name", "", "code", "Bad Code")), "value=\"Bad Code\"", "name"));
        all.add(new Mistake("role rights", () -> post(admin, "/admin/roles/" + customRole, "/admin/roles/" + customRole,
                Map.of("module", "no-such-module")), null, null));
        all.add(new Mistake("role rename", () -> post(admin, "/admin/roles/" + customRole + "/rename",
                "/admin/roles/" + customRole, Map.of("name", " ")), null, "name"));
        all.add(new Mistake("role delete", () -> post(admin, "/admin/roles/" + administrator + "/delete",
                "/admin/roles/" + administrator, Map.of()), null, null));
        all.add(new Mistake("plugin settings", () -> post(admin, "/admin/plugins/announcements/settings",
                "/admin/plugins/announcements/settings", Map.of("s.maxShown", "0", "s.defaultDays", "31")),
                "value=\"31\"", "s.maxShown"));
        all.add(new Mistake("plugin state", () -> post(admin, "/admin/plugins/announcements/state", "/admin/plugins",
                Map.of("enabled", "maybe")), null, null));
        all.add(new Mistake("journal grades", () -> post(admin, "/journal/" + c.journal + "/grades", "/journal/" + c.journal,
                Map.of("g:" + c.waiting + ":admission", "150")), "value=\"150\"", "g:" + c.waiting + ":admission"));
        all.add(new Mistake("journal settings", () -> post(admin, "/journal/" + c.journal + "/settings",
                "/journal/" + c.journal + "?tab=settings", Map.of("finalForm", "ESSAY", "finalGradeToBeSet", "false")),
                "<option value=\"false\" selected>", "finalForm"));
        all.add(new Mistake("locked journal settings", () -> post(admin, "/journal/" + c.stream + "/settings",
                "/journal/" + c.stream + "?tab=settings", Map.of("finalForm", "five-point", "finalGradeToBeSet", "true",
                        "online-attestation.online", "on")), null, null));
        all.add(new Mistake("academic import", () -> multipart(admin, "/academic/student/import", "/academic/student/import",
                MultipartForm.of().field("dryRun", "1")), "checked", "file"));
        all.add(new Mistake("announcement", () -> post(admin, "/announcements", "/announcements",
                Map.of("title", "", "body", "Мәтін сақталады", "days", "7")), "Мәтін сақталады", "title"));
        all.add(new Mistake("typed attendance code", () -> post(c.student, "/attendance-qr/check-in/typed", "/attendance-qr/check-in",
                Map.of("code", "12")), "value=\"12\"", "code"));

        String session = "/attendance-qr/sessions/" + c.session;
        all.add(new Mistake("manual mark", () -> post(c.teacher, session + "/manual", session, Map.of("student",
                String.valueOf(c.waiting), "mark", "present", "reason", "OTHER", "note", "")),
                "value=\"OTHER\" selected", "note"));
        all.add(new Mistake("permit", () -> post(c.teacher, session + "/permit", session, Map.of("student",
                String.valueOf(c.waiting), "reason", "")), null, "reason"));
        all.add(new Mistake("permit with a document", () -> multipart(c.teacher, session + "/permit", session,
                MultipartForm.of().field("student", c.waiting).textField("reason", "Дәрігер анықтамасы")
                        .file("document", "note.txt", "text/plain", "not a document".getBytes(StandardCharsets.UTF_8))),
                "value=\"Дәрігер анықтамасы\"", "document"));
        all.add(new Mistake("class conference", () -> post(c.teacher, session + "/online", session + "?platform=link",
                Map.of("platform", "link", "field.login", "Логин-1", "field.link", "not a web address")),
                "value=\"Логин-1\"", "field.link"));

        all.add(new Mistake("attestation settings", () -> post(admin, "/online-attestation/settings", "/online-attestation/settings",
                Map.of("distribution", "no-such-form")), null, "distribution"));
        all.add(new Mistake("attestation mode", () -> post(admin, oa + "/mode", oa + "?edit=mode",
                Map.of("conduct", "maybe")), null, null));
        all.add(new Mistake("distribute students", () -> post(admin, oa + "/distribute", oa + "/distribute",
                FormFields.of("group", "").add("date", "2026-09-16").add("start", "10:00").add("end", "09:00")
                        .add("student", c.unplaced)), "value=\"2026-09-16\"", "end"));
        all.add(new Mistake("slot time", () -> post(admin, oa + "/slots/" + c.ahead, oa + "/slots/" + c.ahead + "/edit",
                Map.of("date", "2026-09-20", "start", "11:00", "end", "10:00")), "value=\"11:00\"", "end"));
        all.add(new Mistake("slot student", () -> post(admin, oa + "/slots/" + c.ahead + "/students/" + c.unplaced + "/delete",
                oa, Map.of()), null, null));
        all.add(new Mistake("ticket count", () -> post(admin, oa + "/tickets/count", oa + "/tickets?edit=count",
                Map.of("count", "0")), "value=\"0\"", "count"));
        all.add(new Mistake("ticket", () -> multipart(admin, oa + "/tickets", oa + "/tickets/new",
                MultipartForm.of().field("number", "99").textField("body", "<p>Бірінші сұрақ</p>")),
                "Бірінші сұрақ", "number"));
        all.add(new Mistake("ticket copy", () -> post(admin, oa + "/tickets/copy", oa + "/tickets/copy",
                Map.of("period", String.valueOf(c.period), "token", "stale")), null, null));
        String slotActions = "/online-attestation/slots/" + c.ahead + "/actions";
        all.add(new Mistake("slot platform", () -> post(admin, slotActions + "/platform", slotActions + "/platform",
                Map.of("platform", "link", "field.login", "Емтихан", "field.link", "not a web address")),
                "value=\"Емтихан\"", "field.link"));
        all.add(new Mistake("slot recording", () -> post(admin, slotActions + "/recordings/add",
                slotActions + "/platform", Map.of("url", "not a web address")), null, null));
        all.add(new Mistake("exam grade", () -> post(admin, c.sitting(c.graded) + "/grade", c.sitting(c.graded),
                Map.of("points", "150")), "value=\"150\"", "points"));
        all.add(new Mistake("exam absence", () -> post(admin, c.sitting(c.graded) + "/absence", c.sitting(c.graded),
                Map.of("absence", "MAYBE")), null, "absence"));
        all.add(new Mistake("exam task", () -> post(admin, c.sitting(c.graded) + "/task", c.sitting(c.graded),
                Map.of("task", "<p>Жеке тапсырма</p>")), null, null));

        String tests = "/exam-test/streams/" + c.journal;
        all.add(new Mistake("test item", () -> post(admin, tests + "/bank", tests + "/bank/new",
                FormFields.of("kind", "single").add("difficulty", "easy").add("topic", "Алгоритмдер")
                        .add("text", "Мәтін сақталады").add("option1", "Иә").add("option2", "Жоқ")),
                "Мәтін сақталады", null));
        all.add(new Mistake("test bank import", () -> multipart(admin, tests + "/bank/import", tests + "/bank/import",
                MultipartForm.of().field("format", "auto").field("difficulty", "easy").field("dryRun", "1")), null, "file"));
        all.add(new Mistake("open a test", () -> post(admin, tests + "/open", tests, Map.of()), null, null));
        all.add(new Mistake("self-check test", () -> post(admin, tests + "/self-check", tests, Map.of("topic", "Жоқ")),
                null, null));
        return all;
    }

    /** Opens the form's page first (as a person does, which also gives the CSRF token), then sends it. */
    static WebClient.Page post(WebClient web, String action, String formPage, Map<String, String> fields) {
        web.get(formPage);
        return web.post(action, fields);
    }

    static WebClient.Page post(WebClient web, String action, String formPage, FormFields fields) {
        web.get(formPage);
        return web.post(action, fields);
    }

    static WebClient.Page multipart(WebClient web, String action, String formPage, MultipartForm form) {
        web.get(formPage);
        return web.postMultipart(action, form);
    }
}
