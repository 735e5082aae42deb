package ma.maharat.benchmark;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The MariaDB database a quiz benchmark runs Maharat on, reached directly with JDBC as well: to make
 * it afresh, to add the trainees the demo data set lacks, to check what was stored, and to measure
 * the server's raw commit rate. The server is the one the integration tests use: 127.0.0.1:3306 as
 * root by default, or the host of MAHARAT_IT_DB_URL (with MAHARAT_IT_DB_USER and _PASSWORD), or
 * -Dbenchmark.db.url=jdbc:mariadb://host:port, -Dbenchmark.db.user, -Dbenchmark.db.password; the
 * user must be allowed to drop and create the database ({@code -Dbenchmark.db.name}).
 */
final class BenchmarkDatabase {

    /** The demo trainee whose password hash (of "maharat-demo") the benchmark's trainees get. */
    static final String DEMO_TRAINEE = "khadija.elidrissi";
    private static final Pattern SERVER = Pattern.compile("^(jdbc:mariadb://[^/?]+)");

    private final String server;
    private final String user;
    private final String password;
    private final String name;

    BenchmarkDatabase(String server, String user, String password, String name) {
        this.server = server;
        this.user = user;
        this.password = password;
        this.name = name;
    }

    static BenchmarkDatabase fromSystemProperties(String defaultName) {
        String server = property("benchmark.db.url", null);
        String user = property("benchmark.db.user", null);
        String password = property("benchmark.db.password", null);
        String itUrl = System.getenv("MAHARAT_IT_DB_URL");
        if (server == null && itUrl != null && !itUrl.isBlank()) {
            server = itUrl;
            user = user == null ? System.getenv("MAHARAT_IT_DB_USER") : user;
            password = password == null ? System.getenv("MAHARAT_IT_DB_PASSWORD") : password;
        }
        server = server == null ? "jdbc:mariadb://127.0.0.1:3306" : server;
        Matcher host = SERVER.matcher(server);
        if (!host.find()) {
            throw new IllegalArgumentException("Not a MariaDB JDBC URL: " + server);
        }
        return new BenchmarkDatabase(host.group(1), user == null ? "root" : user, password == null ? "" : password,
                property("benchmark.db.name", defaultName));
    }

    /** A system property; an empty one (Maven passes unset properties as empty) counts as unset. */
    private static String property(String key, String fallback) {
        String value = System.getProperty(key);
        return value == null || value.isBlank() ? fallback : value;
    }

    /** The database's URL, as Maharat gets it in MAHARAT_DB_URL. */
    String url() {
        return server + "/" + name;
    }

    String server() {
        return server;
    }

    String user() {
        return user;
    }

    String password() {
        return password;
    }

    String name() {
        return name;
    }

    Connection connect() throws SQLException {
        return DriverManager.getConnection(url(), user, password);
    }

    /** Drops the database and creates it empty: Flyway and the demo data set fill it when Maharat starts. */
    void recreate() throws SQLException {
        try (Connection connection = DriverManager.getConnection(server + "/", user, password);
                Statement statement = connection.createStatement()) {
            statement.execute("DROP DATABASE IF EXISTS `" + name + "`");
            statement.execute("CREATE DATABASE `" + name + "` CHARACTER SET utf8mb4 COLLATE utf8mb4_unicode_ci");
        }
    }

    /** The server's version and the settings that decide what a commit costs and how many clients it takes. */
    Map<String, String> serverSettings() throws SQLException {
        Map<String, String> settings = new LinkedHashMap<>();
        try (Connection connection = connect(); Statement statement = connection.createStatement()) {
            try (ResultSet version = statement.executeQuery("SELECT VERSION()")) {
                version.next();
                settings.put("version", version.getString(1));
            }
            try (ResultSet variables = statement.executeQuery("SHOW GLOBAL VARIABLES WHERE Variable_name IN ('innodb_flush_log_at_trx_commit',"
                    + " 'sync_binlog', 'log_bin', 'innodb_doublewrite', 'innodb_flush_method', 'innodb_buffer_pool_size',"
                    + " 'innodb_log_file_size', 'max_connections', 'transaction_isolation', 'tx_isolation')")) {
                while (variables.next()) {
                    settings.put(variables.getString(1), variables.getString(2));
                }
            }
        }
        return settings;
    }

    /** The server's process id when it runs on this machine (its pid file readable here), else {@link CpuTime#NONE}. */
    long serverPid() throws SQLException {
        try (Connection connection = connect(); Statement statement = connection.createStatement();
                ResultSet pidFile = statement.executeQuery("SELECT @@pid_file")) {
            pidFile.next();
            return CpuTime.pidFromFile(pidFile.getString(1));
        }
    }

    int maxConnections() throws SQLException {
        return Integer.parseInt(serverSettings().get("max_connections"));
    }

    /**
     * Raises the server's max_connections to at least {@code needed} (never lowers it).
     *
     * @return the value before, to give back with {@link #setMaxConnections}
     */
    int raiseMaxConnections(int needed) throws SQLException {
        int before = maxConnections();
        if (before < needed) {
            setMaxConnections(needed);
        }
        return before;
    }

    void setMaxConnections(int value) throws SQLException {
        try (Connection connection = connect(); Statement statement = connection.createStatement()) {
            statement.execute("SET GLOBAL max_connections = " + value);
        }
    }

    /**
     * Adds trainees named {@code prefix001}, {@code prefix002}... with the demo trainees' password
     * (their hash is copied) and enrols them in the course; half of them read Arabic, half French.
     * The demo data set has only nine trainees, and a benchmark needs one account per simulated trainee.
     */
    List<String> addTrainees(int count, String prefix, String course) throws SQLException {
        List<String> usernames = new ArrayList<>();
        try (Connection connection = connect()) {
            connection.setAutoCommit(false);
            String hash;
            try (PreparedStatement select = connection.prepareStatement("SELECT password_hash FROM account WHERE username = ?")) {
                select.setString(1, DEMO_TRAINEE);
                try (ResultSet row = select.executeQuery()) {
                    if (!row.next()) {
                        throw new IllegalStateException("No demo trainee " + DEMO_TRAINEE + ": was Maharat started with MAHARAT_DEMO=true?");
                    }
                    hash = row.getString(1);
                }
            }
            try (PreparedStatement insert = connection.prepareStatement("INSERT INTO account (username, full_name, role, password_hash,"
                    + " must_change_password, preferred_language, active, created_at) VALUES (?, ?, 'TRAINEE', ?, FALSE, ?, TRUE, UTC_TIMESTAMP(6))")) {
                for (int i = 1; i <= count; i++) {
                    String username = String.format("%s%03d", prefix, i);
                    usernames.add(username);
                    insert.setString(1, username);
                    insert.setString(2, "Stagiaire " + username);
                    insert.setString(3, hash);
                    insert.setString(4, i % 2 == 0 ? "fr" : "ar");
                    insert.addBatch();
                }
                insert.executeBatch();
            }
            try (PreparedStatement enrol = connection.prepareStatement("INSERT INTO enrollment (account_id, course_id, enrolled_at)"
                    + " SELECT a.id, c.id, UTC_TIMESTAMP(6) FROM account a JOIN course c ON c.code = ? WHERE a.username LIKE ?")) {
                enrol.setString(1, course);
                enrol.setString(2, prefix.replace("_", "\\_") + "%");
                int enrolled = enrol.executeUpdate();
                if (enrolled != count) {
                    throw new IllegalStateException("Enrolled " + enrolled + " trainees in " + course + " instead of " + count);
                }
            }
            connection.commit();
        }
        return usernames;
    }
}
