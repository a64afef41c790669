package kz.sabaq.core.testing;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.net.ServerSocket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;

/**
 * {@code ./sabaq run} as a real separate process (what a kill -9 or a SIGTERM needs), on loopback
 * ports of its own, with its installation (embedded database, uploads) under one directory.
 * Every wait is bounded and ends on a condition: a line of its output, its exit.
 */
public final class SabaqProcess implements AutoCloseable {
    private static final Duration START = Duration.ofMinutes(3);
    private static final Duration STOP = Duration.ofMinutes(2);

    private final Process process;
    private final int port;
    private final StringBuffer output = new StringBuffer();
    private final CompletableFuture<Boolean> readyLine = new CompletableFuture<>();

    private SabaqProcess(Process process, int port) {
        this.process = process;
        this.port = port;
    }

    /**
     * Writes {@code dir/sabaq.yaml} for an installation under {@code dir}: the embedded database in
     * {@code dir/data/mariadb}, uploads in {@code dir/data/uploads}, backups in {@code dir/backups}, no plugins, a profile without the demo.
     */
    public static Path install(Path dir) throws IOException {
        Path profiles = Files.createDirectories(dir.resolve("institutions"));
        Files.writeString(profiles.resolve("plain.yaml"), "name:\n  en: Process test college\ndemo: false\n");
        Files.createDirectories(dir.resolve("plugins"));
        int port = freePort();
        Path config = dir.resolve("sabaq.yaml");
        Files.writeString(config, """
                server:
                  host: 127.0.0.1
                  port: %d
                  publicUrl: http://127.0.0.1:%d
                database:
                  embedded: true
                  dataDir: %s
                  embeddedPort: 0
                plugins:
                  dir: %s
                profile: plain
                profilesDir: %s
                themesDir: %s
                uploadsDir: %s
                backupsDir: %s
                """.formatted(port, port, dir.resolve("data/mariadb"), dir.resolve("plugins"), profiles,
                TestServer.repoRoot().resolve("themes"), dir.resolve("data/uploads"), dir.resolve("backups")));
        return config;
    }

    /** Starts {@code Main run} with this test's classpath and waits until it says it is ready. */
    public static SabaqProcess start(Path config) throws IOException {
        String java = ProcessHandle.current().info().command().orElse("java");
        Process process = new ProcessBuilder(java, "-Xmx512m", "-XX:TieredStopAtLevel=1", "-cp",
                System.getProperty("java.class.path"), "kz.sabaq.core.Main", "run", "--config", config.toString())
                .redirectErrorStream(true)
                .start();
        String yaml = Files.readString(config);
        int port = Integer.parseInt(yaml.replaceAll("(?s).*?port: (\\d+).*", "$1"));
        SabaqProcess sabaq = new SabaqProcess(process, port);
        sabaq.awaitReady();
        return sabaq;
    }

    /** Reads the output on its own thread; completes {@code readyLine} with true at the ready line, false at the end. */
    private void awaitReady() {
        Thread reader = new Thread(() -> {
            try (BufferedReader lines = new BufferedReader(new InputStreamReader(process.getInputStream(), StandardCharsets.UTF_8))) {
                String line;
                while ((line = lines.readLine()) != null) {
                    output.append(line).append('\n');
                    if (line.startsWith("Sabaq is ready")) {
                        readyLine.complete(true);
                    }
                }
            } catch (IOException e) {
                output.append(e).append('\n');
            }
            readyLine.complete(false);
        }, "sabaq-process-output");
        reader.setDaemon(true);
        reader.start();
        try {
            if (!readyLine.get(START.toSeconds(), TimeUnit.SECONDS)) {
                throw new IllegalStateException("Sabaq exited before it was ready:\n" + output);
            }
        } catch (TimeoutException | ExecutionException | InterruptedException e) {
            process.destroyForcibly();
            throw new IllegalStateException("Sabaq was not ready within " + START + ":\n" + output, e);
        }
    }

    /** The status of {@code GET path}: proof that the server answers. */
    public int get(String path) throws IOException, InterruptedException {
        HttpClient client = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(10)).build();
        HttpRequest request = HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + port + path))
                .timeout(Duration.ofSeconds(30)).build();
        return client.send(request, HttpResponse.BodyHandlers.discarding()).statusCode();
    }

    public long pid() {
        return process.pid();
    }

    /** SIGTERM, as Ctrl+C or a service manager stops it; returns the exit code. */
    public int terminate() throws InterruptedException {
        process.destroy();
        return awaitExit();
    }

    /** SIGKILL: no shutdown hook runs. */
    public void kill() throws InterruptedException {
        process.destroyForcibly();
        awaitExit();
    }

    private int awaitExit() throws InterruptedException {
        if (!process.waitFor(STOP.toSeconds(), TimeUnit.SECONDS)) {
            process.destroyForcibly();
            throw new IllegalStateException("Sabaq did not exit within " + STOP + ":\n" + output);
        }
        return process.exitValue();
    }

    public String output() {
        return output.toString();
    }

    @Override
    public void close() throws InterruptedException {
        if (process.isAlive()) {
            terminate();
        }
    }

    private static int freePort() throws IOException {
        try (ServerSocket socket = new ServerSocket(0)) {
            return socket.getLocalPort();
        }
    }
}
