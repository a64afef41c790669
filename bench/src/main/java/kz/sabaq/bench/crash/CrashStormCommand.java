package kz.sabaq.bench.crash;

import java.io.PrintStream;
import java.nio.file.Path;
import java.util.List;
import kz.sabaq.bench.target.InProcessServer;
import kz.sabaq.core.config.ConfigException;
import kz.sabaq.core.db.DatabaseUnavailable;
import kz.sabaq.core.db.EmbeddedDatabase;

/**
 * {@code ./sabaq bench crash-storm [options]}: a fresh MariaDB under {@code --data}, run by the
 * bench itself (so it outlives every crash of the server) or, with {@code --embedded}, by the
 * server; then the {@link CrashStorm}.
 */
public final class CrashStormCommand {
    public static final String NAME = "crash-storm";
    private static final String DATABASE = "sabaq";

    public static int run(List<String> args, PrintStream out, PrintStream err) {
        StormOptions options;
        try {
            options = StormOptions.parse(args);
        } catch (IllegalArgumentException e) {
            err.println("sabaq bench crash-storm: " + e.getMessage() + "   (./sabaq bench crash-storm --help)");
            return 2;
        }
        if (options.help()) {
            out.print(StormOptions.HELP);
            return 0;
        }
        try {
            InProcessServer.clearData(options.dataDir());
            Path mariadbHome = options.dataDir().resolve("mariadb");
            if (options.embedded()) {
                return storm(options, StormDatabase.embedded(mariadbHome), out);
            }
            out.println("Starting a fresh MariaDB for the storm under " + options.dataDir() + "…");
            try (EmbeddedDatabase mariadb = EmbeddedDatabase.start(mariadbHome, 0)) {
                mariadb.createDatabase(DATABASE);
                return storm(options, StormDatabase.external("MariaDB run by the bench on port " + mariadb.port(),
                        mariadb.jdbcUrl(DATABASE), mariadb.application().user(), mariadb.application().password()), out);
            }
        } catch (IllegalArgumentException | ConfigException | DatabaseUnavailable e) {
            err.println("sabaq bench crash-storm: " + e.getMessage());
            return 2;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            err.println("sabaq bench crash-storm: interrupted");
            return 1;
        } catch (Exception e) {
            err.println("sabaq bench crash-storm failed");
            e.printStackTrace(err);
            return 1;
        }
    }

    private static int storm(StormOptions options, StormDatabase database, PrintStream out) throws Exception {
        CrashStorm.Result result = new CrashStorm(options, database, Path.of("").toAbsolutePath(), out).run();
        out.print(StormReport.text(result));
        return result.passed() ? 0 : 1;
    }

    private CrashStormCommand() {
    }
}
