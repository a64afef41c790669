package kz.sabaq.core.cli;

import java.util.ArrayList;
import java.util.List;
import kz.sabaq.core.boot.Databases;
import kz.sabaq.core.db.Database;
import kz.sabaq.core.db.Migrations;

public final class MigrateCommand implements Command {

    @Override
    public String name() {
        return "migrate";
    }

    @Override
    public String summary() {
        return "apply core's database migrations (plugins migrate when the server starts)";
    }

    @Override
    public String help() {
        return """
                Usage: ./sabaq migrate [--config FILE] [--profile ID]

                Applies core's pending Flyway migrations to the configured database and exits.
                Each enabled plugin's migrations run, in dependency order, when `./sabaq run`
                starts it.
                """;
    }

    @Override
    public int run(CliContext cli, List<String> args) throws Exception {
        List<AutoCloseable> closeables = new ArrayList<>();
        try {
            Database db = Databases.open(cli.config(), closeables);
            int applied = new Migrations(db.dataSource()).migrate("core", "db/migration/core", getClass().getClassLoader());
            cli.out().println("core: " + applied + " migration(s) applied");
            return 0;
        } finally {
            for (int i = closeables.size() - 1; i >= 0; i--) {
                closeables.get(i).close();
            }
        }
    }
}
