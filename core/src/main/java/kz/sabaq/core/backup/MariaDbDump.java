package kz.sabaq.core.backup;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.concurrent.CompletableFuture;
import kz.sabaq.core.db.MariaDbBinaries;

/**
 * {@code mariadb-dump} from the embedded distribution: one consistent snapshot of a database,
 * taken in a single transaction while the server keeps serving. The password goes in a 0600
 * options file, not on the command line where any local user could read it.
 */
final class MariaDbDump {
    private final MariaDbBinaries binaries;

    MariaDbDump(MariaDbBinaries binaries) {
        this.binaries = binaries;
    }

    /** Writes the dump of {@code target.database()} to {@code out}, which stays open. */
    void dump(DatabaseTarget target, OutputStream out) throws IOException, InterruptedException {
        Path options = Files.createTempFile("sabaq-dump", ".cnf",
                PosixFilePermissions.asFileAttribute(PosixFilePermissions.fromString("rw-------")));
        try {
            Files.writeString(options, "[client]\nuser=" + target.user() + "\npassword=" + target.password() + "\n");
            ProcessBuilder builder = new ProcessBuilder(binaries.dump().toString(),
                    "--defaults-extra-file=" + options,
                    "--host=" + target.host(), "--port=" + target.port(), "--protocol=TCP",
                    "--single-transaction", "--quick", "--hex-blob", "--triggers", "--no-tablespaces",
                    "--default-character-set=utf8mb4", "--skip-dump-date", target.database());
            builder.environment().putAll(binaries.environment());
            Process process = builder.start();
            CompletableFuture<byte[]> errors = CompletableFuture.supplyAsync(() -> readAll(process.getErrorStream()));
            process.getInputStream().transferTo(out);
            int code = process.waitFor();
            if (code != 0) {
                throw new IOException("mariadb-dump failed (exit " + code + "): "
                        + new String(errors.join(), StandardCharsets.UTF_8).strip());
            }
        } finally {
            Files.deleteIfExists(options);
        }
    }

    private static byte[] readAll(InputStream in) {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        try (in) {
            in.transferTo(bytes);
        } catch (IOException e) {
            bytes.writeBytes(e.toString().getBytes(StandardCharsets.UTF_8));
        }
        return bytes.toByteArray();
    }
}
