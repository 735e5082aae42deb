package ma.maharat.benchmark;

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
import java.sql.Statement;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;
import java.util.Map;

/**
 * Bulk issuing of certificates, end to end: Maharat on a fresh MariaDB database with the demo data,
 * {@code benchmark.certificates} (400) trainees of one cooperative who completed Modeling (copies, row
 * for row, of the demo trainee Khadija's completed enrolment, lessons and passed quizzes), then one
 * {@code POST /api/certificates/issue} for the cooperative — eligibility, numbers, codes, status indexes,
 * the signed credential and the audit entry, in batches of 20 as the administrators' page issues them
 * — and then every certificate's PDF downloaded once by an administrator (the PDF is drawn at each
 * download). Prints the total and the cost per certificate of each, and their sum.
 */
public final class CertificateBulkBenchmark {

    private static final String ADMIN_PASSWORD = "benchmark-admin-1";
    private static final String COURSE = "modeling";
    private static final String COMPLETED = BenchmarkDatabase.DEMO_TRAINEE;

    private CertificateBulkBenchmark() {}

    public static void main(String[] args) throws Exception {
        int count = Integer.getInteger("benchmark.certificates", 400);
        int port = Integer.getInteger("benchmark.port", 18184);
        Path jar = Path.of(System.getProperty("benchmark.jar", "target/maharat.jar"));
        Path work = Path.of(System.getProperty("benchmark.work", "target/benchmark"));
        Files.createDirectories(work);
        BenchmarkDatabase database = BenchmarkDatabase.fromSystemProperties("maharat_bench_certificates");
        System.out.println("Database " + database.url() + " (dropped and created afresh)");
        database.recreate();
        Path log = work.resolve("certificate-server.log");
        Files.deleteIfExists(log);
        MaharatServer server = MaharatServer.start(jar, port, log, Map.of(
                "MAHARAT_DB_URL", database.url(),
                "MAHARAT_DB_USER", database.user(),
                "MAHARAT_DB_PASSWORD", database.password(),
                "MAHARAT_ADMIN_PASSWORD", ADMIN_PASSWORD,
                "MAHARAT_PUBLIC_URL", "https://maharat.example",
                "MAHARAT_DEMO", "true"),
                System.getProperty("benchmark.serverJvmOptions", ""));
        try {
            Duration startup = server.waitUntilReady(Duration.ofMinutes(5));
            URI base = server.base();
            System.out.printf("Maharat ready in %d s; adding %d trainees who completed %s%n", startup.toSeconds(), count, COURSE);
            long cooperative = addCompletedTrainees(database, count);
            HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(10)).build();
            String admin = "Basic " + Base64.getEncoder().encodeToString(("admin:" + ADMIN_PASSWORD).getBytes(StandardCharsets.UTF_8));

            // Warm-up: the first certificate of a JVM loads fonts, JSON-LD contexts and classes (~1 s).
            long warmCooperative = addCompletedTrainees(database, 5);
            issue(http, base, admin, warmCooperative);
            String session = TraineeHttp.signIn(base, "admin", ADMIN_PASSWORD);
            for (long id : certificateIds(database, warmCooperative)) {
                pdf(http, base, session, id);
            }

            long start = System.nanoTime();
            String outcome = issue(http, base, admin, cooperative);
            double issueMs = (System.nanoTime() - start) / 1e6;
            List<Long> ids = certificateIds(database, cooperative);
            if (ids.size() != count) {
                throw new IllegalStateException("Issued " + ids.size() + " certificates instead of " + count + ": " + outcome);
            }
            int signed = signedCredentials(database, cooperative);
            start = System.nanoTime();
            long bytes = 0;
            for (long id : ids) {
                bytes += pdf(http, base, session, id);
            }
            double pdfMs = (System.nanoTime() - start) / 1e6;
            System.out.println();
            System.out.printf("Bulk issuing of %d certificates (%d with a signed credential): %.0f ms, %.1f ms per certificate%n",
                    count, signed, issueMs, issueMs / count);
            System.out.printf("Their PDFs, downloaded one after the other: %.0f ms, %.1f ms per certificate, %.0f KB each%n",
                    pdfMs, pdfMs / count, bytes / 1024.0 / count);
            System.out.printf("Issuing + PDF: %.1f ms per certificate (target: under 100 ms)%n", (issueMs + pdfMs) / count);
        } finally {
            server.stop();
        }
    }

    private static String issue(HttpClient http, URI base, String admin, long cooperative) throws Exception {
        HttpResponse<String> response = http.send(HttpRequest.newBuilder(
                base.resolve("/api/certificates/issue?course=" + COURSE + "&cooperative=" + cooperative))
                .header("Authorization", admin).timeout(Duration.ofMinutes(10)).POST(HttpRequest.BodyPublishers.noBody()).build(),
                HttpResponse.BodyHandlers.ofString());
        if (response.statusCode() != 200) {
            throw new IllegalStateException("Bulk issuing answered " + response.statusCode() + ": " + response.body());
        }
        return response.body();
    }

    private static long pdf(HttpClient http, URI base, String session, long id) throws Exception {
        HttpResponse<byte[]> response = http.send(HttpRequest.newBuilder(base.resolve("/admin/certificate/" + id + ".pdf"))
                .header("Cookie", session).timeout(Duration.ofSeconds(60)).build(),
                HttpResponse.BodyHandlers.ofByteArray());
        if (response.statusCode() != 200 || response.body().length < 5 || response.body()[0] != '%') {
            throw new IllegalStateException("The PDF of certificate " + id + " answered " + response.statusCode());
        }
        return response.body().length;
    }

    /** A new cooperative of {@code count} trainees, each a copy of the demo trainee who completed the course. */
    private static long addCompletedTrainees(BenchmarkDatabase database, int count) throws SQLException {
        try (Connection connection = database.connect()) {
            connection.setAutoCommit(false);
            long cooperative;
            String name = "Coopérative Benchmark " + System.nanoTime();
            try (PreparedStatement insert = connection.prepareStatement("INSERT INTO cooperative (name_fr, name_ar, city, women_led,"
                    + " created_at) VALUES (?, ?, 'Laâyoune', TRUE, UTC_TIMESTAMP(6))", Statement.RETURN_GENERATED_KEYS)) {
                insert.setString(1, name);
                insert.setString(2, "تعاونية " + name);
                insert.executeUpdate();
                try (ResultSet key = insert.getGeneratedKeys()) {
                    key.next();
                    cooperative = key.getLong(1);
                }
            }
            long model = single(connection, "SELECT id FROM account WHERE username = '" + COMPLETED + "'");
            long course = single(connection, "SELECT id FROM course WHERE code = '" + COURSE + "'");
            for (int i = 1; i <= count; i++) {
                long trainee;
                try (PreparedStatement insert = connection.prepareStatement("INSERT INTO account (username, full_name, full_name_ar, role,"
                        + " password_hash, must_change_password, preferred_language, active, cooperative_id, created_at)"
                        + " SELECT ?, ?, 'متدربة', 'TRAINEE', password_hash, FALSE, 'ar', TRUE, ?, UTC_TIMESTAMP(6) FROM account WHERE id = ?",
                        Statement.RETURN_GENERATED_KEYS)) {
                    insert.setString(1, "cert." + cooperative + "." + i);
                    insert.setString(2, "Stagiaire " + i + " Benchmark");
                    insert.setLong(3, cooperative);
                    insert.setLong(4, model);
                    insert.executeUpdate();
                    try (ResultSet key = insert.getGeneratedKeys()) {
                        key.next();
                        trainee = key.getLong(1);
                    }
                }
                copy(connection, "INSERT INTO enrollment (account_id, course_id, enrolled_at, completed_at) SELECT ?, course_id,"
                        + " enrolled_at, completed_at FROM enrollment WHERE account_id = ? AND course_id = " + course, trainee, model);
                copy(connection, "INSERT INTO lesson_completion (account_id, lesson_id, lesson_version_id, completed_at) SELECT ?, c.lesson_id,"
                        + " c.lesson_version_id, c.completed_at FROM lesson_completion c JOIN lesson l ON l.id = c.lesson_id"
                        + " WHERE c.account_id = ? AND l.course_id = " + course, trainee, model);
                copy(connection, "INSERT INTO quiz_attempt (quiz_id, account_id, number, language, state, started_at, deadline, finished_at,"
                        + " finished_by, score, passed) SELECT a.quiz_id, ?, a.number, a.language, a.state, a.started_at, a.deadline,"
                        + " a.finished_at, a.finished_by, a.score, a.passed FROM quiz_attempt a JOIN quiz q ON q.id = a.quiz_id"
                        + " WHERE a.account_id = ? AND a.passed = TRUE AND q.course_id = " + course, trainee, model);
            }
            connection.commit();
            return cooperative;
        }
    }

    private static void copy(Connection connection, String sql, long trainee, long model) throws SQLException {
        try (PreparedStatement copy = connection.prepareStatement(sql)) {
            copy.setLong(1, trainee);
            copy.setLong(2, model);
            if (copy.executeUpdate() == 0) {
                throw new IllegalStateException("Nothing to copy from " + COMPLETED + ": " + sql);
            }
        }
    }

    private static long single(Connection connection, String sql) throws SQLException {
        try (Statement statement = connection.createStatement(); ResultSet row = statement.executeQuery(sql)) {
            if (!row.next()) {
                throw new IllegalStateException("Nothing for " + sql + " (was Maharat started with MAHARAT_DEMO=true?)");
            }
            return row.getLong(1);
        }
    }

    private static List<Long> certificateIds(BenchmarkDatabase database, long cooperative) throws SQLException {
        List<Long> ids = new ArrayList<>();
        try (Connection connection = database.connect(); Statement statement = connection.createStatement();
                ResultSet rows = statement.executeQuery("SELECT c.id FROM certificate c JOIN account a ON a.id = c.holder_id"
                        + " WHERE a.cooperative_id = " + cooperative + " ORDER BY c.id")) {
            while (rows.next()) {
                ids.add(rows.getLong(1));
            }
        }
        return ids;
    }

    private static int signedCredentials(BenchmarkDatabase database, long cooperative) throws SQLException {
        try (Connection connection = database.connect(); Statement statement = connection.createStatement();
                ResultSet row = statement.executeQuery("SELECT COUNT(*) FROM certificate c JOIN account a ON a.id = c.holder_id"
                        + " WHERE a.cooperative_id = " + cooperative + " AND c.credential_json IS NOT NULL")) {
            row.next();
            return row.getInt(1);
        }
    }
}
