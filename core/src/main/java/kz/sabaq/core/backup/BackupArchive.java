package kz.sabaq.core.backup;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.sql.Connection;
import java.sql.SQLException;
import java.time.Instant;
import java.util.Enumeration;
import java.util.List;
import java.util.Properties;
import java.util.stream.Stream;
import java.util.zip.ZipEntry;
import java.util.zip.ZipFile;
import java.util.zip.ZipOutputStream;

/**
 * The one file a backup is, a zip: {@code database.sql} (the dump), {@code files/…} (the stored
 * files, as they lie under the uploads directory) and {@code sabaq-backup.properties}.
 */
final class BackupArchive {
    private static final String MANIFEST = "sabaq-backup.properties";
    private static final String DUMP = "database.sql";
    private static final String FILES = "files/";

    record Summary(Path file, int files) {
    }

    /**
     * The database first, then the files: a file uploaded meanwhile is only an extra, and rows
     * never name a file that the archive lacks because it came later. The archive is written to a
     * {@code .part} file and gets its name only when complete.
     */
    static Summary write(Path file, DatabaseTarget target, MariaDbDump dump, Path uploads, Instant at)
            throws IOException, InterruptedException {
        if (Files.exists(file)) {
            throw new FileAlreadyExistsException(file + " already exists; name another file");
        }
        Path absolute = file.toAbsolutePath();
        Files.createDirectories(absolute.getParent());
        Path partial = absolute.resolveSibling(absolute.getFileName() + ".part");
        List<Path> stored;
        try (ZipOutputStream zip = new ZipOutputStream(Files.newOutputStream(partial))) {
            zip.putNextEntry(new ZipEntry(DUMP));
            dump.dump(target, zip);
            zip.closeEntry();
            stored = storedFiles(uploads);
            for (Path f : stored) {
                zip.putNextEntry(new ZipEntry(FILES + uploads.relativize(f).toString().replace('\\', '/')));
                Files.copy(f, zip);
                zip.closeEntry();
            }
            Properties manifest = new Properties();
            manifest.setProperty("format", "1");
            manifest.setProperty("database", target.database());
            manifest.setProperty("files", Integer.toString(stored.size()));
            manifest.setProperty("createdAt", at.toString());
            zip.putNextEntry(new ZipEntry(MANIFEST));
            manifest.store(zip, "Sabaq backup: ./sabaq restore FILE brings a stopped installation back to it");
            zip.closeEntry();
        } catch (IOException | InterruptedException | RuntimeException e) {
            Files.deleteIfExists(partial);
            throw e;
        }
        Files.move(partial, absolute, StandardCopyOption.ATOMIC_MOVE);
        return new Summary(absolute, stored.size());
    }

    /** Complete stored files: an upload still being written is a {@code .part} file. */
    static List<Path> storedFiles(Path uploads) throws IOException {
        if (!Files.isDirectory(uploads)) {
            return List.of();
        }
        try (Stream<Path> all = Files.walk(uploads)) {
            return all.filter(Files::isRegularFile).filter(p -> !p.getFileName().toString().endsWith(".part"))
                    .sorted().toList();
        }
    }

    /** @throws IOException when {@code zip} is not a backup this version can restore */
    static void check(ZipFile zip) throws IOException {
        ZipEntry manifestEntry = zip.getEntry(MANIFEST);
        if (manifestEntry == null || zip.getEntry(DUMP) == null) {
            throw new IOException(zip.getName() + " is not a Sabaq backup (it has no " + MANIFEST + " and " + DUMP + ")");
        }
        Properties manifest = new Properties();
        try (InputStream in = zip.getInputStream(manifestEntry)) {
            manifest.load(in);
        }
        if (!"1".equals(manifest.getProperty("format"))) {
            throw new IOException(zip.getName() + " is a backup of format " + manifest.getProperty("format")
                    + ", which this version of Sabaq cannot restore");
        }
    }

    /** @return the number of statements run */
    static int loadDatabase(ZipFile zip, Connection connection) throws IOException, SQLException {
        try (BufferedReader dump = new BufferedReader(new InputStreamReader(zip.getInputStream(zip.getEntry(DUMP)),
                StandardCharsets.UTF_8))) {
            return SqlScript.run(dump, connection);
        }
    }

    /** Writes the archive's files under {@code dir}; a name that would land outside it is refused. */
    static int extractFiles(ZipFile zip, Path dir) throws IOException {
        int count = 0;
        Path root = dir.toAbsolutePath().normalize();
        for (Enumeration<? extends ZipEntry> entries = zip.entries(); entries.hasMoreElements(); ) {
            ZipEntry entry = entries.nextElement();
            if (!entry.getName().startsWith(FILES) || entry.isDirectory()) {
                continue;
            }
            Path target = root.resolve(entry.getName().substring(FILES.length())).normalize();
            if (!target.startsWith(root)) {
                throw new IOException("The backup names a file outside the uploads directory: " + entry.getName());
            }
            Files.createDirectories(target.getParent());
            try (InputStream in = zip.getInputStream(entry)) {
                Files.copy(in, target);
            }
            count++;
        }
        return count;
    }

    private BackupArchive() {
    }
}
