package ma.maharat.benchmark;

import jakarta.json.JsonObject;
import java.net.URI;
import java.net.http.HttpClient;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Duration;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Random;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicLong;
import java.util.stream.Collectors;

/**
 * A course's final quiz under load, in two parts, on a MariaDB server that is also measured on its own:
 *
 * <ol>
 * <li><b>Exam session.</b> {@code trainees} simulated trainees, each with her own session, open the
 * quiz page, press Start, open the attempt page, then save an answer every 5–15 s (chosen at random)
 * through the same JSON request as the page's script: first the unanswered questions in order, now and
 * then (one time in five) changing an earlier answer, and once every question is answered, changing
 * answers until the end. One step in ten reloads the attempt page and checks that it shows every
 * acknowledged answer. Afterwards every acknowledged answer is looked up in the database (zero lost
 * answers) and every attempt page is opened once more.</li>
 * <li><b>Saturation.</b> For each level of concurrency, that many clients save answers in a closed
 * loop, each in her own attempt, each save changing the answer so that every save writes; then the
 * same number of JDBC clients INSERT one row and COMMIT in a loop into a scratch table of the same
 * database: the server's raw commit rate, with the same durability settings, in the same run.</li>
 * </ol>
 *
 * <p>Run with {@code ./mvnw -Pbenchmark-quiz verify}; settings as system properties (see {@link Settings}),
 * the database as {@link BenchmarkDatabase} says. Exits with 1 when an acknowledged answer was lost.
 */
public final class QuizLoadBenchmark {

    /** What the run does; every value can be set with -Dbenchmark.NAME=value. */
    record Settings(int trainees, Duration exam, Duration ramp, Duration thinkMin, Duration thinkMax, double reloadShare,
            List<Integer> saturationClients, Duration saturationWarmUp, Duration saturationMeasure, String course, int port,
            Path jar, Path work, String serverJvmOptions, long seed, Duration serverWarmUp) {

        static Settings fromSystemProperties() {
            return new Settings(
                    Integer.getInteger("benchmark.trainees", 300),
                    Duration.ofSeconds(Long.getLong("benchmark.examSeconds", 300)),
                    Duration.ofSeconds(Long.getLong("benchmark.rampSeconds", 30)),
                    Duration.ofSeconds(Long.getLong("benchmark.thinkMinSeconds", 5)),
                    Duration.ofSeconds(Long.getLong("benchmark.thinkMaxSeconds", 15)),
                    Double.parseDouble(System.getProperty("benchmark.reloadShare", "0.1")),
                    Arrays.stream(System.getProperty("benchmark.saturationClients", "16,64,300").split(","))
                            .map(String::strip).filter(s -> !s.isEmpty()).map(Integer::valueOf).toList(),
                    Duration.ofSeconds(Long.getLong("benchmark.saturationWarmUpSeconds", 5)),
                    Duration.ofSeconds(Long.getLong("benchmark.saturationSeconds", 30)),
                    System.getProperty("benchmark.course", "quality"),
                    Integer.getInteger("benchmark.port", 18183),
                    Path.of(System.getProperty("benchmark.jar", "target/maharat.jar")),
                    Path.of(System.getProperty("benchmark.work", "target/benchmark")),
                    System.getProperty("benchmark.serverJvmOptions", ""),
                    Long.getLong("benchmark.seed", 20261129L),
                    Duration.ofSeconds(Long.getLong("benchmark.serverWarmUpSeconds", 60)));
        }
    }

    /** The connections Maharat's pool may hold (MaharatDatabase's maxPoolSize) plus a margin for tools. */
    private static final int SERVER_CONNECTIONS = 32 + 10;

    /** CPU milliseconds used in a measured window by Maharat, the load generator and MariaDB (-1: not readable). */
    record CpuUse(long server, long client, long database) {
        /** "server / client / database" in ms per operation. */
        String perOperation(long operations) {
            return String.format(Locale.ROOT, "%s / %s / %s", per(server, operations), per(client, operations), per(database, operations));
        }

        private static String per(long millis, long operations) {
            return millis < 0 || operations == 0 ? "?" : String.format(Locale.ROOT, "%.2f", (double) millis / operations);
        }
    }

    /** What one measured window did: operations, their rate, the CPU they cost. */
    record Window(long operations, double perSecond, CpuUse cpu) {
    }

    /** One level of the saturation part: answer saves, then raw commits, at the same concurrency. */
    record Level(int clients, Window saveWindow, Latencies saves, Window commitWindow, Latencies commits) {
        double savesPerSecond() {
            return saveWindow.perSecond();
        }

        double commitsPerSecond() {
            return commitWindow.perSecond();
        }
    }

    private final Settings settings;
    private final BenchmarkDatabase database;
    private final HttpClient client = TraineeHttp.newClient();
    private URI base;
    private long serverPid = CpuTime.NONE;
    private long databasePid = CpuTime.NONE;

    private QuizLoadBenchmark(Settings settings, BenchmarkDatabase database) {
        this.settings = settings;
        this.database = database;
    }

    public static void main(String[] args) throws Exception {
        Settings settings = Settings.fromSystemProperties();
        BenchmarkDatabase database = BenchmarkDatabase.fromSystemProperties("maharat_bench");
        Files.createDirectories(settings.work());
        boolean lost = new QuizLoadBenchmark(settings, database).run();
        System.exit(lost ? 1 : 0);
    }

    /** @return whether an acknowledged answer was lost or shown wrong */
    private boolean run() throws Exception {
        List<Integer> levels = settings.saturationClients().stream().map(n -> Math.min(n, settings.trainees())).distinct().toList();
        int clientsAtMost = levels.stream().mapToInt(Integer::intValue).max().orElse(0);
        System.out.println("Database " + database.url() + " (dropped and created afresh)");
        database.recreate();
        Map<String, String> serverSettings = database.serverSettings();
        int maxConnectionsBefore = database.raiseMaxConnections(clientsAtMost + SERVER_CONNECTIONS);
        Path log = settings.work().resolve("quiz-server.log");
        Files.deleteIfExists(log);
        MaharatServer server = MaharatServer.start(settings.jar(), settings.port(), log, Map.of(
                "MAHARAT_DB_URL", database.url(),
                "MAHARAT_DB_USER", database.user(),
                "MAHARAT_DB_PASSWORD", database.password(),
                "MAHARAT_ADMIN_PASSWORD", "benchmark-admin-1",
                "MAHARAT_DEMO", "true"),
                settings.serverJvmOptions());
        try {
            Duration startup = server.waitUntilReady(Duration.ofMinutes(5));
            base = server.base();
            serverPid = server.pid();
            databasePid = database.serverPid();
            System.out.printf("Maharat ready in %d s; adding %d trainees enrolled in %s%n", startup.toSeconds(), settings.trainees(), settings.course());
            List<QuizTrainee> trainees = database.addTrainees(settings.trainees(), "bench.", settings.course()).stream()
                    .map(QuizTrainee::new).toList();
            long signInStart = System.nanoTime();
            List<String> sessions = TraineeHttp.signIn(base, trainees.stream().map(QuizTrainee::username).toList(), TraineeHttp.DEMO_PASSWORD);
            for (int i = 0; i < trainees.size(); i++) {
                trainees.get(i).useSession(sessions.get(i));
            }
            System.out.printf("Signed in %d trainees in %.1f s%n", trainees.size(), (System.nanoTime() - signInStart) / 1e9);

            warmUp(database);
            Exam exam = exam(trainees);
            List<Level> results = new ArrayList<>();
            List<String> saturationLost = new ArrayList<>();
            if (!levels.isEmpty()) {
                List<QuizTrainee> clients = freshAttempts(trainees.subList(0, clientsAtMost));
                for (int level : levels) {
                    Latencies saves = new Latencies("answer saves, " + level + " clients");
                    Window saveWindow = saturate(clients.subList(0, level), saves);
                    Latencies commits = new Latencies("raw commits, " + level + " clients");
                    Window commitWindow = rawCommits(level, commits);
                    results.add(new Level(level, saveWindow, saves, commitWindow, commits));
                    System.out.printf(Locale.ROOT, "  %d clients: %.0f saves/s (p95 %.1f ms), %.0f raw commits/s (p95 %.1f ms)%n", level,
                            saveWindow.perSecond(), saves.percentileMillis(95), commitWindow.perSecond(), commits.percentileMillis(95));
                }
                try (Connection connection = database.connect()) {
                    for (QuizTrainee trainee : clients) {
                        saturationLost.addAll(trainee.differencesFrom(connection));
                    }
                }
                saturationLost.stream().limit(10).forEach(line -> System.out.println("  LOST: " + line));
            }
            String report = report(serverSettings, exam, results, saturationLost, clientsAtMost);
            System.out.println(report);
            Files.writeString(settings.work().resolve("quiz-load.md"), report);
            return !exam.lost().isEmpty() || !exam.pageDifferences().isEmpty() || !saturationLost.isEmpty();
        } finally {
            server.stop();
            if (database.maxConnections() != maxConnectionsBefore) {
                database.setMaxConnections(maxConnectionsBefore);
            }
        }
    }

    /** What the exam session measured and found. */
    record Exam(Latencies saves, Latencies quizPage, Latencies start, Latencies attemptOpen, Latencies attemptReload,
            Latencies finalCheck, long failedStarts, long acknowledged, long answersChecked, List<String> lost,
            List<String> pageDifferences, long reloadsChecked, double seconds) {
        Latencies pageLoads() {
            return Latencies.merged("all page loads (quiz, attempt first and reloads)", quizPage, attemptOpen, attemptReload);
        }

        long errors() {
            return saves.errors() + quizPage.errors() + start.errors() + attemptOpen.errors() + attemptReload.errors();
        }
    }

    /**
     * A server that has just started runs its code interpreted for a while; the center's server has run
     * for hours when an exam starts. So 20 other trainees take the quiz in a closed loop first (start,
     * open, answer, reload), on their own accounts, and nothing of it is measured.
     */
    private void warmUp(BenchmarkDatabase database) throws Exception {
        if (settings.serverWarmUp().isZero()) {
            return;
        }
        System.out.printf("Warming the server up: 20 other trainees taking the quiz for %d s (not measured)...%n",
                settings.serverWarmUp().toSeconds());
        List<QuizTrainee> warmers = database.addTrainees(20, "warm.", settings.course()).stream().map(QuizTrainee::new).toList();
        List<String> sessions = TraineeHttp.signIn(base, warmers.stream().map(QuizTrainee::username).toList(), TraineeHttp.DEMO_PASSWORD);
        long end = System.nanoTime() + settings.serverWarmUp().toNanos();
        List<Thread> threads = new ArrayList<>();
        for (int i = 0; i < warmers.size(); i++) {
            QuizTrainee warmer = warmers.get(i);
            warmer.useSession(sessions.get(i));
            Random random = new Random(settings.seed() - i - 1);
            Thread thread = new Thread(() -> {
                Latencies ignored = new Latencies("warm-up");
                try {
                    warmer.start(client, base, settings.course(), ignored, ignored);
                    warmer.open(client, base, ignored);
                    while (System.nanoTime() < end) {
                        answerOne(warmer, random, ignored);
                        if (random.nextDouble() < 0.2) {
                            warmer.open(client, base, ignored);
                        }
                    }
                } catch (Exception e) {
                    System.out.println("  warm-up of " + warmer.username() + " stopped: " + e.getMessage());
                }
            }, "warm-up-" + i);
            thread.setDaemon(true);
            threads.add(thread);
            thread.start();
        }
        for (Thread thread : threads) {
            thread.join(settings.serverWarmUp().toMillis() + 60_000);
        }
    }

    private Exam exam(List<QuizTrainee> trainees) throws Exception {
        System.out.printf("Exam session: %d trainees starting within %d s, an answer every %d-%d s, %d s in all...%n", trainees.size(),
                settings.ramp().toSeconds(), settings.thinkMin().toSeconds(), settings.thinkMax().toSeconds(), settings.exam().toSeconds());
        Latencies saves = new Latencies("answer save");
        Latencies quizPage = new Latencies("quiz page");
        Latencies start = new Latencies("Start (form post, redirect)");
        Latencies attemptOpen = new Latencies("attempt page, first open");
        Latencies attemptReload = new Latencies("attempt page, reload");
        AtomicLong failedStarts = new AtomicLong();
        AtomicLong reloadsChecked = new AtomicLong();
        List<String> pageDifferences = Collections.synchronizedList(new ArrayList<>());
        long begin = System.nanoTime();
        long end = begin + settings.exam().toNanos();
        List<Thread> threads = new ArrayList<>();
        for (int i = 0; i < trainees.size(); i++) {
            QuizTrainee trainee = trainees.get(i);
            Random random = new Random(settings.seed() + i);
            Thread thread = new Thread(() -> {
                try {
                    Thread.sleep(random.nextInt((int) Math.max(1, settings.ramp().toMillis())));
                    try {
                        trainee.start(client, base, settings.course(), quizPage, start);
                        trainee.open(client, base, attemptOpen);
                    } catch (Exception e) {
                        failedStarts.incrementAndGet();
                        start.error(trainee.username() + ": " + e.getMessage());
                        return;
                    }
                    while (true) {
                        long think = settings.thinkMin().toMillis()
                                + random.nextInt((int) (settings.thinkMax().toMillis() - settings.thinkMin().toMillis() + 1));
                        if (System.nanoTime() + think * 1_000_000 > end) {
                            return;
                        }
                        Thread.sleep(think);
                        answerOne(trainee, random, saves);
                        if (random.nextDouble() < settings.reloadShare()) {
                            try {
                                pageDifferences.addAll(trainee.differencesFrom(trainee.open(client, base, attemptReload)));
                                reloadsChecked.incrementAndGet();
                            } catch (Exception e) {
                                attemptReload.error(trainee.username() + ": " + e.getMessage());
                            }
                        }
                    }
                } catch (InterruptedException e) {
                    Thread.currentThread().interrupt();
                }
            }, "trainee-" + i);
            thread.setDaemon(true);
            threads.add(thread);
            thread.start();
        }
        for (Thread thread : threads) {
            thread.join(Math.max(1, (end - System.nanoTime()) / 1_000_000) + 120_000);
        }
        double seconds = (System.nanoTime() - begin) / 1e9;

        System.out.println("Checking every acknowledged answer in the database and on a last reload of each attempt page...");
        List<String> lost = new ArrayList<>();
        long checked = 0;
        long acknowledged = 0;
        Latencies finalCheck = new Latencies("attempt page, last check");
        try (Connection connection = database.connect()) {
            for (QuizTrainee trainee : trainees) {
                if (trainee.attemptId() == 0) {
                    continue;
                }
                acknowledged += trainee.savesAcknowledged();
                checked += trainee.answeredCount();
                lost.addAll(trainee.differencesFrom(connection));
                pageDifferences.addAll(trainee.differencesFrom(trainee.open(client, base, finalCheck)));
            }
        }
        lost.stream().limit(10).forEach(line -> System.out.println("  LOST: " + line));
        pageDifferences.stream().limit(10).forEach(line -> System.out.println("  PAGE: " + line));
        return new Exam(saves, quizPage, start, attemptOpen, attemptReload, finalCheck, failedStarts.get(), acknowledged, checked, lost,
                List.copyOf(pageDifferences), reloadsChecked.get() + finalCheck.count(), seconds);
    }

    /**
     * One answer as a trainee gives it ({@link QuizTrainee#nextSlot}). A save that fails is sent again
     * after a second, three times at most, as the page's script does; each failure counts as an error.
     */
    private void answerOne(QuizTrainee trainee, Random random, Latencies saves) throws InterruptedException {
        AttemptView.Slot slot = trainee.nextSlot(random);
        JsonObject answer = Answers.another(slot, trainee.answerOf(slot.slot()), random);
        QuizTrainee.SaveOutcome outcome = trainee.save(client, base, slot.slot(), answer, saves);
        for (int retry = 1; retry <= 3 && (outcome.status() == -1 || outcome.status() >= 500); retry++) {
            Thread.sleep(1000);
            outcome = trainee.save(client, base, slot.slot(), answer, saves);
        }
    }

    /** Hands in the exam's attempts and starts new ones, so the saturation part has a full time limit ahead. */
    private List<QuizTrainee> freshAttempts(List<QuizTrainee> trainees) throws Exception {
        System.out.printf("Handing in %d attempts and starting new ones for the saturation part...%n", trainees.size());
        Latencies ignored = new Latencies("hand in and start again");
        List<Thread> threads = new ArrayList<>();
        List<String> failures = Collections.synchronizedList(new ArrayList<>());
        for (int t = 0; t < 4; t++) {
            int first = t;
            Thread thread = new Thread(() -> {
                for (int i = first; i < trainees.size(); i += 4) {
                    QuizTrainee trainee = trainees.get(i);
                    try {
                        if (trainee.attemptId() != 0) {
                            trainee.handIn(client, base, ignored);
                        }
                        trainee.start(client, base, settings.course(), ignored, ignored);
                        trainee.open(client, base, ignored);
                    } catch (Exception e) {
                        failures.add(trainee.username() + ": " + e.getMessage());
                    }
                }
            });
            threads.add(thread);
            thread.start();
        }
        for (Thread thread : threads) {
            thread.join();
        }
        if (!failures.isEmpty()) {
            throw new IllegalStateException("Could not start the saturation attempts: " + failures.get(0) + " (" + failures.size() + " in all)");
        }
        return trainees;
    }

    /** A closed loop of saves: each client saves again as soon as the previous save was acknowledged. */
    private Window saturate(List<QuizTrainee> clients, Latencies saves) throws InterruptedException {
        System.out.printf("Saturation: %d clients saving answers, %d s warm-up, %d s measured...%n", clients.size(),
                settings.saturationWarmUp().toSeconds(), settings.saturationMeasure().toSeconds());
        Latencies warmUp = new Latencies("warm-up saves");
        AtomicBoolean measuring = new AtomicBoolean(false);
        AtomicBoolean running = new AtomicBoolean(true);
        List<Thread> threads = new ArrayList<>();
        for (int c = 0; c < clients.size(); c++) {
            QuizTrainee trainee = clients.get(c);
            Random random = new Random(settings.seed() * 31 + c);
            Thread thread = new Thread(() -> {
                List<AttemptView.Slot> slots = trainee.view().slots();
                int next = random.nextInt(slots.size());
                try {
                    while (running.get()) {
                        AttemptView.Slot slot = slots.get(next++ % slots.size());
                        trainee.save(client, base, slot.slot(), Answers.another(slot, trainee.answerOf(slot.slot()), random),
                                measuring.get() ? saves : warmUp);
                    }
                } catch (InterruptedException e) {
                    Thread.currentThread().interrupt();
                }
            }, "saver-" + c);
            thread.setDaemon(true);
            threads.add(thread);
            thread.start();
        }
        return measure(threads, measuring, running, saves);
    }

    /** The server's raw commit rate: one single-row INSERT and a COMMIT per round trip, in a closed loop. */
    private Window rawCommits(int clients, Latencies commits) throws Exception {
        System.out.printf("Raw commits: %d JDBC clients, INSERT + COMMIT, %d s warm-up, %d s measured...%n", clients,
                settings.saturationWarmUp().toSeconds(), settings.saturationMeasure().toSeconds());
        try (Connection connection = database.connect(); Statement statement = connection.createStatement()) {
            statement.execute("CREATE TABLE IF NOT EXISTS commit_probe (id BIGINT NOT NULL AUTO_INCREMENT PRIMARY KEY,"
                    + " client INT NOT NULL, n BIGINT NOT NULL, payload VARCHAR(200) NOT NULL) ENGINE = InnoDB");
        }
        AtomicBoolean measuring = new AtomicBoolean(false);
        AtomicBoolean running = new AtomicBoolean(true);
        List<Thread> threads = new ArrayList<>();
        List<Connection> connections = new ArrayList<>();
        for (int c = 0; c < clients; c++) {
            connections.add(database.connect());
        }
        try {
            for (int c = 0; c < clients; c++) {
                int number = c;
                Connection connection = connections.get(c);
                Thread thread = new Thread(() -> {
                    try (PreparedStatement insert = connection.prepareStatement("INSERT INTO commit_probe (client, n, payload) VALUES (?, ?, ?)")) {
                        connection.setAutoCommit(false);
                        long n = 0;
                        while (running.get()) {
                            long begin = System.nanoTime();
                            insert.setInt(1, number);
                            insert.setLong(2, n);
                            insert.setString(3, "{\"choices\":[" + (n % 5) + "," + ((n + 1) % 5) + "]}");
                            insert.executeUpdate();
                            connection.commit();
                            n++;
                            if (measuring.get()) {
                                commits.addSince(begin);
                            }
                        }
                    } catch (SQLException e) {
                        commits.error(e.toString());
                    }
                }, "committer-" + c);
                thread.setDaemon(true);
                threads.add(thread);
                thread.start();
            }
            return measure(threads, measuring, running, commits);
        } finally {
            for (Connection connection : connections) {
                connection.close();
            }
        }
    }

    /** Warm-up, then the measured window; stops the loops and returns what was done, per second and in CPU. */
    private Window measure(List<Thread> threads, AtomicBoolean measuring, AtomicBoolean running, Latencies done) throws InterruptedException {
        Thread.sleep(settings.saturationWarmUp().toMillis());
        int before = done.count();
        CpuUse cpuBefore = cpuNow();
        measuring.set(true);
        long begin = System.nanoTime();
        Thread.sleep(settings.saturationMeasure().toMillis());
        measuring.set(false);
        int after = done.count();
        CpuUse cpuAfter = cpuNow();
        double seconds = (System.nanoTime() - begin) / 1e9;
        running.set(false);
        for (Thread thread : threads) {
            thread.join(35_000);
        }
        CpuUse used = new CpuUse(difference(cpuBefore.server(), cpuAfter.server()), difference(cpuBefore.client(), cpuAfter.client()),
                difference(cpuBefore.database(), cpuAfter.database()));
        return new Window(after - before, (after - before) / seconds, used);
    }

    private CpuUse cpuNow() {
        return new CpuUse(CpuTime.millis(serverPid), CpuTime.millis(ProcessHandle.current().pid()), CpuTime.millis(databasePid));
    }

    private static long difference(long before, long after) {
        return before < 0 || after < 0 ? CpuTime.NONE : after - before;
    }

    private String report(Map<String, String> server, Exam exam, List<Level> levels, List<String> saturationLost, int saturationClients) {
        StringBuilder out = new StringBuilder();
        out.append(String.format(Locale.ROOT, "Quiz load benchmark, %s. Machine: %d cores, %d MiB max heap for the client, Java %s, %s %s.%n",
                LocalDate.now(), Runtime.getRuntime().availableProcessors(), Runtime.getRuntime().maxMemory() >> 20,
                System.getProperty("java.version"), System.getProperty("os.name"), System.getProperty("os.version")));
        out.append(String.format(Locale.ROOT, "MariaDB %s at %s, database %s: %s.%n", server.get("version"), database.server(), database.name(),
                server.entrySet().stream().filter(e -> !e.getKey().equals("version")).map(e -> e.getKey() + "=" + e.getValue())
                        .collect(Collectors.joining(", "))));
        out.append(String.format(Locale.ROOT, "Maharat: target/maharat.jar, -Xmx1g %s, connection pool of 32; the load generator runs on the same machine.%n%n",
                settings.serverJvmOptions()));

        out.append(String.format(Locale.ROOT, "(a) Exam session: %d trainees, course %s, starting within %d s, an answer every %d-%d s, %.0f s in all.%n%n",
                settings.trainees(), settings.course(), settings.ramp().toSeconds(), settings.thinkMin().toSeconds(),
                settings.thinkMax().toSeconds(), exam.seconds()));
        out.append("| request | count | p50 ms | p95 ms | p99 ms | max ms | errors |\n|---|---|---|---|---|---|---|\n");
        for (Latencies latencies : List.of(exam.saves(), exam.quizPage(), exam.start(), exam.attemptOpen(), exam.attemptReload(), exam.pageLoads())) {
            out.append(row(latencies));
        }
        out.append(String.format(Locale.ROOT, "%nAcknowledged saves: %d (%.1f/s). Answers checked in the database: %d, in %d attempts; "
                + "lost: %d. Attempt pages checked against the acknowledged answers: %d; showing something else: %d.%n",
                exam.acknowledged(), exam.acknowledged() / exam.seconds(), exam.answersChecked(),
                settings.trainees() - exam.failedStarts(), exam.lost().size(), exam.reloadsChecked(), exam.pageDifferences().size()));
        double saveP95 = exam.saves().percentileMillis(95);
        double pageP95 = exam.pageLoads().percentileMillis(95);
        out.append(String.format(Locale.ROOT, "Targets: save p95 %.1f ms %s 150 ms (%s); page load p95 %.1f ms %s 150 ms (%s); errors %d (%s); "
                + "lost answers %d (%s).%n",
                saveP95, saveP95 < 150 ? "<" : ">=", saveP95 < 150 ? "met" : "missed",
                pageP95, pageP95 < 150 ? "<" : ">=", pageP95 < 150 ? "met" : "missed",
                exam.errors(), exam.errors() == 0 ? "met" : "missed", exam.lost().size(), exam.lost().isEmpty() ? "met" : "MISSED"));

        if (!levels.isEmpty()) {
            out.append(String.format(Locale.ROOT, "%n(b) Saturation: closed loops, %d s warm-up and %d s measured per row; each client saves in "
                    + "its own attempt, every save changes the answer.%n%n", settings.saturationWarmUp().toSeconds(),
                    settings.saturationMeasure().toSeconds()));
            out.append("| clients | answer saves/s | save p50 ms | save p95 ms | save errors | raw commits/s | commit p50 ms | commit p95 ms "
                    + "| saves / raw commits |\n|---|---|---|---|---|---|---|---|---|\n");
            for (Level level : levels) {
                out.append(String.format(Locale.ROOT, "| %d | %.0f | %.1f | %.1f | %d | %.0f | %.2f | %.2f | %.1f %% |%n", level.clients(),
                        level.savesPerSecond(), level.saves().percentileMillis(50), level.saves().percentileMillis(95), level.saves().errors(),
                        level.commitsPerSecond(), level.commits().percentileMillis(50), level.commits().percentileMillis(95),
                        100 * level.savesPerSecond() / level.commitsPerSecond()));
            }
            out.append(String.format(Locale.ROOT, "%nCPU per operation in the measured windows, ms (Maharat / load generator / MariaDB; "
                    + "? = not readable here); the %d cores give %d ms of CPU per second:%n%n| clients | per answer save | per raw commit |%n"
                    + "|---|---|---|%n", Runtime.getRuntime().availableProcessors(), Runtime.getRuntime().availableProcessors() * 1000));
            for (Level level : levels) {
                out.append(String.format(Locale.ROOT, "| %d | %s | %s |%n", level.clients(), level.saveWindow().cpu().perOperation(
                        level.saveWindow().operations()), level.commitWindow().cpu().perOperation(level.commitWindow().operations())));
            }
            Level best = levels.stream().max((a, b) -> Double.compare(a.savesPerSecond(), b.savesPerSecond())).orElseThrow();
            double bestRaw = levels.stream().mapToDouble(Level::commitsPerSecond).max().orElse(1);
            out.append(String.format(Locale.ROOT, "%nBest: %.0f saves/s (%d clients) against a best raw rate of %.0f commits/s: %.1f %% "
                    + "(target: at least 10 %%, %s). Answers of the %d saturation attempts lost: %d.%n",
                    best.savesPerSecond(), best.clients(), bestRaw, 100 * best.savesPerSecond() / bestRaw,
                    best.savesPerSecond() >= bestRaw / 10 ? "met" : "missed", saturationClients, saturationLost.size()));
        }
        return out.toString();
    }

    private static String row(Latencies latencies) {
        return String.format(Locale.ROOT, "| %s | %d | %.1f | %.1f | %.1f | %.1f | %d |%n", latencies.name(), latencies.count(),
                latencies.percentileMillis(50), latencies.percentileMillis(95), latencies.percentileMillis(99),
                latencies.percentileMillis(100), latencies.errors());
    }
}
