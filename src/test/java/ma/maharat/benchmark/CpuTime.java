package ma.maharat.benchmark;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * CPU time a process has used so far, read from Linux's /proc (user + system, children excluded),
 * so a benchmark can say which process a request's cost lands in when client, server and database
 * share the same cores. Where /proc is missing or the process is not local, {@link #NONE}.
 */
final class CpuTime {

    static final long NONE = -1;
    /** USER_HZ: what /proc counts CPU time in; 100 on every Linux this runs on. */
    private static final long TICKS_PER_SECOND = 100;

    private CpuTime() {
    }

    /** @return CPU milliseconds used by the process, or {@link #NONE} */
    static long millis(long pid) {
        if (pid <= 0) {
            return NONE;
        }
        try {
            String stat = Files.readString(Path.of("/proc", Long.toString(pid), "stat"));
            // The command name (field 2) may hold spaces; fields after its closing parenthesis are plain.
            String[] fields = stat.substring(stat.lastIndexOf(')') + 2).split(" ");
            long ticks = Long.parseLong(fields[11]) + Long.parseLong(fields[12]);
            return ticks * 1000 / TICKS_PER_SECOND;
        } catch (IOException | RuntimeException e) {
            return NONE;
        }
    }

    /** The pid in a pid file (MariaDB's {@code @@pid_file}), or {@link #NONE} when it cannot be read here. */
    static long pidFromFile(String pidFile) {
        try {
            return pidFile == null ? NONE : Long.parseLong(Files.readString(Path.of(pidFile)).strip());
        } catch (IOException | RuntimeException e) {
            return NONE;
        }
    }
}
