package kz.sabaq.systemtest;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeSet;
import kz.sabaq.api.grading.GradingScale;
import kz.sabaq.api.grading.GradingScales;
import kz.sabaq.api.access.StandardRoles;
import kz.sabaq.core.testing.Iins;
import kz.sabaq.core.testing.TestServer;
import kz.sabaq.core.testing.WebClient;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.Test;

class PluginAdministrationTest {

    @Test
    void adminSeesEachPluginWithWhatItContributes() {
        try (TestServer server = AllPlugins.server().start()) {
            WebClient admin = loggedInAdmin(server);
            WebClient.Page page = admin.get("/admin/plugins");
            assertEquals(200, page.status());
            assertTrue(page.contains("id=\"plugin-announcements\""));
            assertTrue(page.contains("Жұмыс істеп тұр"), "running, in Kazakh");
            assertTrue(page.contains("Хабарландырулар"), "its role module, translated by the plugin's own bundle");
            assertTrue(page.contains("data-plugin=\"grading-letter\" data-state=\"running\" data-version=\"0.1.0\""),
                    "a plugin without a module has its state and version too");
            assertTrue(page.contains("<span data-plugin-name>Әріптік баға (балдық-рейтингтік әріптік жүйе)</span>"),
                    "named by its own bundle in the viewer's language");
            assertFalse(page.contains("{active="), "no raw map of the layout's menu under its menu entries");
        }
    }

    @Test
    void everyPluginIsNamedAndDescribedInKazakhAndRussianWithoutFallingBackToEnglish() {
        try (TestServer server = AllPlugins.server().start()) {
            WebClient admin = loggedInAdmin(server);
            Map<String, String> english = descriptions(pluginsPageIn(admin, "en"));
            assertEquals(new TreeSet<>(AllPlugins.ids()), new TreeSet<>(english.keySet()), "a card for every plugin of plugins/");
            for (String lang : List.of("kk", "ru")) {
                Document page = pluginsPageIn(admin, lang);
                assertEquals(lang, page.selectFirst("html").attr("lang"));
                assertEquals(english.keySet(), descriptions(page).keySet());
                List<String> untranslated = new ArrayList<>();
                for (Element card : page.select("[data-plugin]")) {
                    String id = card.attr("data-plugin");
                    Element description = card.selectFirst("[data-plugin-description]");
                    if (description.hasAttr("lang") || description.text().equals(english.get(id))) {
                        untranslated.add(id + ": description " + description.attr("lang") + " " + description.text());
                    }
                    if (card.selectFirst("[data-plugin-name]").text().equals(id)) {
                        untranslated.add(id + ": named by its id");
                    }
                }
                assertEquals(List.of(), untranslated, lang);
            }
        }
    }

    /** The plugins page with the interface switched to the language. */
    private static Document pluginsPageIn(WebClient admin, String lang) {
        assertEquals(303, admin.post("/lang", Map.of("lang", lang, "return", "/admin/plugins")).status());
        WebClient.Page page = admin.get("/admin/plugins");
        assertEquals(200, page.status());
        return Jsoup.parse(page.body());
    }

    /** Each card's description by plugin id, in the page's order. */
    private static Map<String, String> descriptions(Document page) {
        Map<String, String> byId = new LinkedHashMap<>();
        page.select("[data-plugin]").forEach(card ->
                byId.put(card.attr("data-plugin"), card.selectFirst("[data-plugin-description]").text()));
        return byId;
    }

    @Test
    void disablingAPluginTakesEffectAtTheNextRestartAndEnablingBringsItBack() {
        try (TestServer server = AllPlugins.server().start()) {
            WebClient admin = loggedInAdmin(server);
            assertEquals(303, admin.post("/admin/plugins/announcements/state", Map.of("enabled", "false")).status());
            WebClient.Page list = admin.get("/admin/plugins");
            assertTrue(list.contains("Қайта іске қосқаннан кейін ажыратылады."), "the admin is told it waits for a restart");
            assertEquals(200, admin.get("/announcements").status(), "still running until the restart");

            server.restart();
            admin = loggedInAdmin(server, "800101300006");
            assertEquals(404, admin.get("/announcements").status());
            assertFalse(server.app().resources().containsKey("announcements"));

            admin.post("/admin/plugins/announcements/state", Map.of("enabled", "true"));
            server.restart();
            admin = loggedInAdmin(server, "800101300006");
            assertEquals(200, admin.get("/announcements").status());
        }
    }

    @Test
    void anInvalidSettingIsRefusedWithATranslatedMessageAndNothingChanges() {
        try (TestServer server = AllPlugins.server().start()) {
            WebClient admin = loggedInAdmin(server);
            WebClient.Page refused = admin.post("/admin/plugins/announcements/settings",
                    Map.of("s.maxShown", "0", "s.defaultDays", "30"));
            assertEquals(400, refused.status());
            assertTrue(refused.contains("Мән 1–100 аралығында болуы керек."), refused.body());
            WebClient.Page form = admin.get("/admin/plugins/announcements/settings");
            assertTrue(form.contains("name=\"s.maxShown\" type=\"number\" step=\"1\" value=\"10\""), "unchanged default");
            assertTrue(form.contains("name=\"s.defaultDays\" type=\"number\" step=\"1\" value=\"14\""), "the valid field was not saved either");
        }
    }

    @Test
    void aSavedSettingChangesWhatThePluginDoes() {
        try (TestServer server = AllPlugins.server().start()) {
            WebClient admin = loggedInAdmin(server);
            for (int i = 1; i <= 3; i++) {
                admin.post("/announcements", Map.of("title", "Хабар " + i, "body", "", "days", "5"));
            }
            assertEquals(200, admin.post("/admin/plugins/announcements/settings",
                    Map.of("s.maxShown", "2", "s.defaultDays", "14")).status());
            WebClient.Page board = admin.get("/announcements");
            assertTrue(board.contains("Хабар 3") && board.contains("Хабар 2"));
            assertFalse(board.contains("Хабар 1"), "only the two newest are shown");
        }
    }

    @Test
    void theInstitutionProfileSetsTheValueTheAdminCanOverride() {
        try (TestServer server = AllPlugins.server().enable("announcements", Map.of("maxShown", 1)).start()) {
            WebClient admin = loggedInAdmin(server);
            assertTrue(admin.get("/admin/plugins/announcements/settings").contains("name=\"s.maxShown\" type=\"number\" step=\"1\" value=\"1\""));
            admin.post("/admin/plugins/announcements/settings", Map.of("s.maxShown", "7", "s.defaultDays", "14"));
            assertTrue(admin.get("/admin/plugins/announcements/settings").contains("value=\"7\""));
        }
    }

    @Test
    void aGradingScalePluginWithoutAModuleHasItsSettingsFormAndTheSavedBandsCountAtOnce() {
        try (TestServer server = AllPlugins.server().start()) {
            WebClient admin = loggedInAdmin(server);
            assertTrue(admin.get("/admin/plugins").contains("href=\"/admin/plugins/grading-letter/settings\""));
            WebClient.Page form = admin.get("/admin/plugins/grading-letter/settings");
            assertEquals(200, form.status());
            assertTrue(form.contains("A- бағасының ең төменгі балы"), form.body());
            GradingScale letter = server.app().service(GradingScales.class).orElseThrow().find("letter").orElseThrow();
            assertEquals("A-", letter.fromPoints(new BigDecimal("91")).orElseThrow().code());

            Map<String, String> bands = new LinkedHashMap<>();
            letter.settings().forEach(d -> bands.put("s." + d.key(), d.defaultValue()));
            bands.put("s.A-", "92");
            assertEquals(200, admin.post("/admin/plugins/grading-letter/settings", bands).status());
            assertEquals("B+", letter.fromPoints(new BigDecimal("91")).orElseThrow().code());
            assertEquals("A-", letter.fromPoints(new BigDecimal("92")).orElseThrow().code());
            assertEquals(404, admin.get("/admin/plugins/tickets-random/settings").status(), "no settings, no form");
        }
    }

    @Test
    void aTeacherCanNeitherSeeNorChangePlugins() {
        try (TestServer server = AllPlugins.server().start()) {
            String iin = Iins.next();
            server.user(iin, "Оқытушы", "Бір", StandardRoles.TEACHER);
            WebClient teacher = server.client();
            teacher.login(iin);
            assertEquals(403, teacher.get("/admin/plugins").status());
            assertEquals(403, teacher.post("/admin/plugins/announcements/state", Map.of("enabled", "false")).status());
            assertEquals(403, teacher.post("/admin/plugins/announcements/settings", Map.of("s.maxShown", "3")).status());
        }
    }

    private static WebClient loggedInAdmin(TestServer server) {
        String iin = "800101300006";
        server.user(iin, "Әкімші", "Айгүл", StandardRoles.ADMINISTRATOR);
        return loggedInAdmin(server, iin);
    }

    private static WebClient loggedInAdmin(TestServer server, String iin) {
        WebClient admin = server.client();
        assertEquals(303, admin.login(iin).status());
        return admin;
    }
}
