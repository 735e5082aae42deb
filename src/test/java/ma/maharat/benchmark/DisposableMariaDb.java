package ma.maharat.benchmark;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;

/**
 * A MariaDB server of the crash test's own, which it may kill: Debian's {@code mariadbd} on a data
 * folder under target/, on its own port and socket, never the shared server on 3306. Durability as a
 * production server has it ({@code innodb_flush_log_at_trx_commit=1}, the default), so a kill -9 loses
 * nothing committed.
 */
final class DisposableMariaDb {

    private final Path folder;
    private final int port;
    private final Path mariadbd;
    private final Path installDb;
    private Process process;

    DisposableMariaDb(Path folder, int port, Path mariadbd, Path installDb) {
        this.folder = folder.toAbsolutePath();
        this.port = port;
        this.mariadbd = mariadbd;
        this.installDb = installDb;
    }

    /** jdbc:mariadb://127.0.0.1:port */
    String serverUrl() {
        return "jdbc:mariadb://127.0.0.1:" + port;
    }

    /** An empty data folder with the system tables; root may connect from 127.0.0.1 without a password. */
    void install() throws IOException, InterruptedException {
        if (!Files.isExecutable(mariadbd) || !Files.isExecutable(installDb)) {
            throw new IllegalStateException(mariadbd + " or " + installDb + " is missing: install Debian's mariadb-server"
                    + " (or name them with -Dcrash.mariadbd= and -Dcrash.installDb=)");
        }
        MaharatServer.deleteRecursively(folder);
        Files.createDirectories(folder);
        List<String> command = new ArrayList<>(List.of(installDb.toString(), "--no-defaults", "--datadir=" + folder.resolve("data"),
                "--auth-root-authentication-method=normal", "--skip-test-db"));
        if (isRoot()) {
            command.add("--user=root");
        }
        Process install = new ProcessBuilder(command).redirectErrorStream(true)
                .redirectOutput(folder.resolve("install.log").toFile()).start();
        if (install.waitFor() != 0) {
            throw new IllegalStateException("mariadb-install-db failed, see " + folder.resolve("install.log"));
        }
    }

    /** Starts the server (again, after a kill: InnoDB recovers from its redo log) and waits until it takes connections. */
    Duration start() throws IOException, InterruptedException {
        MaharatServer.requireFree(port);
        List<String> command = new ArrayList<>(List.of(mariadbd.toString(), "--no-defaults", "--datadir=" + folder.resolve("data"),
                "--port=" + port, "--bind-address=127.0.0.1", "--socket=" + folder.resolve("mariadb.sock"),
                "--pid-file=" + folder.resolve("mariadb.pid"), "--log-error=" + folder.resolve("mariadbd.log"),
                "--character-set-server=utf8mb4", "--collation-server=utf8mb4_unicode_ci", "--max-connections=500",
                "--innodb-flush-log-at-trx-commit=1"));
        if (isRoot()) {
            command.add("--user=root");
        }
        long begin = System.nanoTime();
        process = new ProcessBuilder(command).redirectErrorStream(true)
                .redirectOutput(ProcessBuilder.Redirect.appendTo(folder.resolve("mariadbd.out").toFile())).start();
        long deadline = begin + Duration.ofSeconds(60).toNanos();
        while (System.nanoTime() < deadline) {
            if (!process.isAlive()) {
                throw new IllegalStateException("mariadbd stopped while starting, see " + folder.resolve("mariadbd.log"));
            }
            try (Connection connection = DriverManager.getConnection(serverUrl() + "/", "root", "")) {
                return Duration.ofNanos(System.nanoTime() - begin);
            } catch (SQLException notYet) {
                Thread.sleep(200);
            }
        }
        throw new IllegalStateException("mariadbd did not take connections within 60 s, see " + folder.resolve("mariadbd.log"));
    }

    /** SIGKILL: no shutdown, no flush beyond what each commit already made durable. */
    void kill() throws InterruptedException {
        process.destroyForcibly();
        process.waitFor();
    }

    void stop() throws InterruptedException {
        if (process != null && process.isAlive()) {
            process.destroy();
            if (!process.waitFor(Duration.ofSeconds(60).toMillis(), java.util.concurrent.TimeUnit.MILLISECONDS)) {
                kill();
            }
        }
    }

    private static boolean isRoot() {
        return "root".equals(System.getProperty("user.name"));
    }
}
