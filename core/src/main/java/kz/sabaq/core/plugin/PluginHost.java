package kz.sabaq.core.plugin;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Predicate;
import kz.sabaq.api.module.LmsModule;
import org.pf4j.DefaultPluginManager;
import org.pf4j.ExtensionFinder;
import org.pf4j.LegacyExtensionFinder;
import org.pf4j.PluginDependency;
import org.pf4j.PluginManager;
import org.pf4j.PluginState;
import org.pf4j.PluginStatusProvider;
import org.pf4j.PluginWrapper;
import org.pf4j.RuntimeMode;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Loads PF4J plugins from a directory: jars in deployment mode, {@code <id>/target/classes} in
 * development mode. Which plugins start is decided once, at boot, by {@code enabled}: enabling or
 * disabling is a restart, never a hot swap that leaks class loaders.
 */
public final class PluginHost implements AutoCloseable {
    private static final Logger LOG = LoggerFactory.getLogger(PluginHost.class);

    private final PluginManager manager;

    /**
     * A started module: a plugin's, or one built into the application ({@code plugin} null): core's
     * own features ({@code core}, whose schema is core's) or a test's.
     */
    public record LoadedModule(PluginWrapper plugin, LmsModule module, boolean core) {
        public ClassLoader loader() {
            return plugin == null ? module.getClass().getClassLoader() : plugin.getPluginClassLoader();
        }

        public static LoadedModule builtIn(LmsModule module) {
            return new LoadedModule(null, module, false);
        }

        public static LoadedModule core(LmsModule module) {
            return new LoadedModule(null, module, true);
        }
    }

    public PluginHost(Path dir, boolean development, Predicate<String> enabled) {
        RuntimeMode mode = development ? RuntimeMode.DEVELOPMENT : RuntimeMode.DEPLOYMENT;
        this.manager = new DefaultPluginManager(dir.toAbsolutePath()) {
            @Override
            public RuntimeMode getRuntimeMode() {
                return mode;
            }

            @Override
            protected PluginStatusProvider createPluginStatusProvider() {
                return new DecidedStatus(enabled);
            }

            /**
             * The extensions index alone. PF4J would otherwise, once a plugin has an optional
             * dependency ({@code attendance-qr?}), read every extension class with ASM to honour
             * {@code @Extension(plugins = …)}, which no Sabaq plugin uses.
             */
            @Override
            protected ExtensionFinder createExtensionFinder() {
                LegacyExtensionFinder finder = new LegacyExtensionFinder(this);
                finder.setCheckForExtensionDependencies(false);
                addPluginStateListener(finder);
                return finder;
            }
        };
    }

    /**
     * Loads and starts the enabled plugins; returns their modules in dependency order, optional
     * dependencies included ({@code getPlugins()} is a hash map's order).
     */
    public List<LoadedModule> start() {
        manager.loadPlugins();
        manager.startPlugins();
        for (PluginWrapper plugin : manager.getPlugins()) {
            PluginState state = plugin.getPluginState();
            if (state != PluginState.STARTED && state != PluginState.DISABLED) {
                LOG.warn("Plugin {} is {}: {}", plugin.getPluginId(), state,
                        plugin.getFailedException() == null ? "" : plugin.getFailedException().getMessage());
            }
        }
        List<LoadedModule> modules = new ArrayList<>();
        for (PluginWrapper plugin : started()) {
            for (LmsModule module : manager.getExtensions(LmsModule.class, plugin.getPluginId())) {
                if (!module.id().equals(plugin.getPluginId())) {
                    throw new IllegalStateException("Plugin " + plugin.getPluginId() + " declares module id " + module.id());
                }
                modules.add(new LoadedModule(plugin, module, false));
            }
        }
        return modules;
    }

    /** Extensions of a point (notifiers, auth providers…) from every started plugin. */
    public <T> List<T> extensions(Class<T> point) {
        List<T> found = new ArrayList<>();
        for (PluginWrapper plugin : started()) {
            found.addAll(manager.getExtensions(point, plugin.getPluginId()));
        }
        return found;
    }

    /** Extensions of a point by the id of the started plugin that has them, in start order. */
    public <T> Map<String, List<T>> extensionsByPlugin(Class<T> point) {
        Map<String, List<T>> found = new LinkedHashMap<>();
        for (PluginWrapper plugin : started()) {
            List<T> own = manager.getExtensions(point, plugin.getPluginId());
            if (!own.isEmpty()) {
                found.put(plugin.getPluginId(), own);
            }
        }
        return found;
    }

    /**
     * The started plugins, each after every started plugin it depends on. PF4J's resolver orders
     * by required dependencies only; an optional one ({@code attendance-qr?}) that is started must
     * be wired first too, so its services are there when the dependent plugin wires.
     */
    private List<PluginWrapper> started() {
        Map<String, PluginWrapper> byId = new LinkedHashMap<>();
        manager.getStartedPlugins().forEach(p -> byId.put(p.getPluginId(), p));
        List<PluginWrapper> ordered = new ArrayList<>();
        Set<String> placed = new HashSet<>();
        byId.values().forEach(p -> placeAfterDependencies(p, byId, placed, ordered));
        return ordered;
    }

    private static void placeAfterDependencies(PluginWrapper plugin, Map<String, PluginWrapper> byId,
                                               Set<String> placed, List<PluginWrapper> ordered) {
        if (!placed.add(plugin.getPluginId())) {
            return;
        }
        for (PluginDependency dependency : plugin.getDescriptor().getDependencies()) {
            PluginWrapper needed = byId.get(dependency.getPluginId());
            if (needed != null) {
                placeAfterDependencies(needed, byId, placed, ordered);
            }
        }
        ordered.add(plugin);
    }

    public boolean isStarted(String pluginId) {
        return manager.getStartedPlugins().stream().anyMatch(p -> p.getPluginId().equals(pluginId));
    }

    /** The id of the plugin an extension comes from (e.g. a conference platform's, whose settings it reads). */
    public String pluginOf(Object extension) {
        return manager.whichPlugin(extension.getClass()).getPluginId();
    }

    /** Every plugin found, started or not, for the admin's plugin list. */
    public List<PluginWrapper> all() {
        return manager.getPlugins();
    }

    /** Started plugins that declare no module: they only add extensions to other points. */
    public List<PluginWrapper> startedWithoutModule(List<LoadedModule> modules) {
        return manager.getStartedPlugins().stream()
                .filter(p -> modules.stream().noneMatch(m -> m.plugin() != null && m.plugin().getPluginId().equals(p.getPluginId())))
                .toList();
    }

    @Override
    public void close() {
        // stopPlugins() throws ConcurrentModificationException on some PF4J versions (pf4j#656).
        manager.unloadPlugins();
    }

    private record DecidedStatus(Predicate<String> enabled) implements PluginStatusProvider {
        @Override
        public boolean isPluginDisabled(String pluginId) {
            return !enabled.test(pluginId);
        }

        @Override
        public void disablePlugin(String pluginId) {
            throw new UnsupportedOperationException("Plugins are enabled in the profile or on the admin page");
        }

        @Override
        public void enablePlugin(String pluginId) {
            throw new UnsupportedOperationException("Plugins are enabled in the profile or on the admin page");
        }
    }
}
