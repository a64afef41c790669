package kz.sabaq.core.backup;

import java.io.IOException;
import java.nio.file.Path;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;
import kz.sabaq.core.cli.CliContext;
import kz.sabaq.core.cli.Command;
import kz.sabaq.core.db.EmbeddedDatabase;
import kz.sabaq.core.db.MariaDbBinaries;

/** {@code ./sabaq backup [FILE]}: the database and the stored files in one archive, while Sabaq runs. */
public final class BackupCommand implements Command {
    static final DateTimeFormatter STAMP = DateTimeFormatter.ofPattern("yyyyMMdd-HHmmss").withZone(ZoneOffset.UTC);

    @Override
    public String name() {
        return "backup";
    }

    @Override
    public String summary() {
        return "write the database and the stored files to one archive (works while Sabaq runs)";
    }

    @Override
    public String help() {
        return """
                Usage: ./sabaq backup [FILE] [--config FILE] [--profile ID]

                Writes one zip archive with a consistent dump of Sabaq's database, taken in a
                single transaction with mariadb-dump while the server keeps serving, and every
                stored file under the uploads directory. Without FILE it is written to
                backups/sabaq-YYYYMMDD-HHMMSS.zip (backupsDir in config/sabaq.yaml, times in UTC).
                An existing file is never overwritten.

                With the embedded database, a running server's database is used; when Sabaq is
                stopped, the command starts the database itself. ./sabaq restore FILE brings a
                stopped installation back to the archive's state.
                Exit codes: 0 written, 1 failed (the reason is printed), 2 wrong usage.
                """;
    }

    @Override
    public int run(CliContext cli, List<String> args) throws Exception {
        if (args.size() > 1) {
            cli.err().println("Usage: ./sabaq backup [FILE]   (see --help)");
            return 2;
        }
        Path file = args.isEmpty()
                ? Path.of(cli.config().backupsDir, "sabaq-" + STAMP.format(cli.clock().instant()) + ".zip")
                : Path.of(args.get(0));
        List<AutoCloseable> closeables = new ArrayList<>();
        try {
            DatabaseTarget target = DatabaseTarget.of(cli.config(), closeables, EmbeddedDatabase.Use.COMMAND);
            BackupArchive.Summary written = BackupArchive.write(file, target, dump(cli), Path.of(cli.config().uploadsDir),
                    cli.clock().instant());
            cli.out().println("Backup written to " + written.file() + " (database " + target.database() + ", "
                    + written.files() + " stored file(s)).");
            return 0;
        } catch (IOException e) {
            cli.err().println("sabaq backup: " + e.getMessage());
            return 1;
        } finally {
            for (int i = closeables.size() - 1; i >= 0; i--) {
                closeables.get(i).close();
            }
        }
    }

    static MariaDbDump dump(CliContext cli) throws IOException {
        return new MariaDbDump(MariaDbBinaries.unpack(Path.of(cli.config().database.dataDir).resolve("base")));
    }
}
