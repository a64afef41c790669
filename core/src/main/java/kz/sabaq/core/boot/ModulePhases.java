package kz.sabaq.core.boot;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import kz.sabaq.api.grading.GradingScale;
import kz.sabaq.api.grading.GradingScales;
import kz.sabaq.api.module.LmsModule;
import kz.sabaq.api.module.StartedModules;
import kz.sabaq.core.access.RoleMapper;
import kz.sabaq.core.access.RoleSetup;
import kz.sabaq.core.db.Migrations;
import kz.sabaq.core.grading.ScaleRegistry;
import kz.sabaq.core.plugin.PluginHost.LoadedModule;
import kz.sabaq.core.setting.SettingProblem;
import kz.sabaq.core.web.ModuleRoot;

/** The phases every module goes through, core's and the plugins' alike: declare, wire, started. */
final class ModulePhases {

    /** Core's modules, then the application's own (tests), then the started plugins in dependency order. */
    static List<LoadedModule> inOrder(List<LmsModule> core, List<LmsModule> builtIn, List<LoadedModule> plugins) {
        List<LoadedModule> modules = new ArrayList<>();
        core.forEach(m -> modules.add(LoadedModule.core(m)));
        builtIn.forEach(m -> modules.add(LoadedModule.builtIn(m)));
        modules.addAll(plugins);
        return List.copyOf(modules);
    }

    /**
     * Migrates each module's schema (core's is migrated with the infrastructure), loads its texts and
     * templates, and adds its role modules, menu and settings; then the grading scales, and the
     * roles' defaults for role modules seen for the first time.
     */
    static void declare(Infrastructure core, List<LoadedModule> modules, Map<String, GradingScale> builtInScales) {
        for (LoadedModule m : modules) {
            String id = m.module().id();
            if (!m.core()) {
                new Migrations(core.database().dataSource()).migrate(id, m.module().migrationLocation(), m.loader());
            }
            m.module().bundles().forEach(bundle -> core.messages().load(bundle, m.loader()));
            core.templates().registerComponent(id, m.loader());
            core.components().put(id, m.loader());
            m.module().roleModules().forEach(core.catalog()::add);
            core.navigation().add(m.module().menu());
            core.settings().declare(id, m.module().settings());
            core.settings().together(id, values -> SettingProblem.of(m.module().refuse(values)));
        }
        // Plugins that only add extensions (a ticket strategy, a conference platform) have no module
        // to name bundles; their texts (e.g. conference field labels) are in the bundle named by their id.
        core.plugins().startedWithoutModule(modules)
                .forEach(p -> core.messages().load(p.getPluginId(), p.getPluginClassLoader()));
        core.wiring().provide(GradingScales.class, scales(core, builtInScales));
        new RoleSetup(core.database().mapper(RoleMapper.class), core.database().mapper(RoleSetup.DefaultsMapper.class),
                core.database(), core.clock()).apply(core.catalog().modules());
    }

    /** The plugins' scales, then the application's own by the plugin id they stand in for. */
    private static ScaleRegistry scales(Infrastructure core, Map<String, GradingScale> builtInScales) {
        Map<String, List<GradingScale>> byOwner = new LinkedHashMap<>(core.plugins().extensionsByPlugin(GradingScale.class));
        builtInScales.forEach((owner, scale) -> {
            core.messages().load(owner, scale.getClass().getClassLoader());
            byOwner.put(owner, List.of(scale));
        });
        return new ScaleRegistry(byOwner, core.settings());
    }

    /** Wires each module in order; returns the resources each registered, by module id. */
    static Map<String, List<Object>> wire(Infrastructure core, List<LoadedModule> modules) {
        Map<String, List<Object>> resources = new LinkedHashMap<>();
        for (LoadedModule m : modules) {
            List<Object> own = new ArrayList<>();
            resources.put(m.module().id(), own);
            m.module().wire(core.wiring().forModule(new ModuleRoot(m.module().id(), m.module().root()), own));
        }
        return resources;
    }

    /**
     * The paths modules moved from, each to its new path; refuses a new path outside its module's
     * root, and an old path inside another module's root (it would shadow that module's routes).
     */
    static Map<String, String> movedPaths(List<LoadedModule> modules) {
        List<ModuleRoot> roots = modules.stream().map(m -> new ModuleRoot(m.module().id(), m.module().root())).toList();
        Map<String, String> moved = new LinkedHashMap<>();
        for (int i = 0; i < modules.size(); i++) {
            ModuleRoot own = roots.get(i);
            modules.get(i).module().movedPaths().forEach((from, to) -> {
                if (!own.contains(to)) {
                    throw new IllegalStateException(own.moduleId() + " moves " + from + " to " + to
                            + ", outside its root " + own.path());
                }
                roots.stream().filter(r -> !r.path().equals("/") && r.contains(from)).findFirst().ifPresent(r -> {
                    throw new IllegalStateException(own.moduleId() + " moves " + from + ", which is under "
                            + r.moduleId() + "'s root " + r.path());
                });
                moved.put(from, to);
            });
        }
        return moved;
    }

    /** Tells each module, in order, that every module is wired. */
    static void started(Infrastructure core, List<LoadedModule> modules) {
        StartedModules started = core.wiring().started(modules.stream().map(m -> m.module().id()).toList());
        modules.forEach(m -> m.module().started(started));
    }

    private ModulePhases() {
    }
}
