package kz.sabaq.core.file;

import jakarta.ws.rs.core.Response;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.net.URLEncoder;
import java.nio.channels.FileChannel;
import java.nio.charset.StandardCharsets;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.StandardOpenOption;
import java.security.SecureRandom;
import java.util.Arrays;
import java.util.HexFormat;
import kz.sabaq.api.file.FileStore;
import kz.sabaq.api.file.StoredFile;
import kz.sabaq.api.web.UserError;
import org.apache.tika.Tika;

/**
 * Files of one module under {@code <uploadsDir>/<module>/}, named by 128 random bits and sharded
 * by their first two characters. A file is written to a temporary name and moved into place only
 * when it is complete and within its limit, so a dropped upload leaves nothing behind.
 *
 * <p>{@link #store} returns only once the file is durable: its bytes are flushed to the disk before
 * the move gives it its name, and the directory holding the name is flushed after. The caller
 * commits the row naming the file next, and MariaDB flushes that commit; without these flushes a
 * power cut could keep the row and lose, or empty, the file it names.
 */
public final class LocalFileStore implements FileStore {
    private static final Tika TIKA = new Tika();
    /**
     * How much of an upload its type is told from: the magic bytes of every format an answer or a
     * permit comes in (PDF, images, office documents, which are zips named by their extension,
     * archives, text) lie well inside it. Tika itself would read 64 KB back from the disk and try
     * its every pattern over all of it, a quarter of a 1 MB answer's CPU.
     */
    static final int SNIFFED = 8 * 1024;
    private static final SecureRandom RANDOM = new SecureRandom();

    /** Flushes a file's bytes, or a directory's entries, to the disk. */
    interface Disk {
        void flush(Path fileOrDirectory) throws IOException;
    }

    /** fsync(2) through a read-only channel, which Linux and macOS allow on files and directories alike. */
    private static final Disk FSYNC = path -> {
        try (FileChannel channel = FileChannel.open(path, StandardOpenOption.READ)) {
            channel.force(true);
        }
    };

    private final Path root;
    private final Disk disk;

    public LocalFileStore(Path root) {
        this(root, FSYNC);
    }

    LocalFileStore(Path root, Disk disk) {
        this.root = root;
        this.disk = disk;
    }

    @Override
    public StoredFile store(InputStream content, String name, long maxBytes) {
        String key = newKey();
        Path target = pathOf(key);
        Path partial = target.resolveSibling(key + ".part");
        try {
            createDurably(target.getParent());
            byte[] head = new byte[SNIFFED];
            long size = copyAtMost(content, partial, maxBytes, head);
            if (size > maxBytes) {
                Files.deleteIfExists(partial);
                throw new UserError(413, "core.file.tooLarge", maxBytes / (1024 * 1024));
            }
            if (size == 0) {
                Files.deleteIfExists(partial);
                throw UserError.badRequest("core.file.empty");
            }
            String type = TIKA.detect(size < SNIFFED ? Arrays.copyOf(head, (int) size) : head, cleanName(name));
            disk.flush(partial);
            Files.move(partial, target, StandardCopyOption.ATOMIC_MOVE);
            disk.flush(target.getParent());
            return new StoredFile(key, cleanName(name), type, size);
        } catch (IOException e) {
            deleteQuietly(partial);
            throw new UncheckedIOException("Storing an upload under " + root + " failed", e);
        }
    }

    @Override
    public InputStream open(String key) {
        try {
            return Files.newInputStream(pathOf(key));
        } catch (IOException e) {
            throw UserError.notFound();
        }
    }

    @Override
    public void delete(String key) {
        deleteQuietly(pathOf(key));
    }

    @Override
    public Response download(StoredFile file) {
        String encoded = URLEncoder.encode(file.name(), StandardCharsets.UTF_8).replace("+", "%20");
        String ascii = file.name().replaceAll("[^A-Za-z0-9._-]", "_");
        return Response.ok((jakarta.ws.rs.core.StreamingOutput) out -> copy(file.key(), out))
                .type(file.contentType())
                .header("Content-Disposition", "attachment; filename=\"" + ascii + "\"; filename*=UTF-8''" + encoded)
                .header("X-Content-Type-Options", "nosniff")
                .header("Content-Length", file.size())
                .build();
    }

    private void copy(String key, OutputStream out) throws IOException {
        try (InputStream in = open(key)) {
            in.transferTo(out);
        }
    }

    /** Creates the directory and any missing parents, each parent flushed so the new entry survives a power cut. */
    private void createDurably(Path dir) throws IOException {
        if (Files.isDirectory(dir)) {
            return;
        }
        createDurably(dir.toAbsolutePath().getParent());
        try {
            Files.createDirectory(dir);
        } catch (FileAlreadyExistsException concurrentUpload) {
            return;
        }
        disk.flush(dir.toAbsolutePath().getParent());
    }

    /**
     * Copies until the limit is passed by one byte, so an oversized upload is never read whole,
     * keeping its first bytes in {@code head} for the type's detection.
     */
    private static long copyAtMost(InputStream in, Path to, long maxBytes, byte[] head) throws IOException {
        long total = 0;
        byte[] buffer = new byte[64 * 1024];
        try (OutputStream out = Files.newOutputStream(to)) {
            int n;
            while ((n = in.read(buffer)) != -1) {
                if (total < head.length) {
                    System.arraycopy(buffer, 0, head, (int) total, (int) Math.min(n, head.length - total));
                }
                total += n;
                if (total > maxBytes) {
                    return total;
                }
                out.write(buffer, 0, n);
            }
        }
        return total;
    }

    private Path pathOf(String key) {
        if (!key.matches("[0-9a-f]{32}")) {
            throw UserError.notFound();
        }
        return root.resolve(key.substring(0, 2)).resolve(key);
    }

    private static String newKey() {
        byte[] bytes = new byte[16];
        RANDOM.nextBytes(bytes);
        return HexFormat.of().formatHex(bytes);
    }

    /** The uploader's name without any path, control characters or excess length. */
    static String cleanName(String name) {
        String base = name == null ? "" : name.replace('\\', '/');
        base = base.substring(base.lastIndexOf('/') + 1).replaceAll("\\p{Cntrl}", "").strip();
        if (base.isEmpty()) {
            base = "file";
        }
        return base.length() > 200 ? base.substring(base.length() - 200) : base;
    }

    private static void deleteQuietly(Path path) {
        try {
            Files.deleteIfExists(path);
        } catch (IOException ignored) {
            // A leftover partial file is harmless: it never gets a key anyone can ask for.
        }
    }
}
