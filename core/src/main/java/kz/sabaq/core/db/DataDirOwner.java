package kz.sabaq.core.db;

import java.io.IOException;
import java.io.Reader;
import java.io.Writer;
import java.nio.channels.FileChannel;
import java.nio.channels.FileLock;
import java.nio.channels.OverlappingFileLockException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.StandardOpenOption;
import java.util.Optional;
import java.util.Properties;

/**
 * Which process runs the embedded server of a data directory. The owner holds a lock on
 * {@code sabaq.lock}, which the operating system releases however the process ends (kill -9
 * included), and describes itself in {@code sabaq.owner}: its pid, what it is (the server, or a
 * command) and, once the database is ready, its port. Other commands read that to join a running
 * server; a process that finds the lock free knows that any MariaDB still running there is an orphan.
 */
final class DataDirOwner implements AutoCloseable {
    private final Path home;
    private final FileChannel channel;
    private final FileLock lock;
    private final boolean server;

    /** What {@code sabaq.owner} says about the process holding the lock: a server others may join, or a command. */
    record Owner(long pid, boolean server, int port) {
        boolean ready() {
            return port > 0;
        }
    }

    private DataDirOwner(Path home, FileChannel channel, FileLock lock, boolean server) {
        this.home = home;
        this.channel = channel;
        this.lock = lock;
        this.server = server;
    }

    /** @return empty when another live process owns the data directory */
    static Optional<DataDirOwner> claim(Path home, boolean server) throws IOException {
        FileChannel channel = FileChannel.open(home.resolve("sabaq.lock"), StandardOpenOption.CREATE, StandardOpenOption.WRITE);
        FileLock lock;
        try {
            lock = channel.tryLock();
        } catch (OverlappingFileLockException e) {
            lock = null;
        }
        if (lock == null) {
            channel.close();
            return Optional.empty();
        }
        DataDirOwner owner = new DataDirOwner(home, channel, lock, server);
        owner.describe(0);
        return Optional.of(owner);
    }

    /** The live owner, if another process holds the lock and has described itself. */
    static Optional<Owner> current(Path home) throws IOException {
        Properties p = new Properties();
        try (Reader in = Files.newBufferedReader(home.resolve("sabaq.owner"), StandardCharsets.UTF_8)) {
            p.load(in);
        } catch (NoSuchFileException e) {
            return Optional.empty();
        }
        Owner owner = new Owner(Long.parseLong(p.getProperty("pid")), "server".equals(p.getProperty("purpose")),
                Integer.parseInt(p.getProperty("port", "0")));
        boolean alive = ProcessHandle.of(owner.pid()).map(ProcessHandle::isAlive).orElse(false);
        return alive ? Optional.of(owner) : Optional.empty();
    }

    /** Records the port once the database accepts connections. */
    void ready(int port) throws IOException {
        describe(port);
    }

    private void describe(int port) throws IOException {
        Properties p = new Properties();
        p.setProperty("pid", Long.toString(ProcessHandle.current().pid()));
        p.setProperty("purpose", server ? "server" : "command");
        p.setProperty("port", Integer.toString(port));
        Path partial = home.resolve("sabaq.owner.part");
        try (Writer out = Files.newBufferedWriter(partial, StandardCharsets.UTF_8)) {
            p.store(out, "The process that runs the embedded MariaDB of this directory");
        }
        Files.move(partial, home.resolve("sabaq.owner"), StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
    }

    @Override
    public void close() throws IOException {
        Files.deleteIfExists(home.resolve("sabaq.owner"));
        lock.release();
        channel.close();
    }
}
