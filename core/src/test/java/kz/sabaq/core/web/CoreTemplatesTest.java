package kz.sabaq.core.web;

import java.nio.file.Path;
import kz.sabaq.core.academic.web.AcademicPages;
import kz.sabaq.core.audit.AuditResource;
import kz.sabaq.core.auth.LoginResource;
import kz.sabaq.core.cabinet.CabinetPage;
import kz.sabaq.core.conference.ConferenceResource;
import kz.sabaq.core.auth.PasswordResource;
import kz.sabaq.core.journal.JournalListResource;
import kz.sabaq.core.journal.JournalPage;
import kz.sabaq.core.notify.NotificationResource;
import kz.sabaq.core.plugin.PluginsPage;
import kz.sabaq.core.plugin.SettingsPage;
import kz.sabaq.core.role.RoleListResource;
import kz.sabaq.core.role.RolePage;
import kz.sabaq.core.testing.PageModels;
import kz.sabaq.core.testing.TestServer;
import kz.sabaq.core.user.UserResource;
import kz.sabaq.core.user.UsersResource;
import org.junit.jupiter.api.Test;

/** Every key core's templates read is in the page's model or in what core gives every page; a theme's override too. */
class CoreTemplatesTest {

    static PageModels core(Path templates) {
        return PageModels.in(templates, "core")
                .layout("layout")
                .layout("light-layout")
                .page("error", Errors.ErrorPage.class)
                .page("login", LoginResource.Model.class)
                .page("password", PasswordResource.Model.class)
                .page("notifications", NotificationResource.Model.class)
                .page("users", UsersResource.ListModel.class)
                .page("users-new", UsersResource.NewModel.class)
                .page("users-show", UserResource.Model.class)
                .page("roles", RoleListResource.Model.class)
                .page("roles-edit", RolePage.Model.class)
                .page("plugins", PluginsPage.Model.class)
                .page("plugin-settings", SettingsPage.Model.class)
                .page("audit", AuditResource.Model.class)
                .page("academic-index", AcademicPages.IndexModel.class)
                .page("academic-register", AcademicPages.RegisterModel.class)
                .page("academic-import", AcademicPages.ImportModel.class)
                .page("journal-list", JournalListResource.Model.class)
                .page("journal", JournalPage.Model.class)
                .partial("journal-grades")
                .partial("journal-settings")
                .page("cabinet", CabinetPage.Model.class)
                .page("conference-closed", ConferenceResource.Closed.class);
    }

    @Test
    void everyCoreTemplateReadsOnlyWhatItsModelHas() {
        core(Path.of("src/main/resources/templates")).check();
    }

    @Test
    void theThemesOverridesReadOnlyWhatTheModelsHave() {
        core(Path.of("src/main/resources/templates"))
                .overriddenIn(TestServer.repoRoot().resolve("themes/ekt/templates")).check();
    }
}
