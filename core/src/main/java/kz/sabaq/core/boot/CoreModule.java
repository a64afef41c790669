package kz.sabaq.core.boot;

import java.util.List;
import kz.sabaq.api.access.RoleModule;
import kz.sabaq.api.module.LmsModule;
import kz.sabaq.core.academic.AcademicModule;
import kz.sabaq.core.account.AccountModule;
import kz.sabaq.core.admin.AdministrationModule;
import kz.sabaq.core.conference.ConferenceModule;
import kz.sabaq.core.journal.JournalAccess;
import kz.sabaq.core.journal.JournalModule;

/** Core's own features, each a module built into the application, and the capabilities they share. */
public final class CoreModule {
    public static final String ADMIN_VIEW = "core:admin.view";
    public static final String ADMIN_EDIT = "core:admin.edit";
    public static final String ACADEMIC_VIEW = "core:academic.view";
    public static final String ACADEMIC_EDIT = "core:academic.edit";

    /** The role modules of core's modules, for commands that set roles up without starting the server. */
    public static List<RoleModule> roleModules() {
        return List.of(AdministrationModule.ADMINISTRATION, AcademicModule.REGISTRY, JournalAccess.roleModule());
    }

    /** Core's modules over the opened infrastructure, in the order they are declared and wired. */
    static List<LmsModule> modules(Infrastructure core) {
        return List.of(
                new AdministrationModule(core.roles(), core.catalog(), core.messages(), core.hasher(), core.sessions(),
                        core.zone(), new AdministrationModule.Plugins(core.plugins(), core.pluginModules(),
                        core.pluginChoices(), core.settings())),
                new AcademicModule(core.database(), core.messages(), core.catalog(), core.staffUnits(), core.zone()),
                new JournalModule(core.database(), core.messages(), core.zone(), core.wiring()::journalOptions),
                new AccountModule(new AccountModule.Shared(core.sessions(), core.cookies(), core.hasher(),
                        core.navigation(), core.messages(), core.notifications()), core.config().loginThrottle,
                        core.zone(), core.wiring()::todaySources),
                new ConferenceModule(platform -> core.settings().of(core.plugins().pluginOf(platform)), core.zone()));
    }

    private CoreModule() {
    }
}
