package kz.sabaq.core.admin;

import java.time.ZoneId;
import java.util.List;
import java.util.Map;
import kz.sabaq.api.access.Capability;
import kz.sabaq.api.access.Mode;
import kz.sabaq.api.access.RoleModule;
import kz.sabaq.api.access.StandardRoles;
import kz.sabaq.api.module.LmsModule;
import kz.sabaq.api.module.MenuEntry;
import kz.sabaq.api.module.ModuleWiring;
import kz.sabaq.core.access.CapabilityCatalog;
import kz.sabaq.core.access.RoleBook;
import kz.sabaq.core.access.RoleMapper;
import kz.sabaq.core.audit.AuditMapper;
import kz.sabaq.core.audit.AuditResource;
import kz.sabaq.core.auth.PasswordHasher;
import kz.sabaq.core.auth.SessionStore;
import kz.sabaq.core.boot.CoreModule;
import kz.sabaq.core.i18n.Messages;
import kz.sabaq.core.journal.JournalModule;
import kz.sabaq.core.plugin.PluginAdminResource;
import kz.sabaq.core.plugin.PluginHost;
import kz.sabaq.core.plugin.PluginStates;
import kz.sabaq.core.role.AcademicUnitMapper;
import kz.sabaq.core.role.RoleEditor;
import kz.sabaq.core.role.RoleEditorResource;
import kz.sabaq.core.role.RoleHoldersMapper;
import kz.sabaq.core.role.RoleListResource;
import kz.sabaq.core.role.RolePage;
import kz.sabaq.core.setting.Settings;
import kz.sabaq.core.user.PasswordGenerator;
import kz.sabaq.core.user.UserAccounts;
import kz.sabaq.core.user.UserAdminMapper;
import kz.sabaq.core.user.UserMapper;
import kz.sabaq.core.user.UserResource;
import kz.sabaq.core.user.UsersResource;

/**
 * Core's administration, a module built into the application: users, roles, plugins and their
 * settings, and the audit log.
 */
public final class AdministrationModule implements LmsModule {
    public static final String ID = "core-administration";
    public static final RoleModule ADMINISTRATION = new RoleModule("core.administration", "core.module.administration",
            List.of(Capability.read(CoreModule.ADMIN_VIEW), Capability.edit(CoreModule.ADMIN_EDIT)),
            Map.of(StandardRoles.ADMINISTRATOR, Mode.EDIT));

    /** What the plugin pages administer: the plugins found, the started ones' modules, the choices. */
    public record Plugins(PluginHost host, List<PluginHost.LoadedModule> modules, PluginStates states,
                          Settings settings) {
    }

    private final RoleBook roles;
    private final CapabilityCatalog catalog;
    private final Messages messages;
    private final PasswordHasher hasher;
    private final SessionStore sessions;
    private final ZoneId zone;
    private final Plugins plugins;

    public AdministrationModule(RoleBook roles, CapabilityCatalog catalog, Messages messages, PasswordHasher hasher,
                                SessionStore sessions, ZoneId zone, Plugins plugins) {
        this.roles = roles;
        this.catalog = catalog;
        this.messages = messages;
        this.hasher = hasher;
        this.sessions = sessions;
        this.zone = zone;
        this.plugins = plugins;
    }

    @Override
    public String id() {
        return ID;
    }

    @Override
    public String root() {
        return "/admin";
    }

    @Override
    public List<String> bundles() {
        return List.of("core-roles");
    }

    @Override
    public List<RoleModule> roleModules() {
        return List.of(ADMINISTRATION);
    }

    @Override
    public List<MenuEntry> menu() {
        return List.of(
                new MenuEntry("core.menu.users", "/admin/users", CoreModule.ADMIN_VIEW, 880),
                new MenuEntry("core.menu.roles", "/admin/roles", CoreModule.ADMIN_VIEW, 890),
                new MenuEntry("core.menu.plugins", "/admin/plugins", CoreModule.ADMIN_VIEW, 900),
                new MenuEntry("core.menu.audit", "/admin/audit", CoreModule.ADMIN_VIEW, 910));
    }

    @Override
    public void wire(ModuleWiring w) {
        RoleMapper roleRows = w.mapper(RoleMapper.class);
        AcademicUnitMapper units = w.mapper(AcademicUnitMapper.class);
        RolePage rolePage = new RolePage(catalog, units, messages);
        RoleEditor roleEditor = new RoleEditor(roleRows, roles, catalog, units, w.transactions(), w.audit());
        w.resource(new RoleListResource(roles, roleEditor, rolePage, w.mapper(RoleHoldersMapper.class)));
        w.resource(new RoleEditorResource(roles, roleEditor, rolePage));

        UserMapper users = w.mapper(UserMapper.class);
        UserAdminMapper userAdmin = w.mapper(UserAdminMapper.class);
        UserAccounts accounts = new UserAccounts(users, userAdmin, roleRows, hasher, new PasswordGenerator(), sessions,
                w.transactions(), w.audit(), w.clock());
        UserResource userPage = new UserResource(users, userAdmin, roleRows, accounts, messages);
        w.resource(new UsersResource(userAdmin, accounts, userPage));
        w.resource(userPage);

        w.resource(new PluginAdminResource(plugins.host(), plugins.modules(), plugins.states(), plugins.settings(),
                w.audit(), List.of(JournalModule.ID), messages));
        w.resource(new AuditResource(w.mapper(AuditMapper.class), users, zone, messages));
    }
}
