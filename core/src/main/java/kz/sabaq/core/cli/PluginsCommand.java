package kz.sabaq.core.cli;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import kz.sabaq.core.audit.Audit;
import kz.sabaq.core.audit.AuditMapper;
import kz.sabaq.core.boot.Databases;
import kz.sabaq.core.db.Database;
import kz.sabaq.core.db.Migrations;
import kz.sabaq.core.plugin.PluginStateMapper;
import kz.sabaq.core.plugin.PluginStates;
import org.pf4j.DefaultPluginManager;
import org.pf4j.PluginManager;
import org.pf4j.PluginWrapper;
import org.pf4j.RuntimeMode;

/** {@code ./sabaq plugins list|enable ID|disable ID}: the same choice the admin page makes. */
public final class PluginsCommand implements Command {

    @Override
    public String name() {
        return "plugins";
    }

    @Override
    public String summary() {
        return "list the installed plugins, or enable / disable one (takes effect at the next start)";
    }

    @Override
    public String help() {
        return """
                Usage: ./sabaq plugins list                [--config FILE] [--profile ID]
                       ./sabaq plugins enable  PLUGIN-ID   [--config FILE] [--profile ID]
                       ./sabaq plugins disable PLUGIN-ID   [--config FILE] [--profile ID]

                list     shows every plugin found in the plugins directory with its version,
                         whether it is enabled, and where that comes from (the institution
                         profile, or an administrator's choice stored in the database).
                enable   turns a plugin on, disable turns it off; the choice is stored in the
                         database, overrides the profile, and takes effect when Sabaq restarts.
                """;
    }

    @Override
    public int run(CliContext cli, List<String> args) throws Exception {
        if (args.isEmpty()) {
            cli.err().print(help());
            return 2;
        }
        List<AutoCloseable> closeables = new ArrayList<>();
        try {
            Database db = Databases.open(cli.config(), closeables);
            new Migrations(db.dataSource()).migrate("core", "db/migration/core", getClass().getClassLoader());
            PluginStateMapper store = db.mapper(PluginStateMapper.class);
            PluginStates states = new PluginStates(store, cli.profile(), new Audit(db.mapper(AuditMapper.class), cli.clock()), cli.clock());
            List<PluginWrapper> found = discover(cli);
            return switch (args.get(0)) {
                case "list" -> list(cli, found, store, states);
                case "enable", "disable" -> choose(cli, args, found, states);
                default -> {
                    cli.err().println("Unknown action: " + args.get(0));
                    cli.err().print(help());
                    yield 2;
                }
            };
        } finally {
            for (int i = closeables.size() - 1; i >= 0; i--) {
                closeables.get(i).close();
            }
        }
    }

    private static int list(CliContext cli, List<PluginWrapper> found, PluginStateMapper store, PluginStates states) {
        if (found.isEmpty()) {
            cli.out().println("No plugins in " + Path.of(cli.config().plugins.dir).toAbsolutePath());
            return 0;
        }
        cli.out().printf("%-28s %-10s %-9s %s%n", "PLUGIN", "VERSION", "ENABLED", "DECIDED BY");
        for (PluginWrapper p : found) {
            String id = p.getPluginId();
            String source = store.enabled(id) != null ? "administrator" : "profile " + cli.profile().id;
            cli.out().printf("%-28s %-10s %-9s %s%n", id, p.getDescriptor().getVersion(), states.enabled(id) ? "yes" : "no", source);
        }
        return 0;
    }

    private static int choose(CliContext cli, List<String> args, List<PluginWrapper> found, PluginStates states) {
        if (args.size() < 2) {
            cli.err().println("Name the plugin: ./sabaq plugins " + args.get(0) + " PLUGIN-ID");
            return 2;
        }
        String id = args.get(1);
        if (found.stream().noneMatch(p -> p.getPluginId().equals(id))) {
            cli.err().println("No plugin '" + id + "' in " + Path.of(cli.config().plugins.dir).toAbsolutePath());
            return 1;
        }
        boolean enable = args.get(0).equals("enable");
        states.choose(id, enable, null);
        cli.out().println(id + (enable ? " enabled" : " disabled") + "; this takes effect when Sabaq restarts.");
        return 0;
    }

    /** Reads the plugin descriptors without starting anything. */
    private static List<PluginWrapper> discover(CliContext cli) {
        RuntimeMode mode = "development".equals(cli.config().plugins.mode) ? RuntimeMode.DEVELOPMENT : RuntimeMode.DEPLOYMENT;
        PluginManager manager = new DefaultPluginManager(Path.of(cli.config().plugins.dir).toAbsolutePath()) {
            @Override
            public RuntimeMode getRuntimeMode() {
                return mode;
            }
        };
        manager.loadPlugins();
        List<PluginWrapper> plugins = List.copyOf(manager.getPlugins());
        manager.unloadPlugins();
        return plugins;
    }
}
