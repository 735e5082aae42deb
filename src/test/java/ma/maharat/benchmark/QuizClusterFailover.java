package ma.maharat.benchmark;

import jakarta.json.JsonObject;
import java.io.IOException;
import java.net.CookieManager;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.time.Duration;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Random;
import java.util.TreeMap;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicLongArray;
import java.util.concurrent.atomic.AtomicReference;
import java.util.concurrent.atomic.LongAdder;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The failover test of the cluster (issue 19): trainees answer an exam through HAProxy in front of two
 * Payara Micro nodes, on the loopback topology of {@code docker/cluster/run-loopback.sh} (a MariaDB primary
 * replicated semi-synchronously to a replica). Then:
 *
 * <ol>
 * <li><b>A Maharat node killed.</b> During the load, SIGKILL the node that serves the most trainees. The
 * proxy marks it down and sends its trainees to the other node, which finds their sessions in the data
 * grid: nobody signs in again, and every acknowledged answer is in the database and on the page.</li>
 * <li><b>The database primary killed.</b> During the load, SIGKILL the primary, then promote the replica
 * (what an operator or a monitor does); Connector/J's sequential URL reaches it. Saves fail meanwhile and
 * are retried every second as the quiz page does; afterwards no acknowledged answer is missing from the new
 * primary.</li>
 * </ol>
 * During each, the time of a few more trainees' attempts runs out 5 s after the kill ({@link DeadlineWatch}): the
 * quiz-deadline job, on whichever node holds its lock, must close them within {@link DeadlineWatch#ON_TIME}.
 * Every trainee keeps the cookies the server sets, as a browser does: Payara's JSESSIONIDVERSION among them.
 *
 * <p>Run with {@code ./mvnw -Pcluster-failover verify} after a build; bounded in time, it stops everything it
 * started, writes target/cluster-failover/cluster-failover.md and exits with 1 when anything above did not
 * hold. Settings: -Dfailover.trainees (100), -Dfailover.loadSeconds (20), -Dfailover.recoveryLimitSeconds
 * (120), -Dfailover.extraSessions (900: heap per session is measured on trainees + these), -Dfailover.timedTrainees (10).
 */
public final class QuizClusterFailover {

    /** The heap line of jcmd GC.heap_info: "garbage-first heap   total 786432K, used 123456K [...". */
    private static final Pattern USED = Pattern.compile("used (\\d+)K");

    private final int traineeCount = Integer.getInteger("failover.trainees", 100);
    private final Duration load = Duration.ofSeconds(Long.getLong("failover.loadSeconds", 20));
    private final Duration recoveryLimit = Duration.ofSeconds(Long.getLong("failover.recoveryLimitSeconds", 120));
    private final Duration thinkMin = Duration.ofMillis(Long.getLong("failover.thinkMinMillis", 500));
    private final Duration thinkMax = Duration.ofMillis(Long.getLong("failover.thinkMaxMillis", 1500));
    private final String course = System.getProperty("failover.course", "quality");
    private final long seed = Long.getLong("failover.seed", 20261206L);
    private final Path work = Path.of(System.getProperty("failover.work", "target/cluster-failover")).toAbsolutePath();
    private final int proxyPort = Integer.getInteger("failover.httpBase", 8210);
    private final int primaryPort = Integer.getInteger("failover.primaryPort", 3311);
    private final int replicaPort = Integer.getInteger("failover.replicaPort", 3310);
    private final String databaseName = "maharat_cluster_failover";
    /** Sessions signed in besides the trainees' (the same accounts again), so that heap per session is measured on 1,000. */
    private final int extraSessions = Integer.getInteger("failover.extraSessions", 900);
    /** Trainees in the same exam whose time runs out during each failure, half during each (the deadline job must close them). */
    private final int timedTrainees = Integer.getInteger("failover.timedTrainees", 10);
    /** Administrators' sessions, each on a staff page that keeps entities in view scope: they must fail over too. */
    private final int staffSessions = Integer.getInteger("failover.staffSessions", 6);
    private static final String STAFF_PAGE = "/admin/cohorts.xhtml";

    private final HttpClient client = TraineeHttp.newClient();
    private final List<String> failures = new ArrayList<>();
    private final StringBuilder report = new StringBuilder();
    private URI base;

    private static final String ADMIN_PASSWORD = "failover-admin-1";

    public static void main(String[] args) throws Exception {
        QuizClusterFailover test = new QuizClusterFailover();
        boolean passed = test.run();
        System.exit(passed ? 0 : 1);
    }

    private boolean run() throws Exception {
        MaharatServer.deleteRecursively(work);
        Files.createDirectories(work);
        base = URI.create("http://127.0.0.1:" + proxyPort + "/");
        try {
            long begin = System.nanoTime();
            cluster("start");
            long startup = TimeUnit.NANOSECONDS.toSeconds(System.nanoTime() - begin);
            BenchmarkDatabase primary = new BenchmarkDatabase("jdbc:mariadb://127.0.0.1:" + primaryPort, "root", "", databaseName);
            report.append(String.format(Locale.ROOT, "Cluster failover test, %s. Machine: %d cores, Java %s. Topology of "
                    + "docker/cluster/run-loopback.sh on loopback: HAProxy, 2 Payara Micro nodes (-Xmx768m, data grid by TCP/IP), "
                    + "MariaDB %s primary with a semi-synchronous replica; started in %d s. %d trainees, each saving an answer every "
                    + "%d-%d ms through the proxy, a failed save retried every second as the quiz page does.%n%n",
                    LocalDate.now(), Runtime.getRuntime().availableProcessors(), System.getProperty("java.version"),
                    primary.serverSettings().get("version"), startup, traineeCount, thinkMin.toMillis(), thinkMax.toMillis()));
            List<QuizTrainee> trainees = primary.addTrainees(traineeCount, "failover.", course).stream().map(QuizTrainee::new).toList();
            Latencies ignored = new Latencies("set-up");
            long heapBefore = usedHeapAfterGc();
            List<String> sessions = TraineeHttp.signIn(base, trainees.stream().map(QuizTrainee::username).toList(), TraineeHttp.DEMO_PASSWORD);
            for (int i = 0; i < trainees.size(); i++) {
                trainees.get(i).useSession(sessions.get(i));
                trainees.get(i).keepCookies(base);
                trainees.get(i).start(client, base, course, ignored, ignored);
                trainees.get(i).open(client, base, ignored);
            }
            List<String> usernames = new ArrayList<>();
            for (int i = 0; i < extraSessions; i++) {
                usernames.add(trainees.get(i % trainees.size()).username());
            }
            List<String> extra = TraineeHttp.signIn(base, usernames, TraineeHttp.DEMO_PASSWORD);
            for (String session : extra) {
                TraineeHttp.fetch(client, session, base.resolve("/learn/"));
            }
            long heapAfter = usedHeapAfterGc();
            int sessionCount = trainees.size() + extra.size();
            report.append(String.format(Locale.ROOT, "0. Sessions: %d trainees in their attempt and %d more sessions signed in and on "
                    + "My courses, %d in all, spread over both nodes by the proxy, each kept on its node and backed up on the other. Heap of "
                    + "both nodes after a full GC: %d MiB before the sign-ins, %d MiB after: %.1f KiB per session for the cluster (its "
                    + "copy and its backup).%n",
                    trainees.size(), extra.size(), sessionCount, heapBefore >> 20, heapAfter >> 20,
                    (heapAfter - heapBefore) / 1024.0 / sessionCount));
            List<Long> timed = timedAttempts(primary);
            List<StaffSession> staff = new ArrayList<>();
            for (int i = 0; i < staffSessions; i++) {
                staff.add(new StaffSession(base));
            }
            DeadlineWatch deadlines = new DeadlineWatch("jdbc:mariadb:sequential://127.0.0.1:" + primaryPort + ",127.0.0.1:" + replicaPort
                    + "/" + databaseName + "?connectTimeout=1000", "root", "");
            Load running = new Load(trainees);
            nodeKilled(trainees, sessions, running, primary, deadlines, timed.subList(0, timed.size() / 2), staff);
            databaseKilled(trainees, running, deadlines, timed.subList(timed.size() / 2, timed.size()));
            running.stop();
        } catch (Exception e) {
            failures.add("the test itself failed: " + e);
            e.printStackTrace();
        } finally {
            try {
                cluster("stop");
            } catch (Exception e) {
                failures.add("stopping the cluster failed: " + e);
            }
        }
        report.append(failures.isEmpty() ? "\nPASSED: no acknowledged answer lost, nobody signed out, saves back after each kill.\n"
                : "\nFAILED:\n" + String.join("\n", failures.stream().map(f -> "- " + f).toList()) + "\n");
        System.out.println();
        System.out.println(report);
        Files.writeString(work.resolve("cluster-failover.md"), report);
        return failures.isEmpty();
    }

    /** Signs in the trainees whose time will run out and starts their attempts; they answer nothing. */
    private List<Long> timedAttempts(BenchmarkDatabase primary) throws Exception {
        List<String> usernames = primary.addTrainees(timedTrainees, "timed.", course);
        List<String> sessions = TraineeHttp.signIn(base, usernames, TraineeHttp.DEMO_PASSWORD);
        Latencies ignored = new Latencies("set-up");
        List<Long> attempts = new ArrayList<>();
        for (int i = 0; i < usernames.size(); i++) {
            QuizTrainee trainee = new QuizTrainee(usernames.get(i));
            trainee.useSession(sessions.get(i));
            trainee.keepCookies(base);
            attempts.add(trainee.start(client, base, course, ignored, ignored));
        }
        return attempts;
    }

    private void nodeKilled(List<QuizTrainee> trainees, List<String> sessions, Load running, BenchmarkDatabase primary,
            DeadlineWatch deadlines, List<Long> timed, List<StaffSession> staff) throws Exception {
        Map<String, Integer> perNode = new TreeMap<>();
        for (String session : sessions) {
            perNode.merge(nodeOf(session), 1, Integer::sum);
        }
        String victim = perNode.entrySet().stream().max(Map.Entry.comparingByValue()).orElseThrow().getKey();
        System.out.printf("1. Load for %d s, then kill -9 node %s (trainees per node: %s)...%n", load.toSeconds(), victim, perNode);
        Phase before = running.begin("saves before the node kill");
        Thread.sleep(load.toMillis());
        DeadlineWatch.Batch runOut = deadlines.runOut(timed, Duration.ofSeconds(5));
        cluster("kill-node", victim.substring(1));
        long killed = System.nanoTime();
        Phase after = running.begin("saves after the node kill");
        long limit = killed + recoveryLimit.toNanos();
        while (System.nanoTime() < limit && after.traineesSaved() < trainees.size()) {
            Thread.sleep(200);
        }
        Thread.sleep(load.toMillis());
        running.pause();
        double all = after.traineesSaved() == trainees.size() ? after.lastFirstSaveSeconds(killed) : Double.NaN;

        int signedOut = 0;
        List<String> lost = new ArrayList<>();
        List<String> shownWrong = new ArrayList<>();
        Latencies pages = new Latencies("attempt pages after the node kill");
        try (Connection connection = primary.connect()) {
            for (QuizTrainee trainee : trainees) {
                lost.addAll(trainee.differencesFrom(connection));
                try {
                    shownWrong.addAll(trainee.differencesFrom(trainee.open(client, base, pages)));
                } catch (IllegalStateException e) {
                    signedOut++;
                }
            }
        }
        report.append(String.format(Locale.ROOT, "1. Node %s killed (SIGKILL) after %d s of load; it served %d of %d trainees. Before: %d "
                + "saves acknowledged, p95 %.0f ms, %d failed. After: %d acknowledged, p95 %.0f ms, %d failed (%s); every trainee saving "
                + "again after %s s (limit %d s). Trainees signed out (attempt page no longer theirs): %d. Acknowledged answers missing "
                + "or different in the database: %d; on the attempt pages: %d.%n",
                victim, load.toSeconds(), perNode.get(victim), trainees.size(), before.saves.count(), before.saves.percentileMillis(95),
                before.saves.errors(), after.saves.count(), after.saves.percentileMillis(95), after.saves.errors(), after.failureKinds(),
                Double.isNaN(all) ? "never" : String.format(Locale.ROOT, "%.1f", all), recoveryLimit.toSeconds(), signedOut, lost.size(),
                shownWrong.size()));
        lost.forEach(line -> failures.add("lost after the node kill: " + line));
        shownWrong.forEach(line -> failures.add("shown wrong after the node kill: " + line));
        if (signedOut > 0) {
            failures.add(signedOut + " trainees were signed out by the node kill");
        }
        failures.addAll(runOut.problems("(node kill)"));
        List<StaffSession> onVictim = staff.stream().filter(member -> victim.equals(member.node())).toList();
        long staffSignedOut = 0;
        long staffForgotten = 0;
        for (StaffSession member : onVictim) {
            if (!member.opensThePage()) {
                staffSignedOut++;
            } else if (!member.seesArabic()) {
                staffForgotten++;
            }
        }
        report.append(String.format(Locale.ROOT, "   Administrators on %s (a page that keeps entities in view scope), switched to Arabic, "
                + "when their node was killed: %d; signed out afterwards: %d; back in French (their session's last state lost): %d.%n",
                STAFF_PAGE, onVictim.size(), staffSignedOut, staffForgotten));
        if (staffSignedOut > 0) {
            failures.add(staffSignedOut + " administrators were signed out by the node kill");
        }
        if (staffForgotten > 0) {
            failures.add(staffForgotten + " administrators found their page in French again after the node kill: their session's last state was not replicated");
        }
        report.append(String.format(Locale.ROOT, "   Attempts whose time ran out 5 s after the node kill: %s.%n", runOut.summary()));
        if (Double.isNaN(all)) {
            failures.add((trainees.size() - after.traineesSaved()) + " trainees could not save within " + recoveryLimit.toSeconds()
                    + " s after the node kill");
        }
        if (before.saves.count() == 0) {
            failures.add("no save was acknowledged before the node kill: nothing was tested");
        }
    }

    private void databaseKilled(List<QuizTrainee> trainees, Load running, DeadlineWatch deadlines, List<Long> timed) throws Exception {
        System.out.printf("2. Load for %d s, then kill -9 the MariaDB primary and promote the replica...%n", load.toSeconds());
        Phase before = running.begin("saves before the database kill");
        running.resume();
        Thread.sleep(load.toMillis());
        DeadlineWatch.Batch runOut = deadlines.runOut(timed, Duration.ofSeconds(5));
        cluster("kill-db");
        long killed = System.nanoTime();
        Phase after = running.begin("saves after the database kill");
        cluster("promote");
        double promoted = (System.nanoTime() - killed) / 1e9;
        long limit = killed + recoveryLimit.toNanos();
        while (System.nanoTime() < limit && after.traineesSaved() < trainees.size()) {
            Thread.sleep(200);
        }
        Thread.sleep(load.toMillis());
        running.pause();
        double first = after.firstSaveSeconds(killed);
        double all = after.traineesSaved() == trainees.size() ? after.lastFirstSaveSeconds(killed) : Double.NaN;

        BenchmarkDatabase replica = new BenchmarkDatabase("jdbc:mariadb://127.0.0.1:" + replicaPort, "root", "", databaseName);
        int signedOut = 0;
        List<String> lost = new ArrayList<>();
        List<String> shownWrong = new ArrayList<>();
        Latencies pages = new Latencies("attempt pages after the database failover");
        try (Connection connection = replica.connect()) {
            for (QuizTrainee trainee : trainees) {
                lost.addAll(trainee.differencesFrom(connection));
                try {
                    shownWrong.addAll(trainee.differencesFrom(trainee.open(client, base, pages)));
                } catch (IllegalStateException e) {
                    signedOut++;
                }
            }
        }
        report.append(String.format(Locale.ROOT, "2. MariaDB primary killed (SIGKILL) after %d s of load (%d saves acknowledged, p95 %.0f ms); "
                + "replica promoted %.1f s later. After the kill: first acknowledged save after %.1f s, every trainee saving again after "
                + "%s s (limit %d s); %d saves acknowledged, p95 %.0f ms, %d failed (%s). Trainees signed out: %d. Acknowledged answers "
                + "missing or different on the new primary: %d; on the attempt pages: %d.%n",
                load.toSeconds(), before.saves.count(), before.saves.percentileMillis(95), promoted, first,
                Double.isNaN(all) ? "never" : String.format(Locale.ROOT, "%.1f", all), recoveryLimit.toSeconds(), after.saves.count(),
                after.saves.percentileMillis(95), after.saves.errors(), after.failureKinds(), signedOut, lost.size(), shownWrong.size()));
        lost.forEach(line -> failures.add("lost after the database failover: " + line));
        shownWrong.forEach(line -> failures.add("shown wrong after the database failover: " + line));
        if (signedOut > 0) {
            failures.add(signedOut + " trainees were signed out by the database failover");
        }
        failures.addAll(runOut.problems("(database failover)"));
        report.append(String.format(Locale.ROOT, "   Attempts whose time ran out 5 s after the primary was killed: %s.%n", runOut.summary()));
        if (Double.isNaN(all)) {
            failures.add((trainees.size() - after.traineesSaved()) + " trainees could not save within " + recoveryLimit.toSeconds()
                    + " s after the database kill");
        }
    }

    /** Used heap of every node after a full collection (jcmd GC.run, then GC.heap_info), in bytes. */
    private long usedHeapAfterGc() throws IOException, InterruptedException {
        long used = 0;
        try (var files = Files.list(work.resolve("pids"))) {
            for (Path file : files.filter(f -> f.getFileName().toString().startsWith("node")).sorted().toList()) {
                String pid = Files.readString(file).strip();
                jcmd(pid, "GC.run");
                Matcher heap = USED.matcher(jcmd(pid, "GC.heap_info"));
                if (!heap.find()) {
                    throw new IllegalStateException("jcmd GC.heap_info printed no used heap for node pid " + pid);
                }
                used += Long.parseLong(heap.group(1)) * 1024;
            }
        }
        return used;
    }

    private static String jcmd(String pid, String command) throws IOException, InterruptedException {
        Process process = new ProcessBuilder("jcmd", pid, command).redirectErrorStream(true).start();
        String output = new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        if (!process.waitFor(2, TimeUnit.MINUTES) || process.exitValue() != 0) {
            throw new IllegalStateException("jcmd " + pid + " " + command + " failed: " + output);
        }
        return output;
    }

    /** HAProxy prefixes the session cookie with the node's cookie name: "MAHARAT_SESSION=n1~...". */
    private static String nodeOf(String session) {
        String value = session.substring(session.indexOf('=') + 1);
        int tilde = value.indexOf('~');
        if (tilde < 0) {
            throw new IllegalStateException("The session cookie carries no node: is the proxy sticky? " + session);
        }
        return value.substring(0, tilde);
    }

    private void cluster(String... arguments) throws IOException, InterruptedException {
        Map<String, String> settings = new HashMap<>(Map.of("MAHARAT_CLUSTER_DB_NAME", databaseName,
                "MAHARAT_CLUSTER_HTTP_BASE", Integer.toString(proxyPort), "MAHARAT_CLUSTER_DB_PRIMARY_PORT", Integer.toString(primaryPort),
                "MAHARAT_CLUSTER_DB_REPLICA_PORT", Integer.toString(replicaPort), "MAHARAT_ADMIN_PASSWORD", ADMIN_PASSWORD,
                "MAHARAT_DEMO", "true"));
        settings.putAll(Map.of(
                // Every trainee signs in from 127.0.0.1 through the proxy, within a minute.
                "MAHARAT_LOGIN_CHECKS_PER_MINUTE", "6000", "MAHARAT_LOGIN_CLIENT_MAX_FAILURES", "5000",
                // A trainee's session ends after 5 idle minutes (+60 s): signing in 1,000 sessions on 2 loaded cores
                // took longer than that, and the first run counted those expiries as sign-outs by the kill.
                "MAHARAT_TERMINAL_IDLE_MINUTES", "60",
                // 100 sign-ins at 600,000 PBKDF2 rounds would take minutes of the 2 cores: the test measures failover.
                "MAHARAT_PASSWORD_HASH_ITERATIONS", "10000"));
        new LoopbackCluster(work, settings, Duration.ofMinutes(15)).run(arguments);
    }

    /** An administrator signed in through the proxy, keeping her cookies as a browser does, on a staff page. */
    private static final class StaffSession {
        private final URI base;
        private final CookieManager cookies = new CookieManager();
        private final HttpClient browser;

        StaffSession(URI base) throws IOException, InterruptedException {
            this.base = base;
            browser = HttpClient.newBuilder().cookieHandler(cookies).version(HttpClient.Version.HTTP_1_1)
                    .followRedirects(HttpClient.Redirect.NEVER).connectTimeout(Duration.ofSeconds(10)).build();
            String page = TraineeHttp.fetch(browser, null, base.resolve("/login.xhtml")).body();
            String form = "login=login&submit=&username=admin&password=" + TraineeHttp.enc(ADMIN_PASSWORD)
                    + "&jakarta.faces.ViewState=" + TraineeHttp.enc(TraineeHttp.viewState(page));
            HttpResponse<String> signedIn = browser.send(HttpRequest.newBuilder(base.resolve("/login.xhtml")).timeout(Duration.ofSeconds(60))
                    .header("Content-Type", "application/x-www-form-urlencoded").POST(HttpRequest.BodyPublishers.ofString(form)).build(),
                    HttpResponse.BodyHandlers.ofString());
            if (signedIn.statusCode() != 302 || !opensThePage()) {
                throw new IllegalStateException("the administrator could not sign in and open " + STAFF_PAGE);
            }
            choosesArabic();
        }

        /** The node HAProxy keeps her on: "n1" from the session cookie "n1~...". */
        String node() {
            return cookies.getCookieStore().getCookies().stream().filter(c -> c.getName().equals(TraineeHttp.SESSION_COOKIE))
                    .map(c -> c.getValue().substring(0, Math.max(0, c.getValue().indexOf('~')))).findFirst().orElse("");
        }

        /** Whether the page opens for her, still signed in (not sent to the sign-in page). */
        boolean opensThePage() throws IOException, InterruptedException {
            return page() != null;
        }

        /** Whether the page she opens is in Arabic: the language she chose is kept in her session. */
        boolean seesArabic() throws IOException, InterruptedException {
            String page = page();
            return page != null && page.contains("dir=\"rtl\"");
        }

        /** She switches the page to Arabic, which her session remembers (the session is saved with the page's view in it). */
        void choosesArabic() throws IOException, InterruptedException {
            TraineeHttp.fetch(browser, null, base.resolve(STAFF_PAGE + "?lang=ar"));
            if (!seesArabic()) {
                throw new IllegalStateException("the administrator's page did not switch to Arabic");
            }
        }

        private String page() throws IOException, InterruptedException {
            HttpResponse<String> page = TraineeHttp.fetch(browser, null, base.resolve(STAFF_PAGE));
            return page.statusCode() == 200 && page.body().contains("jakarta.faces.ViewState") ? page.body() : null;
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
     * Every trainee saving answers with a pause between them, a failed save sent again every second until
     * it is acknowledged, as the quiz page does; paused while the checks read the pages, so that a trainee
     * is used by one thread at a time.
     */
    private final class Load {
        private final List<QuizTrainee> trainees;
        private final AtomicBoolean running = new AtomicBoolean(true);
        private final AtomicBoolean paused = new AtomicBoolean(false);
        private final AtomicLongArray busy;
        private final AtomicReference<Phase> phase = new AtomicReference<>();
        private final List<Thread> threads = new ArrayList<>();

        Load(List<QuizTrainee> trainees) {
            this.trainees = trainees;
            this.busy = new AtomicLongArray(trainees.size());
        }

        Phase begin(String name) {
            Phase next = new Phase(name, trainees.size());
            if (phase.getAndSet(next) == null) {
                for (int i = 0; i < trainees.size(); i++) {
                    int index = i;
                    Random random = new Random(seed + 7919L * i);
                    Thread thread = new Thread(() -> loop(index, trainees.get(index), random), "failover-trainee-" + i);
                    thread.setDaemon(true);
                    threads.add(thread);
                    thread.start();
                }
            }
            return next;
        }

        /** Stops new saves and waits until every trainee's save in progress is acknowledged or given up. */
        void pause() throws InterruptedException {
            paused.set(true);
            long deadline = System.nanoTime() + recoveryLimit.toNanos();
            for (int i = 0; i < trainees.size(); i++) {
                while (busy.get(i) != 0 && System.nanoTime() < deadline) {
                    Thread.sleep(50);
                }
            }
        }

        void resume() {
            paused.set(false);
        }

        private void loop(int index, QuizTrainee trainee, Random random) {
            long spread = thinkMax.toMillis() - thinkMin.toMillis() + 1;
            try {
                while (running.get()) {
                    Thread.sleep(thinkMin.toMillis() + (long) (random.nextDouble() * spread));
                    if (paused.get()) {
                        continue;
                    }
                    busy.set(index, 1);
                    try {
                        AttemptView.Slot slot = trainee.nextSlot(random);
                        JsonObject answer = Answers.another(slot, trainee.answerOf(slot.slot()), random);
                        long giveUp = System.nanoTime() + recoveryLimit.toNanos();
                        while (running.get() && System.nanoTime() < giveUp) {
                            Phase current = phase.get();
                            QuizTrainee.SaveOutcome outcome = trainee.save(client, base, slot.slot(), answer, current.saves);
                            current.record(index, outcome);
                            if (outcome.saved() || outcome.status() == 409 || outcome.status() == 400 || outcome.status() == 404
                                    || outcome.status() == 410) {
                                break;
                            }
                            Thread.sleep(1000);
                        }
                    } finally {
                        busy.set(index, 0);
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
