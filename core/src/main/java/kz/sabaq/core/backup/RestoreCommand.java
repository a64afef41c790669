package kz.sabaq.core.backup;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import java.util.zip.ZipException;
import java.util.zip.ZipFile;
import kz.sabaq.core.cli.CliContext;
import kz.sabaq.core.cli.Command;
import kz.sabaq.core.db.EmbeddedDatabase;
import org.apache.commons.io.FileUtils;

/**
 * {@code ./sabaq restore FILE}: a stopped installation back to a backup's state. What it replaces
 * is first written to a backup of its own, so a restore onto the wrong installation loses nothing.
 */
public final class RestoreCommand implements Command {

    @Override
    public String name() {
        return "restore";
    }

    @Override
    public String summary() {
        return "bring a stopped installation back to the state of a backup archive";
    }

    @Override
    public String help() {
        return """
                Usage: ./sabaq restore FILE [--config FILE] [--profile ID]

                Replaces Sabaq's database and the stored files under the uploads directory with
                those in FILE, an archive written by ./sabaq backup. Stop Sabaq first: with the
                embedded database the command refuses while the server runs; with an external
                database, stop every Sabaq server that uses it.
                When the installation is not empty, what it had is first written to
                backups/before-restore-YYYYMMDD-HHMMSS.zip, so it can be restored in turn.
                Exit codes: 0 restored, 1 failed (the reason is printed), 2 wrong usage.
                """;
    }

    @Override
    public int run(CliContext cli, List<String> args) throws Exception {
        if (args.size() != 1) {
            cli.err().println("Usage: ./sabaq restore FILE   (see --help)");
            return 2;
        }
        Path file = Path.of(args.get(0));
        if (!Files.isRegularFile(file)) {
            cli.err().println("sabaq restore: no such file: " + file);
            return 1;
        }
        List<AutoCloseable> closeables = new ArrayList<>();
        try (ZipFile zip = open(file)) {
            BackupArchive.check(zip);
            DatabaseTarget target = DatabaseTarget.of(cli.config(), closeables, EmbeddedDatabase.Use.EXCLUSIVE);
            Path uploads = Path.of(cli.config().uploadsDir).toAbsolutePath();
            if (hasTables(target) || !BackupArchive.storedFiles(uploads).isEmpty()) {
                Path before = Path.of(cli.config().backupsDir,
                        "before-restore-" + BackupCommand.STAMP.format(cli.clock().instant()) + ".zip");
                BackupArchive.write(before, target, BackupCommand.dump(cli), uploads, cli.clock().instant());
                cli.out().println("What this installation had is kept in " + before.toAbsolutePath() + ".");
            }
            int statements = restoreDatabase(zip, target);
            int files = restoreFiles(zip, uploads);
            cli.out().println("Restored " + file + ": database " + target.database() + " (" + statements
                    + " statements), " + files + " stored file(s).");
            return 0;
        } catch (IOException | SQLException e) {
            cli.err().println("sabaq restore: " + e.getMessage());
            return 1;
        } finally {
            for (int i = closeables.size() - 1; i >= 0; i--) {
                closeables.get(i).close();
            }
        }
    }

    private static ZipFile open(Path file) throws IOException {
        try {
            return new ZipFile(file.toFile());
        } catch (ZipException e) {
            throw new IOException(file + " is not a Sabaq backup (not a zip archive)", e);
        }
    }

    private static boolean hasTables(DatabaseTarget target) throws SQLException {
        try (Connection c = target.connect("");
             ResultSet r = c.createStatement().executeQuery("SELECT COUNT(*) FROM information_schema.tables WHERE table_schema = '"
                     + target.database() + "'")) {
            r.next();
            return r.getInt(1) > 0;
        }
    }

    private static int restoreDatabase(ZipFile zip, DatabaseTarget target) throws IOException, SQLException {
        String name = "`" + target.database() + "`";
        try (Connection c = target.connect(""); Statement s = c.createStatement()) {
            s.execute("DROP DATABASE IF EXISTS " + name);
            s.execute("CREATE DATABASE " + name + " CHARACTER SET utf8mb4 COLLATE utf8mb4_unicode_ci");
        }
        try (Connection c = target.connect(target.database())) {
            return BackupArchive.loadDatabase(zip, c);
        }
    }

    /** Unpacked beside the uploads directory, which is swapped for it only when complete. */
    private static int restoreFiles(ZipFile zip, Path uploads) throws IOException {
        Path restoring = uploads.resolveSibling(uploads.getFileName() + ".restoring");
        FileUtils.deleteDirectory(restoring.toFile());
        Files.createDirectories(restoring);
        int count = BackupArchive.extractFiles(zip, restoring);
        FileUtils.deleteDirectory(uploads.toFile());
        Files.move(restoring, uploads);
        return count;
    }
}
