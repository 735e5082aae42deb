package ma.maharat.benchmark;

import jakarta.json.JsonObject;
import java.net.URI;
import java.net.http.HttpClient;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.time.Duration;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Random;
import java.util.TreeMap;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicLongArray;
import java.util.concurrent.atomic.AtomicReference;
import java.util.concurrent.atomic.LongAdder;

/**
 * The crash test: trainees keep answering a quiz while first Maharat, then MariaDB is killed with
 * SIGKILL. It runs on a MariaDB server of its own ({@link DisposableMariaDb}, port 3307 by default).
 *
 * <ol>
 * <li><b>Maharat killed.</b> During the load, kill -9 the application; start it again on the same
 * database. Every trainee signs in again (sessions die with the process), presses Continue on the quiz
 * page, which must open the same attempt, whose page must show every answer the server had
 * acknowledged, as must the database; then one more answer is saved in each attempt.</li>
 * <li><b>MariaDB killed.</b> During the load, kill -9 the database server and start it again some
 * seconds later, Maharat still running. Saves must fail while it is down (the trainees' pages retry
 * every second) and succeed again after it is back, without restarting Maharat; then, again, every
 * acknowledged answer must be in the database and on the pages.</li>
 * </ol>
 *
 * <p>Run with {@code ./mvnw -Pcrash-test verify}; settings as system properties (see {@link Settings}).
 * Writes target/crash-test/crash-test.md and exits with 1 when anything above did not hold.
 */
public final class QuizCrashRecovery {

    /** What the run does; every value can be set with -Dcrash.NAME=value. */
    record Settings(int trainees, Duration load, Duration outage, Duration recoveryLimit, Duration thinkMin, Duration thinkMax,
            int port, int databasePort, Path jar, Path work, Path mariadbd, Path installDb, String course, long seed) {

        static Settings fromSystemProperties() {
            return new Settings(
                    Integer.getInteger("crash.trainees", 30),
                    Duration.ofSeconds(Long.getLong("crash.loadSeconds", 15)),
                    Duration.ofSeconds(Long.getLong("crash.outageSeconds", 10)),
                    Duration.ofSeconds(Long.getLong("crash.recoveryLimitSeconds", 120)),
                    Duration.ofMillis(Long.getLong("crash.thinkMinMillis", 100)),
                    Duration.ofMillis(Long.getLong("crash.thinkMaxMillis", 500)),
                    Integer.getInteger("crash.port", 18184),
                    Integer.getInteger("crash.databasePort", 3307),
                    Path.of(System.getProperty("crash.jar", "target/maharat.jar")),
                    Path.of(System.getProperty("crash.work", "target/crash-test")),
                    Path.of(System.getProperty("crash.mariadbd", "/usr/sbin/mariadbd")),
                    Path.of(System.getProperty("crash.installDb", "/usr/bin/mariadb-install-db")),
                    System.getProperty("crash.course", "quality"),
                    Long.getLong("crash.seed", 20261129L));
        }
    }

    private final Settings settings;
    private final HttpClient client = TraineeHttp.newClient();
    private final List<String> failures = new ArrayList<>();
    private final StringBuilder report = new StringBuilder();
    private BenchmarkDatabase database;
    private Map<String, String> environment;
    private MaharatServer server;
    private URI base;

    private QuizCrashRecovery(Settings settings) {
        this.settings = settings;
    }

    public static void main(String[] args) throws Exception {
        Settings settings = Settings.fromSystemProperties();
        Files.createDirectories(settings.work());
        boolean passed = new QuizCrashRecovery(settings).run();
        System.exit(passed ? 0 : 1);
    }

    private boolean run() throws Exception {
        DisposableMariaDb mariaDb = new DisposableMariaDb(settings.work().resolve("db"), settings.databasePort(), settings.mariadbd(),
                settings.installDb());
        Path log = settings.work().resolve("server.log");
        Files.deleteIfExists(log);
        try {
            mariaDb.install();
            mariaDb.start();
            database = new BenchmarkDatabase(mariaDb.serverUrl(), "root", "", "maharat_crash");
            database.recreate();
            Map<String, String> variables = database.serverSettings();
            environment = Map.of("MAHARAT_DB_URL", database.url(), "MAHARAT_DB_USER", database.user(),
                    "MAHARAT_ADMIN_PASSWORD", "crash-admin-1", "MAHARAT_DEMO", "true");
            server = MaharatServer.start(settings.jar(), settings.port(), log, environment, System.getProperty("crash.serverJvmOptions", ""));
            Duration startup = server.waitUntilReady(Duration.ofMinutes(5));
            base = server.base();
            report.append(String.format(Locale.ROOT, "Crash test, %s. Machine: %d cores, Java %s, %s %s. MariaDB %s, an instance of the test's "
                    + "own on port %d (innodb_flush_log_at_trx_commit=%s, sync_binlog=%s, log_bin=%s). Maharat target/maharat.jar, "
                    + "-Xmx1g, first start %d s. %d trainees, each saving an answer every %d-%d ms, a failed save retried every second "
                    + "as the quiz page does.%n%n",
                    LocalDate.now(), Runtime.getRuntime().availableProcessors(), System.getProperty("java.version"), System.getProperty("os.name"),
                    System.getProperty("os.version"), variables.get("version"), settings.databasePort(), variables.get("innodb_flush_log_at_trx_commit"),
                    variables.get("sync_binlog"), variables.get("log_bin"), startup.toSeconds(), settings.trainees(),
                    settings.thinkMin().toMillis(), settings.thinkMax().toMillis()));

            List<QuizTrainee> trainees = database.addTrainees(settings.trainees(), "crash.", settings.course()).stream()
                    .map(QuizTrainee::new).toList();
            Latencies ignored = new Latencies("set-up");
            for (QuizTrainee trainee : trainees) {
                trainee.signIn(base);
                trainee.start(client, base, settings.course(), ignored, ignored);
                trainee.open(client, base, ignored);
            }
            applicationKilled(trainees);
            databaseKilled(trainees, mariaDb);
        } catch (Exception e) {
            failures.add("the test itself failed: " + e);
            e.printStackTrace();
        } finally {
            if (server != null) {
                server.stop();
            }
            mariaDb.stop();
        }
        report.append(failures.isEmpty() ? "\nPASSED: every acknowledged answer survived both kills, and saves worked again after each.\n"
                : "\nFAILED:\n" + String.join("\n", failures.stream().map(f -> "- " + f).toList()) + "\n");
        System.out.println();
        System.out.println(report);
        Files.writeString(settings.work().resolve("crash-test.md"), report);
        return failures.isEmpty();
    }

    private void applicationKilled(List<QuizTrainee> trainees) throws Exception {
        System.out.printf("1. Load for %d s, then kill -9 Maharat (pid %d)...%n", settings.load().toSeconds(), server.pid());
        Load load = new Load(trainees);
        Phase before = load.begin("saves before the kill");
        Thread.sleep(settings.load().toMillis());
        server.kill();
        Thread.sleep(1000);
        load.stop();
        long acknowledged = before.saves.count();
        int inFlight = trainees.stream().mapToInt(QuizTrainee::unconfirmedCount).sum();

        System.out.println("   Starting Maharat again on the same database...");
        server = MaharatServer.start(settings.jar(), settings.port(), server.log(), environment, System.getProperty("crash.serverJvmOptions", ""));
        Duration restart = server.waitUntilReady(Duration.ofMinutes(5));
        int resumed = 0;
        int savedAfter = 0;
        List<String> lost = new ArrayList<>();
        List<String> shownWrong = new ArrayList<>();
        Latencies pages = new Latencies("attempt pages after the restart");
        Latencies saves = new Latencies("saves after the restart");
        Random random = new Random(settings.seed());
        try (Connection connection = database.connect()) {
            for (QuizTrainee trainee : trainees) {
                lost.addAll(trainee.differencesFrom(connection));
                try {
                    trainee.signIn(base);
                    long before1 = trainee.attemptId();
                    trainee.start(client, base, settings.course(), pages, pages);
                    if (trainee.attemptId() == before1) {
                        resumed++;
                    }
                    shownWrong.addAll(trainee.differencesFrom(trainee.open(client, base, pages)));
                    AttemptView.Slot slot = trainee.nextSlot(random);
                    if (trainee.save(client, base, slot.slot(), Answers.another(slot, trainee.answerOf(slot.slot()), random), saves).saved()) {
                        savedAfter++;
                    }
                } catch (IllegalStateException e) {
                    failures.add("after the restart, " + e.getMessage());
                }
            }
        }
        long foundStored = trainees.stream().mapToLong(QuizTrainee::unconfirmedFoundStored).sum();
        report.append(String.format(Locale.ROOT, "1. Maharat killed (SIGKILL) after %d s of load: %d saves acknowledged before the kill, %d in flight "
                + "(sent, never answered). Started again on the same database: ready in %d s. Attempts resumed (Continue opened the same "
                + "attempt): %d of %d. Acknowledged answers missing or different in the database: %d; on the attempt pages: %d. Saves in "
                + "flight found stored anyway: %d (either is correct). A new answer saved in each resumed attempt: %d of %d.%n",
                settings.load().toSeconds(), acknowledged, inFlight, restart.toSeconds(), resumed, trainees.size(), lost.size(),
                shownWrong.size(), foundStored, savedAfter, trainees.size()));
        lost.forEach(line -> failures.add("lost after the application kill: " + line));
        shownWrong.forEach(line -> failures.add("shown wrong after the application kill: " + line));
        if (resumed != trainees.size()) {
            failures.add((trainees.size() - resumed) + " attempts did not resume after the application kill");
        }
        if (savedAfter != trainees.size()) {
            failures.add((trainees.size() - savedAfter) + " resumed attempts did not take a new answer");
        }
        if (acknowledged == 0) {
            failures.add("no save was acknowledged before the application kill: nothing was tested");
        }
    }

    private void databaseKilled(List<QuizTrainee> trainees, DisposableMariaDb mariaDb) throws Exception {
        long pid = server.pid();
        System.out.printf("2. Load for %d s, then kill -9 MariaDB for %d s...%n", settings.load().toSeconds(), settings.outage().toSeconds());
        Load load = new Load(trainees);
        Phase before = load.begin("saves before the database kill");
        Thread.sleep(settings.load().toMillis());
        mariaDb.kill();
        Phase down = load.begin("saves while the database is down");
        Thread.sleep(settings.outage().toMillis());
        Duration dbRestart = mariaDb.start();
        long back = System.nanoTime();
        Phase after = load.begin("saves after the database is back");
        System.out.printf("   MariaDB back after recovery in %d ms; waiting until every trainee saved again (at most %d s)...%n",
                dbRestart.toMillis(), settings.recoveryLimit().toSeconds());
        long limit = back + settings.recoveryLimit().toNanos();
        while (System.nanoTime() < limit && after.traineesSaved() < trainees.size()) {
            Thread.sleep(200);
        }
        Thread.sleep(2000);
        load.stop();
        double first = after.firstSaveSeconds(back);
        double all = after.traineesSaved() == trainees.size() ? after.lastFirstSaveSeconds(back) : Double.NaN;

        List<String> lost = new ArrayList<>();
        List<String> shownWrong = new ArrayList<>();
        Latencies pages = new Latencies("attempt pages after the database restart");
        try (Connection connection = database.connect()) {
            for (QuizTrainee trainee : trainees) {
                lost.addAll(trainee.differencesFrom(connection));
                try {
                    shownWrong.addAll(trainee.differencesFrom(trainee.open(client, base, pages)));
                } catch (IllegalStateException e) {
                    failures.add("after the database restart, " + e.getMessage());
                }
            }
        }
        report.append(String.format(Locale.ROOT, "2. MariaDB killed (SIGKILL) after %d s of load (%d saves acknowledged), down for %d s, then "
                + "started again (crash recovery, ready in %.1f s); Maharat not restarted (pid %d %s). While it was down: %d saves "
                + "acknowledged, %d failed (%s). After it was back: first acknowledged save after %.1f s, every trainee saving again after "
                + "%s s (limit %d s); %d saves acknowledged, %d failed (%s). Acknowledged answers missing or different in the database: "
                + "%d; on the attempt pages: %d.%n",
                settings.load().toSeconds(), before.saves.count(), settings.outage().toSeconds(), dbRestart.toMillis() / 1000.0, pid,
                server.pid() == pid ? "the same process throughout" : "CHANGED", down.saves.count(), down.saves.errors(), down.failureKinds(),
                first, Double.isNaN(all) ? "never" : String.format(Locale.ROOT, "%.1f", all), settings.recoveryLimit().toSeconds(),
                after.saves.count(), after.saves.errors(), after.failureKinds(), lost.size(), shownWrong.size()));
        lost.forEach(line -> failures.add("lost after the database kill: " + line));
        shownWrong.forEach(line -> failures.add("shown wrong after the database kill: " + line));
        if (down.saves.errors() == 0) {
            failures.add("no save failed while the database was down: the outage was not seen");
        }
        if (Double.isNaN(all)) {
            failures.add((trainees.size() - after.traineesSaved()) + " trainees could not save within " + settings.recoveryLimit().toSeconds()
                    + " s after the database was back");
        }
    }

    /** What happened to saves in one part of the test. */
    private static final class Phase {
        final Latencies saves;
        final Map<String, LongAdder> failureKinds = new ConcurrentHashMap<>();
        final AtomicLongArray firstSave;

        Phase(String name, int trainees) {
            saves = new Latencies(name);
            firstSave = new AtomicLongArray(trainees);
        }

        void record(int trainee, QuizTrainee.SaveOutcome outcome) {
            if (outcome.saved()) {
                firstSave.compareAndSet(trainee, 0, System.nanoTime());
            } else {
                failureKinds.computeIfAbsent(outcome.status() == -1 ? "no answer: " + outcome.detail().replaceAll(":.*", "")
                        : "HTTP " + outcome.status(), k -> new LongAdder()).increment();
            }
        }

        int traineesSaved() {
            int saved = 0;
            for (int i = 0; i < firstSave.length(); i++) {
                saved += firstSave.get(i) == 0 ? 0 : 1;
            }
            return saved;
        }

        double firstSaveSeconds(long since) {
            long first = Long.MAX_VALUE;
            for (int i = 0; i < firstSave.length(); i++) {
                if (firstSave.get(i) != 0) {
                    first = Math.min(first, firstSave.get(i));
                }
            }
            return first == Long.MAX_VALUE ? Double.NaN : (first - since) / 1e9;
        }

        double lastFirstSaveSeconds(long since) {
            long last = 0;
            for (int i = 0; i < firstSave.length(); i++) {
                last = Math.max(last, firstSave.get(i));
            }
            return (last - since) / 1e9;
        }

        String failureKinds() {
            if (failureKinds.isEmpty()) {
                return "none";
            }
            Map<String, Long> sorted = new TreeMap<>();
            failureKinds.forEach((kind, count) -> sorted.put(kind, count.sum()));
            return String.join(", ", sorted.entrySet().stream().map(e -> e.getValue() + " × " + e.getKey()).toList());
        }
    }

    /**
     * Every trainee saving answers in a loop with a short pause, as long as the load runs; a save that
     * fails is sent again every second until it is acknowledged (or the load stops), as the quiz page
     * does. What happens is recorded in the phase the main thread says is current.
     */
    private final class Load {
        private final List<QuizTrainee> trainees;
        private final AtomicBoolean running = new AtomicBoolean(true);
        private final AtomicReference<Phase> phase = new AtomicReference<>();
        private final List<Thread> threads = new ArrayList<>();

        Load(List<QuizTrainee> trainees) {
            this.trainees = trainees;
        }

        Phase begin(String name) {
            Phase next = new Phase(name, trainees.size());
            boolean first = phase.getAndSet(next) == null;
            if (first) {
                for (int i = 0; i < trainees.size(); i++) {
                    int index = i;
                    Random random = new Random(settings.seed() + 7919L * i + System.nanoTime());
                    Thread thread = new Thread(() -> loop(index, trainees.get(index), random), "crash-trainee-" + i);
                    thread.setDaemon(true);
                    threads.add(thread);
                    thread.start();
                }
            }
            return next;
        }

        private void loop(int index, QuizTrainee trainee, Random random) {
            long spread = settings.thinkMax().toMillis() - settings.thinkMin().toMillis() + 1;
            try {
                while (running.get()) {
                    Thread.sleep(settings.thinkMin().toMillis() + (long) (random.nextDouble() * spread));
                    AttemptView.Slot slot = trainee.nextSlot(random);
                    JsonObject answer = Answers.another(slot, trainee.answerOf(slot.slot()), random);
                    while (running.get()) {
                        Phase current = phase.get();
                        QuizTrainee.SaveOutcome outcome = trainee.save(client, base, slot.slot(), answer, current.saves);
                        current.record(index, outcome);
                        if (outcome.saved() || outcome.status() == 409 || outcome.status() == 400 || outcome.status() == 404
                                || outcome.status() == 410) {
                            break;
                        }
                        Thread.sleep(1000);
                    }
                }
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
        }

        void stop() throws InterruptedException {
            running.set(false);
            for (Thread thread : threads) {
                thread.join(60_000);
            }
        }
    }
}
