package ma.maharat.benchmark;

import java.io.IOException;
import java.net.CookieManager;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicLong;
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
    record Result(String name, long requests, long errors, double seconds, long p50Micros, long p95Micros, long p99Micros, int bytes) {
        double perSecond() {
            return requests / seconds;
        }
    }

    private static final Pattern VIEW_STATE = Pattern.compile("name=\"jakarta.faces.ViewState\"[^>]*value=\"([^\"]+)\"");
    private static final String[] DEMO_TRAINEES = {"fatima.zahra", "khadija.elidrissi", "aicha.benali", "mariam.ouali",
        "salma.lahlou", "hind.amrani", "naima.belkadi", "brahim.sbai", "zineb.tazi"};

    public static void main(String[] args) throws Exception {
        Settings settings = Settings.fromSystemProperties();
        Files.createDirectories(settings.work());
        Process server = startServer(settings);
        try {
            URI base = URI.create("http://127.0.0.1:" + settings.port() + "/");
            waitUntilReady(base);
            new LessonPageBenchmark().run(settings, base);
        } finally {
            server.destroy();
            server.waitFor();
        }
    }

    private static Process startServer(Settings settings) throws IOException {
        Path database = settings.work().resolve("db");
        deleteRecursively(database);
        List<String> command = new ArrayList<>(List.of(Path.of(System.getProperty("java.home"), "bin", "java").toString(), "-Xmx1g"));
        // e.g. -Dbenchmark.serverJvmOptions="-XX:StartFlightRecording=filename=target/benchmark/server.jfr" to profile
        String extraOptions = System.getProperty("benchmark.serverJvmOptions", "").strip();
        if (!extraOptions.isEmpty()) {
            command.addAll(List.of(extraOptions.split("\\s+")));
        }
        command.addAll(List.of("-jar", settings.jar().toString(), "--port", Integer.toString(settings.port())));
        ProcessBuilder builder = new ProcessBuilder(command)
                .redirectErrorStream(true)
                .redirectOutput(settings.work().resolve("server.log").toFile());
        builder.environment().put("MAHARAT_EMBEDDED_DB_DIR", database.toAbsolutePath().toString());
        builder.environment().put("MAHARAT_ADMIN_PASSWORD", "benchmark-admin-1");
        builder.environment().put("MAHARAT_DEMO", "true");
        builder.environment().remove("MAHARAT_DB_URL");
        System.out.println("Starting Maharat on port " + settings.port() + " (log: " + settings.work().resolve("server.log") + ")");
        return builder.start();
    }

    private static void waitUntilReady(URI base) throws InterruptedException {
        HttpClient client = HttpClient.newHttpClient();
        long deadline = System.nanoTime() + Duration.ofMinutes(5).toNanos();
        while (System.nanoTime() < deadline) {
            try {
                HttpResponse<String> ready = client.send(HttpRequest.newBuilder(base.resolve("/health/ready")).build(),
                        HttpResponse.BodyHandlers.ofString());
                HttpResponse<String> login = client.send(HttpRequest.newBuilder(base.resolve("/login.xhtml")).build(),
                        HttpResponse.BodyHandlers.ofString());
                if (ready.statusCode() == 200 && login.statusCode() == 200) {
                    return;
                }
            } catch (IOException notYet) {
                // still starting
            }
            Thread.sleep(1000);
        }
        throw new IllegalStateException("Maharat did not become ready in 5 minutes");
    }

    private void run(Settings settings, URI base) throws Exception {
        System.out.printf("Signing in %d trainees (one session each)...%n", settings.trainees());
        List<String> sessions = signIn(base, settings.trainees());
        HttpClient client = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1).build();
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

    /** @return one session cookie header per simulated trainee */
    private static List<String> signIn(URI base, int count) throws Exception {
        ExecutorService pool = Executors.newFixedThreadPool(4);
        try {
            List<CompletableFuture<String>> futures = new ArrayList<>();
            for (int i = 0; i < count; i++) {
                String username = DEMO_TRAINEES[i % DEMO_TRAINEES.length];
                futures.add(CompletableFuture.supplyAsync(() -> signIn(base, username), pool));
            }
            List<String> sessions = new ArrayList<>();
            for (CompletableFuture<String> future : futures) {
                sessions.add(future.get());
            }
            return sessions;
        } finally {
            pool.shutdown();
        }
    }

    private static String signIn(URI base, String username) {
        CookieManager cookies = new CookieManager();
        HttpClient client = HttpClient.newBuilder().cookieHandler(cookies).version(HttpClient.Version.HTTP_1_1)
                .followRedirects(HttpClient.Redirect.NEVER).build();
        try {
            String page = fetch(client, null, base.resolve("/login.xhtml")).body();
            Matcher viewState = VIEW_STATE.matcher(page);
            if (!viewState.find()) {
                throw new IllegalStateException("No view state on the sign-in page");
            }
            String form = "login=login&submit=&username=" + enc(username) + "&password=" + enc("maharat-demo")
                    + "&jakarta.faces.ViewState=" + enc(viewState.group(1).replace("&#58;", ":"));
            HttpResponse<String> response = client.send(HttpRequest.newBuilder(base.resolve("/login.xhtml"))
                    .header("Content-Type", "application/x-www-form-urlencoded").POST(HttpRequest.BodyPublishers.ofString(form)).build(),
                    HttpResponse.BodyHandlers.ofString());
            if (response.statusCode() != 302) {
                throw new IllegalStateException("Sign-in of " + username + " answered " + response.statusCode());
            }
            return cookies.getCookieStore().getCookies().stream().filter(c -> c.getName().equals("MAHARAT_SESSION"))
                    .map(c -> c.getName() + "=" + c.getValue()).findFirst().orElseThrow();
        } catch (IOException e) {
            throw new IllegalStateException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
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
        AtomicLong errors = new AtomicLong();
        long[][] latencies = new long[users.size()][];
        int[] counts = new int[users.size()];
        List<Thread> threads = new ArrayList<>();
        for (int u = 0; u < users.size(); u++) {
            int user = u;
            latencies[user] = new long[1024];
            HttpRequest.Builder builder = HttpRequest.newBuilder(target).timeout(Duration.ofSeconds(30)).GET();
            if (users.get(user) != null) {
                builder.header("Cookie", users.get(user));
            }
            HttpRequest request = builder.build();
            Thread thread = new Thread(() -> {
                while (running.get()) {
                    long start = System.nanoTime();
                    try {
                        HttpResponse<byte[]> response = client.send(request, HttpResponse.BodyHandlers.ofByteArray());
                        long micros = (System.nanoTime() - start) / 1_000;
                        boolean ok = response.statusCode() == 200 && response.body().length > expectedBytes / 2;
                        if (measuring.get()) {
                            if (!ok) {
                                countError(errors, "HTTP " + response.statusCode() + ", " + response.body().length + " bytes");
                            } else {
                                if (counts[user] == latencies[user].length) {
                                    latencies[user] = Arrays.copyOf(latencies[user], counts[user] * 2);
                                }
                                latencies[user][counts[user]++] = micros;
                            }
                        }
                    } catch (IOException e) {
                        if (measuring.get()) {
                            countError(errors, e.toString());
                        }
                    } catch (InterruptedException e) {
                        return;
                    }
                }
            }, "user-" + user);
            thread.setDaemon(true);
            threads.add(thread);
            thread.start();
        }
        Thread.sleep(settings.warmUp().toMillis());
        measuring.set(true);
        long start = System.nanoTime();
        Thread.sleep(settings.measure().toMillis());
        measuring.set(false);
        double seconds = (System.nanoTime() - start) / 1e9;
        running.set(false);
        for (Thread thread : threads) {
            thread.join(35_000);
        }
        long total = Arrays.stream(counts).asLongStream().sum();
        long[] all = new long[(int) total];
        int position = 0;
        for (int u = 0; u < users.size(); u++) {
            System.arraycopy(latencies[u], 0, all, position, counts[u]);
            position += counts[u];
        }
        Arrays.sort(all);
        return new Result(name, total, errors.get(), seconds, percentile(all, 50), percentile(all, 95), percentile(all, 99), expectedBytes);
    }

    /** Counts an error and prints the first few, so that a run says what went wrong and not only how often. */
    private static void countError(AtomicLong errors, String what) {
        if (errors.incrementAndGet() <= 5) {
            System.out.println("  error: " + what);
        }
    }

    private static long percentile(long[] sorted, int percent) {
        if (sorted.length == 0) {
            return 0;
        }
        return sorted[Math.min(sorted.length - 1, (int) Math.ceil(percent / 100.0 * sorted.length) - 1)];
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
        out.append("| page | bytes | requests/s | p50 ms | p95 ms | p99 ms | errors |\n|---|---|---|---|---|---|---|\n");
        for (Result result : List.of(lesson, file)) {
            out.append(String.format(Locale.ROOT, "| %s | %d | %.0f | %.1f | %.1f | %.1f | %d |%n", result.name(), result.bytes(),
                    result.perSecond(), result.p50Micros() / 1000.0, result.p95Micros() / 1000.0, result.p99Micros() / 1000.0, result.errors()));
        }
        out.append(String.format(Locale.ROOT, "%nLesson page throughput = %.1f%% of the static file's.%n", 100.0 * lesson.perSecond() / file.perSecond()));
        out.append(String.format(Locale.ROOT, "Used heap: %d MiB before, %d MiB after the lesson phase, %d MiB after the static phase.%n",
                heapBefore >> 20, heapAfterLesson >> 20, heapAfterStatic >> 20));
        return out.toString();
    }

    private static HttpResponse<String> fetch(HttpClient client, String session, URI uri) throws IOException, InterruptedException {
        HttpRequest.Builder request = HttpRequest.newBuilder(uri);
        if (session != null) {
            request.header("Cookie", session);
        }
        return client.send(request.build(), HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
    }

    private static String enc(String value) {
        return URLEncoder.encode(value, StandardCharsets.UTF_8);
    }

    private static void deleteRecursively(Path folder) throws IOException {
        if (!Files.exists(folder)) {
            return;
        }
        try (var paths = Files.walk(folder)) {
            for (Path path : paths.sorted(java.util.Comparator.reverseOrder()).toList()) {
                Files.delete(path);
            }
        }
    }
}
