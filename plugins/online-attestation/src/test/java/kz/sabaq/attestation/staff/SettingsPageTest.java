package kz.sabaq.attestation.staff;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.ws.rs.core.Response;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import kz.sabaq.api.academic.LocalizedName;
import kz.sabaq.api.access.StandardRoles;
import kz.sabaq.api.attestation.TicketDistributionStrategy;
import kz.sabaq.api.attestation.TicketRequest;
import kz.sabaq.api.i18n.Translations;
import kz.sabaq.api.web.RefusedForm;
import kz.sabaq.attestation.AttestationSettings;
import kz.sabaq.attestation.OnlineAttestationModule;
import kz.sabaq.core.db.Database;
import kz.sabaq.core.testing.FormFields;
import kz.sabaq.core.testing.MemorySettings;
import kz.sabaq.core.testing.TestServer;
import kz.sabaq.core.testing.TestViewer;
import kz.sabaq.core.testing.WebClient;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** "Conducting online attestation. Settings" (spec §3), with the two shipped distribution forms enabled. */
class SettingsPageTest {
    static TestServer server;
    static Campus campus;
    static Database database;
    static WebClient admin;
    static String t4;
    static String t3;

    @BeforeAll
    static void start() {
        server = Campus.start(Map.of(), "tickets-random", "tickets-self-select");
        campus = new Campus(server);
        database = server.separateDatabase();
        t4 = code(campus.termT4);
        t3 = code(campus.termT3);
        admin = campus.login(campus.person("Әкімші", "Баптау", StandardRoles.ADMINISTRATOR));
    }

    @AfterAll
    static void stop() {
        database.close();
        server.close();
    }

    static String code(long term) {
        return campus.rows("SELECT code FROM study_term WHERE id = ?", term).get(0).get("code").toString();
    }

    static String stored(String key) {
        List<Map<String, Object>> rows = campus.rows(
                "SELECT value FROM plugin_setting WHERE plugin_id = 'online-attestation' AND setting_key = ?", key);
        return rows.isEmpty() ? null : rows.get(0).get("value").toString();
    }

    static WebClient.Page save(WebClient web, String wholeStream, String distribution, String... terms) {
        FormFields form = FormFields.of();
        if (wholeStream != null) {
            form.add("wholeStream", wholeStream);
        }
        form.add("distribution", distribution).addEach("studyTerms", List.of(terms));
        web.get("/online-attestation/settings");
        return web.post("/online-attestation/settings", form);
    }

    record Strategy(String id, LocalizedName name) implements TicketDistributionStrategy {
        @Override
        public boolean studentsChoose() {
            return id.equals("self-select");
        }

        @Override
        public Map<Long, Integer> assign(TicketRequest request) {
            return Map.of();
        }
    }

    @Test
    void thePageOpensOnTheInterimAttestationTabWithTheDefaults() {
        WebClient.Page p = admin.get("/online-attestation/settings");
        assertEquals(200, p.status());
        assertTrue(p.contains("Онлайн аттестаттауды өткізу. Баптаулар"));
        assertTrue(p.contains("aria-current=\"page\" data-tab=\"interim\""));
        assertFalse(p.contains("data-tab=\"final-state\""));
        assertTrue(p.contains("name=\"wholeStream\" value=\"true\" checked"));
        assertTrue(p.contains("<option value=\"random\" selected>"));
        assertTrue(p.contains("<option value=\"all\">Барлығы</option>"));
        assertTrue(p.contains("<option value=\"" + t4 + "\">4 жыл</option>"));
    }

    @Test
    void theShippedDistributionFormsAreListedInTheViewersLanguage() {
        WebClient.Page p = admin.get("/online-attestation/settings");
        assertTrue(p.contains("<option value=\"random\" selected>Билет нөмірлерін кездейсоқ бөлу</option>"),
                p.body());
        assertTrue(p.contains("<option value=\"self-select\">Білім алушылардың өз еркімен таңдауы</option>"));
        assertFalse(p.contains("role=\"alert\""));
        assertEquals(303, save(admin, "true", "self-select", t4).status());
        assertEquals("self-select", stored(AttestationSettings.DISTRIBUTION));
        assertEquals(303, save(admin, "true", "random", t4).status());
        assertEquals("random", stored(AttestationSettings.DISTRIBUTION));
    }

    @Test
    void savingStoresTheThreeSettings() {
        assertEquals(303, save(admin, null, "random", t4, t3).status());
        assertEquals("false", stored(AttestationSettings.WHOLE_STREAM));
        assertEquals("random", stored(AttestationSettings.DISTRIBUTION));
        assertEquals(Set.of(t4, t3), Set.of(stored(AttestationSettings.STUDY_TERMS).split(",")));
        WebClient.Page p = admin.get("/online-attestation/settings?saved=1");
        assertFalse(p.contains("name=\"wholeStream\" value=\"true\" checked"));
        assertTrue(p.contains("<option value=\"" + t4 + "\" selected>4 жыл</option>"));
        assertTrue(p.contains("data-terms-summary>3 жыл, 4 жыл</p>"));
        assertEquals(303, save(admin, "true", "random", "all", t4).status());
        assertEquals("all", stored(AttestationSettings.STUDY_TERMS));
        assertEquals("true", stored(AttestationSettings.WHOLE_STREAM));
    }

    @Test
    void anUnknownStudyTermIsRefusedAndNothingChanges() {
        String before = stored(AttestationSettings.STUDY_TERMS);
        assertEquals(400, save(admin, "true", "random", t4, "NO-SUCH").status());
        assertEquals(before, stored(AttestationSettings.STUDY_TERMS));
    }

    @Test
    void aDistributionFormThatIsNotInstalledIsRefused() {
        String before = stored(AttestationSettings.DISTRIBUTION);
        assertEquals(400, save(admin, "true", "no-such-form").status());
        assertEquals(before, stored(AttestationSettings.DISTRIBUTION));
    }

    @Test
    void aSaveWithoutTheCsrfTokenIsRefused() {
        String before = stored(AttestationSettings.WHOLE_STREAM);
        assertEquals(403, admin.postRaw("/online-attestation/settings", Map.of("distribution", "random", "wholeStream", "false")).status());
        assertEquals(before, stored(AttestationSettings.WHOLE_STREAM));
    }

    @Test
    void aRoleWithoutTheSettingsRightHasNoSettingsPage() {
        WebClient teacher = campus.login(campus.person("Оқытушы", "Баптау", StandardRoles.TEACHER));
        assertEquals(403, teacher.get("/online-attestation/settings").status());
        assertEquals(403, save(teacher, "false", "random").status());
    }

    @Test
    void theSummaryShowsThreeNamesThenPlusN() {
        assertEquals("a, b, c", SettingsResource.summary(List.of("a", "b", "c")));
        assertEquals("a, b, c +2", SettingsResource.summary(List.of("a", "b", "c", "d", "e")));
    }

    @Test
    void theDistributionFormsAreTheInstalledStrategiesInTheViewersLanguage() {
        MemorySettings values = new MemorySettings(AttestationSettings.definitions(), Map.of());
        List<TicketDistributionStrategy> installed = List.of(
                new Strategy("random", new LocalizedName("Кездейсоқ", "Случайно", "Random")),
                new Strategy("self-select", new LocalizedName("Өз еркімен", "Свой выбор", "Own choice")));
        SettingsResource page = new SettingsResource(new AttestationSettings(values), database.mapper(StaffMapper.class),
                () -> installed, () -> true, server.app().service(Translations.class).orElseThrow());
        TestViewer ru = TestViewer.holding(1, Locale.forLanguageTag("ru"), Set.of(OnlineAttestationModule.SETTINGS));
        SettingsResource.Model model = (SettingsResource.Model) page.page(null, ru).model();
        assertEquals(List.of(new SettingsResource.Form("random", "Случайно", true),
                new SettingsResource.Form("self-select", "Свой выбор", false)), model.forms());
        assertEquals("", model.missingForm());
        assertTrue(model.finalStateTab());
        page.save("true", "self-select", List.of(t3), ru);
        assertEquals("self-select", values.saved().get(AttestationSettings.DISTRIBUTION));
        Response refused = page.save("true", "least-used", List.of(), ru);
        assertEquals(400, refused.getStatus());
        RefusedForm shown = (RefusedForm) refused.getEntity();
        assertEquals(Optional.of("distribution"), shown.errors().get(0).field());
        assertEquals("self-select", values.text(AttestationSettings.DISTRIBUTION));
    }
}
