package kz.sabaq.bench.crash;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;

/**
 * The Sabaq server as a child process, {@code java … kz.sabaq.core.Main run --config FILE}, with
 * the bench JVM's own class path, so that {@link #kill()} can end it as a crash does: SIGKILL, no
 * shutdown hook, nothing flushed. Each start writes its output to {@code server-<n>.log}.
 */
final class ServerProcess implements AutoCloseable {
    /** What {@code ./sabaq run} prints once it serves. */
    static final String READY = "Sabaq is ready at ";
    /** The quick start of {@code ./sabaq run}: a restart after a crash is what is measured, not peak speed. */
    private static final List<String> JVM_OPTIONS = List.of("-Xmx512m", "-XX:+UseSerialGC", "-XX:TieredStopAtLevel=1",
            "-Dorg.slf4j.simpleLogger.defaultLogLevel=warn");
    private static final Duration STOP_LIMIT = Duration.ofSeconds(30);

    private final List<String> command;
    private final Path workDir;
    private final Path logDir;
    private final Duration startLimit;
    private volatile Process process;
    private int starts;

    /** @param workDir the repository root: the server finds {@code plugins/} and {@code themes/} under it */
    ServerProcess(Path workDir, Path configFile, Path logDir, Duration startLimit) {
        this.workDir = workDir;
        this.logDir = logDir;
        this.startLimit = startLimit;
        List<String> c = new ArrayList<>();
        c.add(Path.of(System.getProperty("java.home"), "bin", "java").toString());
        c.addAll(JVM_OPTIONS);
        c.addAll(List.of("-cp", System.getProperty("java.class.path"), "kz.sabaq.core.Main", "run",
                "--config", configFile.toAbsolutePath().toString()));
        this.command = List.copyOf(c);
        // A bench stopped by Ctrl+C must not leave a server behind on its port.
        Runtime.getRuntime().addShutdownHook(new Thread(() -> {
            Process running = process;
            if (running != null) {
                running.destroyForcibly();
            }
        }));
    }

    /** Starts the server and returns once it says it serves; throws if it stops or is not ready in time. */
    void start() throws IOException, InterruptedException {
        Path log = logDir.resolve("server-" + (++starts) + ".log");
        Process started = new ProcessBuilder(command).directory(workDir.toFile()).redirectErrorStream(true).start();
        process = started;
        CompletableFuture<Void> ready = new CompletableFuture<>();
        Thread output = new Thread(() -> copyOutput(started, log, ready), "sabaq-server-output-" + started.pid());
        output.setDaemon(true);
        output.start();
        try {
            ready.get(startLimit.toMillis(), TimeUnit.MILLISECONDS);
        } catch (TimeoutException e) {
            started.destroyForcibly().waitFor();
            throw new IllegalStateException("The server was not ready within " + startLimit.toSeconds() + " s; see " + log);
        } catch (ExecutionException e) {
            throw new IllegalStateException("The server stopped while starting (exit " + started.waitFor() + "); see " + log);
        }
    }

    /** Process id of the running server. */
    long pid() {
        return process.pid();
    }

    /** SIGKILL (that is what {@link Process#destroyForcibly()} sends on Linux); returns the exit status, 137. */
    int kill() throws InterruptedException {
        return process.destroyForcibly().waitFor();
    }

    /** Stops the server as Ctrl+C does (SIGTERM runs its shutdown hook); SIGKILL if it does not stop in time. */
    @Override
    public void close() throws InterruptedException {
        if (process == null || !process.isAlive()) {
            return;
        }
        process.destroy();
        if (!process.waitFor(STOP_LIMIT.toMillis(), TimeUnit.MILLISECONDS)) {
            kill();
        }
    }

    /** Copies the server's output to its log, and completes {@code ready} at its ready line (or when it ends). */
    private static void copyOutput(Process server, Path log, CompletableFuture<Void> ready) {
        try (BufferedReader in = server.inputReader(StandardCharsets.UTF_8);
             Writer out = Files.newBufferedWriter(log, StandardCharsets.UTF_8)) {
            for (String line = in.readLine(); line != null; line = in.readLine()) {
                out.write(line);
                out.write('\n');
                out.flush();
                if (line.contains(READY)) {
                    ready.complete(null);
                }
            }
        } catch (IOException e) {
            ready.completeExceptionally(e);
        }
        ready.completeExceptionally(new IllegalStateException("the server's output ended"));
    }
}
