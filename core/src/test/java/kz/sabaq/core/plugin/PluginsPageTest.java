package kz.sabaq.core.plugin;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;

import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import kz.sabaq.api.module.LmsModule;
import kz.sabaq.api.module.MenuEntry;
import kz.sabaq.api.module.ModuleWiring;
import kz.sabaq.api.web.View;
import kz.sabaq.core.i18n.Language;
import kz.sabaq.core.i18n.Messages;
import kz.sabaq.core.testing.TestServer;
import kz.sabaq.core.testing.TestViewer;
import kz.sabaq.core.web.Navigation;
import kz.sabaq.core.web.PageRenderer;
import kz.sabaq.core.web.Templates;
import kz.sabaq.core.web.Theme;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.pf4j.DefaultPluginDescriptor;
import org.pf4j.DefaultPluginManager;
import org.pf4j.PluginManager;
import org.pf4j.PluginState;
import org.pf4j.PluginWrapper;

/** The plugins page names each plugin in the viewer's language, with its version and state. */
class PluginsPageTest {
    /** Only asked for its runtime mode: no plugin is loaded. */
    static final PluginManager MANAGER = new DefaultPluginManager();
    static Messages messages;
    static PageRenderer renderer;
    static PluginsPage page;

    @BeforeAll
    static void load() {
        Theme theme = new Theme(TestServer.repoRoot().resolve("themes"), Theme.DEFAULT);
        messages = new Messages(theme);
        messages.load("core", PluginsPageTest.class.getClassLoader());
        messages.load("plugins-page-test", PluginsPageTest.class.getClassLoader());
        renderer = new PageRenderer(new Templates(theme, PluginsPageTest.class.getClassLoader()), messages,
                new Navigation(), Map.of("en", "Test college"), userId -> 0);
        page = new PluginsPage(messages);
    }

    static PluginWrapper plugin(String id, PluginState state) {
        PluginWrapper wrapper = new PluginWrapper(MANAGER, new DefaultPluginDescriptor(id, "Made to test the page.",
                "org.pf4j.Plugin", "1.2.3", "", "Sabaq", "Apache-2.0"), Path.of(id), PluginsPageTest.class.getClassLoader());
        wrapper.setPluginState(state);
        return wrapper;
    }

    @Test
    void aPluginIsNamedAndDescribedByItsBundleInTheViewersLanguage() {
        PluginsPage.Plugin kazakh = page.card(plugin("demo-plugin", PluginState.STARTED), true, 0, Optional.empty(),
                Language.KK);
        assertEquals("Демо плагин", kazakh.name());
        assertEquals("Сынақ үшін жасалған плагин.", kazakh.description());
        assertNull(kazakh.descriptionLang(), "the description is in the page's language");
    }

    @Test
    void withoutItsTranslationTheDescriptorsDescriptionIsShownMarkedAsEnglish() {
        PluginsPage.Plugin english = page.card(plugin("demo-plugin", PluginState.STARTED), true, 0, Optional.empty(),
                Language.EN);
        assertEquals("Demo plugin", english.name());
        assertEquals("Made to test the page.", english.description());
        assertEquals("en", english.descriptionLang());
        PluginsPage.Plugin unnamed = page.card(plugin("no-bundle", PluginState.STARTED), true, 0, Optional.empty(),
                Language.KK);
        assertEquals("no-bundle", unnamed.name(), "a plugin without a name in its bundle goes by its id");
    }

    @Test
    void withoutANameInItsBundleAPluginGoesByItsModulesMenuEntry() {
        LmsModule module = new LmsModule() {
            @Override
            public String id() {
                return "no-bundle";
            }

            @Override
            public List<MenuEntry> menu() {
                return List.of(new MenuEntry("core.cabinet.title", "/no-bundle", null, 10));
            }

            @Override
            public void wire(ModuleWiring wiring) {
            }
        };
        PluginsPage.Plugin card = page.card(plugin("no-bundle", PluginState.STARTED), true, 0, Optional.of(module),
                Language.RU);
        assertEquals("Личный кабинет", card.name());
        assertEquals(List.of("core.cabinet.title"), card.menu());
    }

    @Test
    void eachCardShowsTheNameVersionAndStateAndAPluginWithoutAModuleListsNothing() {
        List<PluginsPage.Plugin> plugins = List.of(
                page.card(plugin("demo-plugin", PluginState.STARTED), true, 2, Optional.empty(), Language.RU),
                page.card(plugin("no-bundle", PluginState.STOPPED), true, 0, Optional.empty(), Language.RU));
        String html = renderer.render(View.of("core/plugins", "core.plugins.title",
                new PluginsPage.Model(plugins, List.of(), true)), TestViewer.holdingAll(1, Locale.forLanguageTag("ru")),
                "/admin/plugins");
        Document document = Jsoup.parse(html);

        Element demo = document.selectFirst("[data-plugin=demo-plugin]");
        assertEquals("Демо-плагин", demo.selectFirst("[data-plugin-name]").text());
        assertEquals("Плагин для проверки.", demo.selectFirst("[data-plugin-description]").text());
        assertFalse(demo.selectFirst("[data-plugin-description]").hasAttr("lang"));
        assertEquals("1.2.3", demo.attr("data-version"));
        assertEquals("running", demo.attr("data-state"));
        assertEquals("— —", demo.select("dd").eachText().get(0) + " " + demo.select("dd").eachText().get(2),
                "no role modules and no menu entries, not the layout's menu");
        Element off = document.selectFirst("[data-plugin=no-bundle]");
        assertEquals("off", off.attr("data-state"));
        assertEquals("en", off.selectFirst("[data-plugin-description]").attr("lang"));
        assertEquals("Будет включён после перезапуска.", off.selectFirst("[role=status]").text(),
                "chosen but not running: waits for a restart");
    }
}
