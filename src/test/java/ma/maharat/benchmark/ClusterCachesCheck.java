package ma.maharat.benchmark;

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
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Duration;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Base64;
import java.util.LinkedHashMap;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

/**
 * The two-node check of issue 19 ("every in-memory cache is cluster-correct, jobs run once"): two Payara
 * Micro nodes of {@code docker/cluster/run-loopback.sh} started at the same instant on an empty database,
 * then, over HTTP straight to each node (not through the proxy, so that the test says which node answers):
 *
 * <ol>
 * <li><b>Start-up tasks once.</b> One administrator, one signing key, the demo center's cooperatives and the
 * courses once each; no node failed to deploy; the logs say which node ran the tasks and whether the other
 * waited for its turn ({@code platform.database.StartUpTurn}).</li>
 * <li><b>A deactivation.</b> A trainee signed in on node 2; an administrator deactivates her on node 1. Her
 * session on node 2 is refused at its next request and a fresh sign-in on node 2 too, measured in
 * milliseconds (the per-node memory's time to live is 10 s).</li>
 * <li><b>A password change.</b> A trainee changes her password on node 1; her old password fails on node 2
 * at once, the new one works.</li>
 * <li><b>Throttling across nodes.</b> Failed sign-ins from one client address, alternating between the nodes,
 * meet the client's wall after the same 20 failures as on one node (not 40); the public certificate lookups
 * of one address share one budget of 30 a minute.</li>
 * <li><b>A job once.</b> Overdue attempts (deadline passed) are closed by the deadline job exactly once: the
 * rounds each node logs add up to the number of attempts, and nothing failed.</li>
 * </ol>
 *
 * <p>Run with {@code ./mvnw -Pcluster-caches verify} after a build (needs haproxy and mariadb-server from
 * Debian); bounded in time, it stops everything it started, writes target/cluster-caches/cluster-caches.md and
 * exits with 1 when anything above did not hold. Ports and folders: -Dcaches.httpBase (8310: node n on base +
 * n), -Dcaches.gridBase (5920), -Dcaches.primaryPort (3321), -Dcaches.replicaPort (3320), -Dcaches.work
 * (target/cluster-caches), -Dcaches.clusterName: other than the failover test's, so both can run at once.
 * -Dcaches.reuse=true checks a cluster already started with the same settings and leaves it running (to work on
 * the check itself).
 */
public final class ClusterCachesCheck {

    private static final Pattern VIEW_STATE = Pattern.compile("name=\"jakarta.faces.ViewState\"[^>]*value=\"([^\"]+)\"");
    private static final Pattern NONCE = Pattern.compile("nonce=\"([^\"]+)\"");
    private static final Pattern CLOSED_ROUND = Pattern.compile("Deadline round: closed (\\d+) attempts on this node");
    private static final String PASSWORD = TraineeHttp.DEMO_PASSWORD;
    /** The refusals the check must see well before the nodes' memories would expire by themselves (10 s). */
    private static final Duration AT_ONCE = Duration.ofSeconds(2);
    private static final int OVERDUE_ATTEMPTS = 8;

    private final Path work = Path.of(System.getProperty("caches.work", "target/cluster-caches")).toAbsolutePath();
    private final int httpBase = Integer.getInteger("caches.httpBase", 8310);
    private final int gridBase = Integer.getInteger("caches.gridBase", 5920);
    private final int primaryPort = Integer.getInteger("caches.primaryPort", 3321);
    private final int replicaPort = Integer.getInteger("caches.replicaPort", 3320);
    private final String clusterName = System.getProperty("caches.clusterName", "maharat-cluster-check");
    private final String databaseName = System.getProperty("caches.dbName", "maharat_cluster_caches");
    private final String adminPassword = "caches-admin-1";
    private final boolean reuse = Boolean.getBoolean("caches.reuse");
    /** Names and addresses of this run, so that a check of a reused cluster meets nothing of an earlier one. */
    private final String run = Long.toString(System.currentTimeMillis() % 1_000_000_000L, 36);
    private final int net = new java.util.Random().nextInt(20) * 10;

    private final List<String> failures = new ArrayList<>();
    private final StringBuilder report = new StringBuilder();
    private BenchmarkDatabase primary;

    public static void main(String[] args) throws Exception {
        ClusterCachesCheck check = new ClusterCachesCheck();
        boolean passed = check.run();
        System.exit(passed ? 0 : 1);
    }

    private URI node(int n) {
        return URI.create("http://127.0.0.1:" + (httpBase + n) + "/");
    }

    private boolean run() throws Exception {
        if (!reuse) {
            MaharatServer.deleteRecursively(work);
        }
        Files.createDirectories(work);
        try {
            long begin = System.nanoTime();
            if (!reuse) {
                cluster("start");
            }
            long startup = TimeUnit.NANOSECONDS.toSeconds(System.nanoTime() - begin);
            primary = new BenchmarkDatabase("jdbc:mariadb://127.0.0.1:" + primaryPort, "root", "", databaseName);
            report.append(String.format(Locale.ROOT, "Cluster caches and jobs check, %s. Machine: %d cores, Java %s. Topology of "
                    + "docker/cluster/run-loopback.sh on loopback, both nodes started at the same instant on an empty database "
                    + "(MAHARAT_CLUSTER_START_TOGETHER=true); both ready after %d s. Requests go straight to node 1 (:%d) or node 2 (:%d).%n%n",
                    LocalDate.now(), Runtime.getRuntime().availableProcessors(), System.getProperty("java.version"), startup,
                    httpBase + 1, httpBase + 2));
            startUpOnce();
            deactivation();
            passwordChange();
            throttling();
            jobOnce();
        } catch (Exception e) {
            failures.add("the check itself failed: " + e);
            e.printStackTrace();
        } finally {
            try {
                if (!reuse) {
                    cluster("stop");
                }
            } catch (Exception e) {
                failures.add("stopping the cluster failed: " + e);
            }
        }
        report.append(failures.isEmpty() ? "\nPASSED.\n" : "\nFAILED:\n" + failures.stream().map(f -> "- " + f).collect(Collectors.joining("\n")) + "\n");
        System.out.println();
        System.out.println(report);
        Files.writeString(work.resolve("cluster-caches.md"), report);
        return failures.isEmpty();
    }

    private void startUpOnce() throws IOException, SQLException {
        String log1 = nodeLog(1);
        String log2 = nodeLog(2);
        long ran = count(log1, "This node runs the start-up tasks") + count(log2, "This node runs the start-up tasks");
        long waited = count(log1, "for another node's start-up tasks; this node runs them now") + count(log2, "for another node's start-up tasks; this node runs them now");
        Map<String, Long> rows = new LinkedHashMap<>();
        rows.put("administrators named admin", scalar("SELECT COUNT(*) FROM account WHERE username = 'admin'"));
        rows.put("signing keys", scalar("SELECT COUNT(*) FROM signing_key"));
        rows.put("cooperatives", scalar("SELECT COUNT(*) FROM cooperative"));
        rows.put("distinct cooperative names", scalar("SELECT COUNT(DISTINCT name_fr) FROM cooperative"));
        rows.put("courses", scalar("SELECT COUNT(*) FROM course"));
        rows.put("distinct course codes", scalar("SELECT COUNT(DISTINCT code) FROM course"));
        rows.put("demo trainee fatima.zahra", scalar("SELECT COUNT(*) FROM account WHERE username = 'fatima.zahra'"));
        rows.put("cohorts", scalar("SELECT COUNT(*) FROM cohort"));
        rows.put("distinct cohort names", scalar("SELECT COUNT(DISTINCT name) FROM cohort"));
        report.append(String.format(Locale.ROOT, "1. Start-up tasks: the node that took the turn ran them (%d log line(s) \"This node runs the "
                + "start-up tasks\"); the other %s. Rows after both started: %s.%n", ran,
                waited > 0 ? "waited for its turn, then found them done" : "did not have to wait (it reached its turn after the first had finished)",
                rows.entrySet().stream().map(e -> e.getKey() + " " + e.getValue()).collect(Collectors.joining(", "))));
        expect(rows.get("administrators named admin") == 1, "administrators named admin: " + rows.get("administrators named admin"));
        expect(rows.get("signing keys") == 1, "signing keys: " + rows.get("signing keys"));
        expect(rows.get("cooperatives").equals(rows.get("distinct cooperative names")) && rows.get("cooperatives") > 0,
                "the demo cooperatives were loaded twice or not at all: " + rows.get("cooperatives") + " rows, " + rows.get("distinct cooperative names") + " names");
        expect(rows.get("cohorts").equals(rows.get("distinct cohort names")) && rows.get("cohorts") > 0,
                "the demo cohorts were loaded twice or not at all: " + rows.get("cohorts") + " rows, " + rows.get("distinct cohort names") + " names");
        expect(rows.get("courses").equals(rows.get("distinct course codes")) && rows.get("courses") > 0, "courses: " + rows.get("courses"));
        expect(reuse || ran >= 1 && ran + waited == 2, "start-up turn log lines: " + ran + " ran first, " + waited + " after waiting (expected 2 in all)");
        for (int n = 1; n <= 2; n++) {
            String log = nodeLog(n);
            expect(!log.contains("Could not create the initial administrator"), "node " + n + " could not create the initial administrator");
            expect(!log.contains("starting without it"), "node " + n + " started without the start-up turn");
        }
    }

    /** A trainee signed in on node 2 is deactivated on node 1: her session and a fresh sign-in on node 2 are refused at once. */
    private void deactivation() throws Exception {
        String username = "cachecheck.off." + run;
        long id = newTrainee(username, "Aaaa Cachecheck Deactivated");
        Visitor trainee = new Visitor(address(10));
        expect(trainee.signIn(node(2), username, PASSWORD), "the trainee could not sign in on node 2: " + trainee.lastSignIn);
        expect(trainee.get(node(2).resolve("/learn/")).statusCode() == 200, "her page on node 2 did not open");

        Visitor admin = new Visitor(address(11));
        expect(admin.signIn(node(1), "admin", adminPassword), "the administrator could not sign in on node 1");
        HttpResponse<String> page = admin.get(node(1).resolve("/admin/accounts.xhtml"));
        // Her row: the last row start (data-ri, the row's index) before her username. Her full name puts her on page 1.
        int at = page.body().indexOf(">" + username + "<");
        Matcher rows = Pattern.compile("data-ri=\"(\\d+)\"").matcher(at < 0 ? "" : page.body().substring(0, at));
        String index = null;
        while (rows.find()) {
            index = rows.group(1);
        }
        if (index == null) {
            throw new IllegalStateException("the trainee's row is not on the first page of /admin/accounts.xhtml");
        }
        String button = "accounts:table:" + index + ":deactivate";
        Map<String, String> form = new LinkedHashMap<>();
        form.put("accounts", "accounts");
        form.put("jakarta.faces.partial.ajax", "true");
        form.put("jakarta.faces.source", button);
        form.put("jakarta.faces.partial.execute", button);
        form.put("jakarta.faces.partial.render", "accounts");
        form.put(button, button);
        HttpResponse<String> done = admin.postAjax(node(1).resolve("/admin/accounts.xhtml"), page.body(), form);
        long deactivatedAt = System.nanoTime();
        expect(scalar("SELECT active FROM account WHERE id = " + id) == 0, "the deactivation on node 1 did not reach the database: "
                + done.statusCode() + " " + abbreviate(done.body()));

        long sessionRefusedMillis = -1;
        while (System.nanoTime() - deactivatedAt < Duration.ofSeconds(15).toNanos()) {
            HttpResponse<String> next = trainee.get(node(2).resolve("/learn/"));
            if (next.statusCode() == 302 && next.headers().firstValue("Location").orElse("").contains("login.xhtml")) {
                sessionRefusedMillis = TimeUnit.NANOSECONDS.toMillis(System.nanoTime() - deactivatedAt);
                break;
            }
            Thread.sleep(20);
        }
        long signInAt = System.nanoTime();
        boolean signedInAgain = new Visitor(address(12)).signIn(node(2), username, PASSWORD);
        long signInMillis = TimeUnit.NANOSECONDS.toMillis(System.nanoTime() - signInAt);
        report.append(String.format(Locale.ROOT, "2. Deactivation: a trainee signed in on node 2, deactivated by an administrator on node 1. "
                + "Her session on node 2 refused %s after the deactivation's answer; a fresh sign-in on node 2 right after: %s (%d ms).%n",
                sessionRefusedMillis < 0 ? "NOT within 15 s" : sessionRefusedMillis + " ms", signedInAgain ? "LET IN" : "refused", signInMillis));
        expect(sessionRefusedMillis >= 0 && sessionRefusedMillis <= AT_ONCE.toMillis(),
                "her session on node 2 was refused after " + sessionRefusedMillis + " ms (limit " + AT_ONCE.toMillis() + " ms)");
        expect(!signedInAgain, "a deactivated trainee signed in on node 2");
    }

    /** A trainee changes her password on node 1: the old one fails on node 2 at once. */
    private void passwordChange() throws Exception {
        String username = "cachecheck.pw." + run;
        newTrainee(username, "Aaab Cachecheck Password");
        Visitor trainee = new Visitor(address(20));
        // Node 2 knows her first: its EclipseLink cache holds her account with the old password's hash.
        expect(new Visitor(address(21)).signIn(node(2), username, PASSWORD), "the trainee could not sign in on node 2");
        expect(trainee.signIn(node(1), username, PASSWORD), "the trainee could not sign in on node 1");
        HttpResponse<String> page = trainee.get(node(1).resolve("/profile/password.xhtml"));
        String newPassword = "cachecheck-New-2026";
        Map<String, String> form = new LinkedHashMap<>();
        form.put("password", "password");
        form.put("password:current", PASSWORD);
        form.put("password:new", newPassword);
        form.put("password:repeat", newPassword);
        form.put("password:save", "");
        HttpResponse<String> saved = trainee.postForm(node(1).resolve("/profile/password.xhtml"), page.body(), form);
        long changedAt = System.nanoTime();
        boolean oldWorks = new Visitor(address(22)).signIn(node(2), username, PASSWORD);
        long oldMillis = TimeUnit.NANOSECONDS.toMillis(System.nanoTime() - changedAt);
        boolean newWorks = new Visitor(address(23)).signIn(node(2), username, newPassword);
        report.append(String.format(Locale.ROOT, "3. Password change: a trainee changed her password on node 1 (answer %d). On node 2 right "
                + "after: the old password %s (%d ms after the change's answer), the new one %s.%n",
                saved.statusCode(), oldWorks ? "STILL OPENED the account" : "refused", oldMillis, newWorks ? "signs in" : "REFUSED"));
        expect(!oldWorks, "the old password still signed in on node 2");
        expect(newWorks, "the new password did not sign in on node 2 (was the change saved? answer " + saved.statusCode() + ")");
    }

    /** Failed sign-ins of one address split over both nodes meet one wall; one address has one lookup budget. */
    private void throttling() throws Exception {
        String attacker = address(30);
        HttpClient client = TraineeHttp.newClient();
        int firstThrottled = -1;
        for (int attempt = 1; attempt <= 45 && firstThrottled < 0; attempt++) {
            // A different unknown username each time: only the client's own count can stop it.
            String basic = Base64.getEncoder().encodeToString(("nobody" + attempt + ".cachecheck:wrong-password").getBytes(StandardCharsets.UTF_8));
            HttpResponse<String> answer = client.send(HttpRequest.newBuilder(node(1 + attempt % 2).resolve("/api/me"))
                    .timeout(Duration.ofSeconds(30)).header("Authorization", "Basic " + basic).header("X-Forwarded-For", attacker).build(),
                    HttpResponse.BodyHandlers.ofString());
            if (answer.statusCode() == 429) {
                firstThrottled = attempt;
            } else if (answer.statusCode() != 401) {
                throw new IllegalStateException("a wrong password answered " + answer.statusCode() + ": " + abbreviate(answer.body()));
            }
        }
        int firstLimited = -1;
        long lookupsStarted = System.nanoTime();
        for (int lookup = 1; lookup <= 70 && firstLimited < 0; lookup++) {
            HttpResponse<String> answer = client.send(HttpRequest.newBuilder(node(1 + lookup % 2).resolve("/api/verify/NONE-" + lookup))
                    .timeout(Duration.ofSeconds(30)).header("X-Forwarded-For", address(31)).build(), HttpResponse.BodyHandlers.ofString());
            if (answer.statusCode() == 429) {
                firstLimited = lookup;
            }
        }
        // The budget refills at one lookup every 2 s: on a slow machine the first refusal comes that much later.
        long lookupSeconds = TimeUnit.NANOSECONDS.toSeconds(System.nanoTime() - lookupsStarted);
        int refilled = (int) (lookupSeconds / 2);
        report.append(String.format(Locale.ROOT, "4. Throttling across nodes: failed sign-ins from one address alternating between the nodes "
                + "(HTTP Basic on /api/me, a new unknown username each time): the first refused as throttled was number %d (the "
                + "client's wall is 20 failures; counted per node it would have been 41). Certificate lookups of one address "
                + "alternating between the nodes: the first refused was number %d after %d s (30 a minute, one more every 2 s: at most %d; "
                + "per node it would have been 61).%n", firstThrottled, firstLimited, lookupSeconds, 31 + refilled));
        expect(firstThrottled == 21, "failed sign-ins split over two nodes were first throttled at number " + firstThrottled + " (expected 21)");
        expect(firstLimited >= 31 && firstLimited <= 31 + refilled && firstLimited < 61,
                "lookups split over two nodes were first limited at number " + firstLimited + " (expected 31 to " + (31 + refilled) + ")");
    }

    /** Overdue attempts are closed by the deadline job exactly once, whichever node runs a round. */
    private void jobOnce() throws Exception {
        long before = closedInLogs();
        String prefix = "cachecheck.job" + run + ".";
        List<String> trainees = primary.addTrainees(OVERDUE_ATTEMPTS, prefix, "quality");
        try (Connection connection = primary.connect();
                PreparedStatement insert = connection.prepareStatement("INSERT INTO quiz_attempt (quiz_id, account_id, number, language, state,"
                        + " started_at, deadline) SELECT q.id, a.id, 1, 'fr', 'IN_PROGRESS', UTC_TIMESTAMP(6) - INTERVAL 20 MINUTE,"
                        + " UTC_TIMESTAMP(6) - INTERVAL 1 MINUTE FROM account a JOIN course c ON c.code = 'quality'"
                        + " JOIN quiz q ON q.course_id = c.id WHERE a.username LIKE '" + prefix + "%'"
                        + " AND q.id = (SELECT MIN(q2.id) FROM quiz q2 WHERE q2.course_id = c.id)")) {
            int inserted = insert.executeUpdate();
            if (inserted != trainees.size()) {
                throw new IllegalStateException("inserted " + inserted + " overdue attempts for " + trainees.size() + " trainees");
            }
        }
        long inserted = System.nanoTime();
        long open = OVERDUE_ATTEMPTS;
        while (open > 0 && System.nanoTime() - inserted < Duration.ofSeconds(60).toNanos()) {
            Thread.sleep(500);
            open = scalar("SELECT COUNT(*) FROM quiz_attempt a JOIN account t ON t.id = a.account_id WHERE t.username LIKE '" + prefix + "%'"
                    + " AND a.state = 'IN_PROGRESS'");
        }
        long seconds = TimeUnit.NANOSECONDS.toSeconds(System.nanoTime() - inserted);
        Thread.sleep(16_000); // one more round on each node: a second closing would show now
        long byDeadline = scalar("SELECT COUNT(*) FROM quiz_attempt a JOIN account t ON t.id = a.account_id WHERE t.username LIKE '" + prefix + "%'"
                + " AND a.finished_by = 'DEADLINE'");
        long closedByNode1 = closed(nodeLog(1));
        long closedByNode2 = closed(nodeLog(2));
        long closed = closedByNode1 + closedByNode2 - before;
        long failed = count(nodeLog(1), "Closing expired attempt") + count(nodeLog(2), "Closing expired attempt");
        report.append(String.format(Locale.ROOT, "5. Job once: %d overdue attempts inserted; all closed within %d s (%d still open), %d "
                + "finished by the deadline. The nodes' deadline rounds closed %d in all (node 1: %d, node 2: %d over the whole run); "
                + "failed closings logged: %d.%n", OVERDUE_ATTEMPTS, seconds, open, byDeadline, closed, closedByNode1, closedByNode2, failed));
        expect(open == 0, open + " overdue attempts were still open after 60 s");
        expect(byDeadline == OVERDUE_ATTEMPTS, byDeadline + " attempts finished by the deadline, expected " + OVERDUE_ATTEMPTS);
        expect(closed == OVERDUE_ATTEMPTS, "the deadline rounds closed " + closed + " attempts, expected exactly " + OVERDUE_ATTEMPTS);
        expect(failed == 0, failed + " failed closings in the logs");
    }

    /** An address of the documentation range (RFC 5737), only ever written in X-Forwarded-For: no traffic goes there. */
    private String address(int n) {
        return "192.0.2." + (net + n);
    }

    private long closedInLogs() throws IOException {
        return closed(nodeLog(1)) + closed(nodeLog(2));
    }

    private static long closed(String log) {
        Matcher matcher = CLOSED_ROUND.matcher(log);
        long sum = 0;
        while (matcher.find()) {
            sum += Long.parseLong(matcher.group(1));
        }
        return sum;
    }

    /** A trainee of the demo's password, inserted as the benchmarks do (no sign-in needed to exist). */
    private long newTrainee(String username, String fullName) throws SQLException {
        try (Connection connection = primary.connect();
                PreparedStatement insert = connection.prepareStatement("INSERT INTO account (username, full_name, role, password_hash,"
                        + " must_change_password, preferred_language, active, created_at) SELECT ?, ?, 'TRAINEE', password_hash, FALSE, 'fr',"
                        + " TRUE, UTC_TIMESTAMP(6) FROM account WHERE username = ?")) {
            insert.setString(1, username);
            insert.setString(2, fullName);
            insert.setString(3, BenchmarkDatabase.DEMO_TRAINEE);
            if (insert.executeUpdate() != 1) {
                throw new IllegalStateException("no demo trainee to copy the password of: was the demo data loaded?");
            }
        }
        return scalar("SELECT id FROM account WHERE username = '" + username + "'");
    }

    private long scalar(String sql) throws SQLException {
        try (Connection connection = primary.connect(); PreparedStatement statement = connection.prepareStatement(sql);
                ResultSet row = statement.executeQuery()) {
            row.next();
            return row.getLong(1);
        }
    }

    private String nodeLog(int n) throws IOException {
        return Files.readString(work.resolve("node" + n).resolve("server.log"));
    }

    private static long count(String text, String what) {
        long count = 0;
        for (int at = text.indexOf(what); at >= 0; at = text.indexOf(what, at + what.length())) {
            count++;
        }
        return count;
    }

    private void expect(boolean holds, String failure) {
        if (!holds) {
            failures.add(failure);
        }
    }

    private static String abbreviate(String text) {
        return text.length() <= 400 ? text : text.substring(0, 400) + "...";
    }

    private void cluster(String... arguments) throws IOException, InterruptedException {
        Map<String, String> settings = new HashMap<>(Map.of("MAHARAT_CLUSTER_DB_NAME", databaseName,
                "MAHARAT_CLUSTER_HTTP_BASE", Integer.toString(httpBase), "MAHARAT_CLUSTER_GRID_BASE", Integer.toString(gridBase),
                "MAHARAT_CLUSTER_DB_PRIMARY_PORT", Integer.toString(primaryPort), "MAHARAT_CLUSTER_DB_REPLICA_PORT", Integer.toString(replicaPort),
                "MAHARAT_CLUSTER_NAME", clusterName, "MAHARAT_CLUSTER_START_TOGETHER", "true"));
        // Production's throttling (the defaults); cheaper password hashes, as the integration tests use.
        settings.putAll(Map.of("MAHARAT_ADMIN_PASSWORD", adminPassword, "MAHARAT_DEMO", "true",
                "MAHARAT_PASSWORD_HASH_ITERATIONS", "10000"));
        new LoopbackCluster(work, settings, Duration.ofMinutes(20)).run(arguments);
    }

    /** One browser: its own cookies, and the address the proxy would have put in X-Forwarded-For. */
    private static final class Visitor {
        /** The last sign-in's answer, for a failure's message. */
        String lastSignIn = "";
        private final HttpClient client;
        private final String address;

        Visitor(String address) {
            this.address = address;
            this.client = HttpClient.newBuilder().cookieHandler(new CookieManager()).version(HttpClient.Version.HTTP_1_1)
                    .followRedirects(HttpClient.Redirect.NEVER).connectTimeout(Duration.ofSeconds(10)).build();
        }

        HttpResponse<String> get(URI uri) throws IOException, InterruptedException {
            return client.send(HttpRequest.newBuilder(uri).timeout(Duration.ofSeconds(30)).header("X-Forwarded-For", address).build(),
                    HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
        }

        /** The sign-in form; true when it signed in (a redirect away from the login page). */
        boolean signIn(URI node, String username, String password) throws IOException, InterruptedException {
            String page = get(node.resolve("/login.xhtml")).body();
            Map<String, String> form = new LinkedHashMap<>();
            form.put("login", "login");
            form.put("submit", "");
            form.put("username", username);
            form.put("password", password);
            HttpResponse<String> answer = postForm(node.resolve("/login.xhtml"), page, form);
            lastSignIn = answer.statusCode() + " " + answer.headers().firstValue("Location").orElse("") + " " + abbreviate(answer.body());
            return answer.statusCode() == 302 && !answer.headers().firstValue("Location").orElse("").contains("login.xhtml");
        }

        HttpResponse<String> postForm(URI uri, String page, Map<String, String> fields) throws IOException, InterruptedException {
            return post(uri, page, fields, false);
        }

        HttpResponse<String> postAjax(URI uri, String page, Map<String, String> fields) throws IOException, InterruptedException {
            return post(uri, page, fields, true);
        }

        private HttpResponse<String> post(URI uri, String page, Map<String, String> fields, boolean ajax) throws IOException, InterruptedException {
            Map<String, String> all = new LinkedHashMap<>(fields);
            Matcher viewState = VIEW_STATE.matcher(page);
            if (viewState.find()) {
                all.put("jakarta.faces.ViewState", viewState.group(1).replace("&#58;", ":"));
            }
            Matcher nonce = NONCE.matcher(page);
            if (nonce.find()) {
                all.put("primefaces.nonce", nonce.group(1));
            }
            String body = all.entrySet().stream().map(e -> TraineeHttp.enc(e.getKey()) + "=" + TraineeHttp.enc(e.getValue()))
                    .collect(Collectors.joining("&"));
            HttpRequest.Builder request = HttpRequest.newBuilder(uri).timeout(Duration.ofSeconds(60)).header("X-Forwarded-For", address)
                    .header("Content-Type", "application/x-www-form-urlencoded; charset=UTF-8")
                    .POST(HttpRequest.BodyPublishers.ofString(body, StandardCharsets.UTF_8));
            if (ajax) {
                request.header("Faces-Request", "partial/ajax").header("X-Requested-With", "XMLHttpRequest");
            }
            return client.send(request.build(), HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
        }
    }
}
