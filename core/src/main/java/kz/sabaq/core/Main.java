package kz.sabaq.core;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import kz.sabaq.core.academic.importing.ImportCommand;
import kz.sabaq.core.backup.BackupCommand;
import kz.sabaq.core.backup.RestoreCommand;
import kz.sabaq.core.cli.CliContext;
import kz.sabaq.core.cli.Command;
import kz.sabaq.core.cli.MigrateCommand;
import kz.sabaq.core.cli.PluginsCommand;
import kz.sabaq.core.cli.RoutesCommand;
import kz.sabaq.core.cli.RunCommand;
import kz.sabaq.core.cli.UserCommand;
import kz.sabaq.core.config.ConfigException;
import kz.sabaq.core.db.DatabaseUnavailable;
import kz.sabaq.core.web.UndeclaredAccess;

/** {@code ./sabaq <command> [--config FILE] [--profile ID] …}: every subcommand is listed here. */
public final class Main {
    private static final Map<String, Command> COMMANDS = new LinkedHashMap<>();

    static {
        for (Command c : List.of(new RunCommand(), new MigrateCommand(), new ImportCommand(), new UserCommand(),
                new PluginsCommand(), new RoutesCommand(), new BackupCommand(), new RestoreCommand())) {
            COMMANDS.put(c.name(), c);
        }
    }

    public static void main(String[] argv) {
        System.exit(execute(argv));
    }

    public static int execute(String[] argv) {
        List<String> args = new ArrayList<>(List.of(argv));
        if (args.isEmpty() || args.get(0).equals("--help") || args.get(0).equals("help")) {
            usage();
            return args.isEmpty() ? 2 : 0;
        }
        Command command = COMMANDS.get(args.remove(0));
        if (command == null) {
            System.err.println("Unknown command: " + argv[0]);
            usage();
            return 2;
        }
        if (args.contains("--help") || args.contains("-h")) {
            System.out.print(command.help());
            return 0;
        }
        Path config = Path.of(option(args, "--config", "config/sabaq.yaml"));
        String profile = option(args, "--profile", null);
        try {
            return command.run(CliContext.load(config, profile, System.out, System.err), args);
        } catch (ConfigException | DatabaseUnavailable | UndeclaredAccess e) {
            System.err.println("sabaq " + command.name() + ": " + e.getMessage());
            return 1;
        } catch (Exception e) {
            e.printStackTrace();
            return 1;
        }
    }

    /** Removes {@code --name value} from args and returns the value. */
    private static String option(List<String> args, String name, String fallback) {
        int i = args.indexOf(name);
        if (i < 0) {
            return fallback;
        }
        if (i + 1 >= args.size()) {
            throw new IllegalArgumentException(name + " needs a value");
        }
        String value = args.get(i + 1);
        args.remove(i + 1);
        args.remove(i);
        return value;
    }

    private static void usage() {
        System.out.println("Usage: ./sabaq <command> [--config FILE] [--profile ID] [options]   (--help after a command for details)");
        System.out.println();
        COMMANDS.values().forEach(c -> System.out.printf("  %-10s %s%n", c.name(), c.summary()));
        System.out.printf("  %-10s %s%n", "test", "run the whole test suite (Maven)");
        System.out.printf("  %-10s %s%n", "bench", "run a benchmark scenario against a real server");
    }

    private Main() {
    }
}
