package ma.maharat.benchmark;

import java.io.IOException;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;

/**
 * {@code docker/cluster/run-loopback.sh} as the cluster tests run it: with the {@code MAHARAT_*} settings they give
 * and none of the caller's own, its output appended to {@code cluster.log} in their work folder, bounded in time.
 */
final class LoopbackCluster {

    private final Path script = Path.of("docker/cluster/run-loopback.sh").toAbsolutePath();
    private final Path work;
    private final Map<String, String> settings;
    private final Duration limit;

    /**
     * @param work     the cluster's folder (data, logs, PIDs), also {@code MAHARAT_CLUSTER_WORK}
     * @param settings every other {@code MAHARAT_*} variable the script and the nodes get
     * @param limit    longest a command may take (start takes minutes on a loaded machine)
     */
    LoopbackCluster(Path work, Map<String, String> settings, Duration limit) {
        this.work = work;
        this.settings = Map.copyOf(settings);
        this.limit = limit;
    }

    /** Runs {@code run-loopback.sh} with these arguments; fails when it fails or outlasts the limit. */
    void run(String... arguments) throws IOException, InterruptedException {
        List<String> command = new ArrayList<>(List.of("bash", script.toString()));
        command.addAll(List.of(arguments));
        ProcessBuilder builder = new ProcessBuilder(command).redirectErrorStream(true)
                .redirectOutput(ProcessBuilder.Redirect.appendTo(work.resolve("cluster.log").toFile()));
        builder.environment().keySet().removeIf(name -> name.startsWith("MAHARAT_"));
        builder.environment().put("MAHARAT_CLUSTER_WORK", work.toString());
        builder.environment().putAll(settings);
        System.out.println("   run-loopback.sh " + String.join(" ", arguments) + " (log: " + work.resolve("cluster.log") + ")");
        Process process = builder.start();
        if (!process.waitFor(limit.toMillis(), TimeUnit.MILLISECONDS)) {
            process.destroyForcibly();
            throw new IllegalStateException("run-loopback.sh " + arguments[0] + " did not finish in " + limit.toMinutes() + " minutes");
        }
        if (process.exitValue() != 0) {
            throw new IllegalStateException("run-loopback.sh " + arguments[0] + " failed, see " + work.resolve("cluster.log"));
        }
    }
}
