package ma.maharat.benchmark;

import java.io.IOException;
import java.net.BindException;
import java.net.ServerSocket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;

/**
 * Maharat as the benchmarks run it: {@code target/maharat.jar} in a child JVM of its own, on the port
 * and database they choose, its output in a log file. The child can be stopped politely or killed
 * with SIGKILL (the crash test), and started again on the same database.
 */
final class MaharatServer {

    private final Process process;
    private final URI base;
    private final Path log;

    private MaharatServer(Process process, URI base, Path log) {
        this.process = process;
        this.base = base;
        this.log = log;
    }

    /**
     * Starts the jar. {@code environment} holds Maharat's own settings (MAHARAT_DB_URL, MAHARAT_DEMO...);
     * every MAHARAT_* variable of this process is removed first, so only what the caller says counts.
     * {@code jvmOptions}: extra options for the server's JVM separated by spaces, e.g.
     * {@code -XX:StartFlightRecording=filename=target/benchmark/server.jfr} to profile it.
     */
    static MaharatServer start(Path jar, int port, Path log, Map<String, String> environment, String jvmOptions) throws IOException {
        requireFree(port);
        List<String> command = new ArrayList<>(List.of(Path.of(System.getProperty("java.home"), "bin", "java").toString(), "-Xmx1g"));
        if (jvmOptions != null && !jvmOptions.isBlank()) {
            command.addAll(List.of(jvmOptions.strip().split("\\s+")));
        }
        command.addAll(List.of("-jar", jar.toString(), "--port", Integer.toString(port)));
        Files.createDirectories(log.toAbsolutePath().getParent());
        ProcessBuilder builder = new ProcessBuilder(command)
                .redirectErrorStream(true)
                .redirectOutput(ProcessBuilder.Redirect.appendTo(log.toFile()));
        builder.environment().keySet().removeIf(name -> name.startsWith("MAHARAT_"));
        environment.forEach((name, value) -> {
            if (value != null && !value.isEmpty()) {
                builder.environment().put(name, value);
            }
        });
        System.out.println("Starting Maharat on port " + port + " (log: " + log + ")");
        return new MaharatServer(builder.start(), URI.create("http://127.0.0.1:" + port + "/"), log);
    }

    /** Another server on the port would be measured instead of ours, and without a word: refuse at once. */
    static void requireFree(int port) throws IOException {
        try (ServerSocket probe = new ServerSocket(port)) {
            probe.setReuseAddress(true);
        } catch (BindException e) {
            throw new IllegalStateException("Port " + port + " is in use by another process; choose another with -Dbenchmark.port=", e);
        }
    }

    URI base() {
        return base;
    }

    long pid() {
        return process.pid();
    }

    Path log() {
        return log;
    }

    /**
     * Waits until the health check says ready and the sign-in page answers.
     *
     * @return how long it took
     */
    Duration waitUntilReady(Duration limit) throws InterruptedException {
        HttpClient client = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(2)).build();
        long start = System.nanoTime();
        long deadline = start + limit.toNanos();
        while (System.nanoTime() < deadline) {
            if (!process.isAlive()) {
                throw new IllegalStateException("Maharat stopped while starting (exit " + process.exitValue() + "), see " + log);
            }
            try {
                HttpResponse<Void> ready = client.send(HttpRequest.newBuilder(base.resolve("/health/ready"))
                        .timeout(Duration.ofSeconds(10)).build(), HttpResponse.BodyHandlers.discarding());
                HttpResponse<Void> login = client.send(HttpRequest.newBuilder(base.resolve("/login.xhtml"))
                        .timeout(Duration.ofSeconds(10)).build(), HttpResponse.BodyHandlers.discarding());
                if (ready.statusCode() == 200 && login.statusCode() == 200) {
                    return Duration.ofNanos(System.nanoTime() - start);
                }
            } catch (IOException notYet) {
                // still starting
            }
            Thread.sleep(500);
        }
        throw new IllegalStateException("Maharat did not become ready in " + limit.toSeconds() + " s, see " + log);
    }

    /** SIGKILL, as a power cut or the OOM killer would: no shutdown hook, no flush, no goodbye. */
    void kill() throws InterruptedException {
        process.destroyForcibly();
        process.waitFor();
    }

    /** SIGTERM, then SIGKILL after 30 s. */
    void stop() throws InterruptedException {
        process.destroy();
        if (!process.waitFor(30, TimeUnit.SECONDS)) {
            kill();
        }
    }

    static void deleteRecursively(Path folder) throws IOException {
        if (!Files.exists(folder)) {
            return;
        }
        try (var paths = Files.walk(folder)) {
            for (Path path : paths.sorted(Comparator.reverseOrder()).toList()) {
                Files.delete(path);
            }
        }
    }
}
