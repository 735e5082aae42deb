package ma.maharat.benchmark;

import java.util.Arrays;
import java.util.concurrent.atomic.AtomicLong;

/**
 * The latencies of one kind of request, in microseconds, kept whole (a few hundred thousand at most
 * per run) so that percentiles are exact rather than estimated; and the errors of the same kind,
 * the first few of which are printed so that a run says what went wrong and not only how often.
 */
final class Latencies {

    private static final int ERRORS_PRINTED = 5;

    private final String name;
    private long[] micros = new long[1024];
    private int count;
    private final AtomicLong errors = new AtomicLong();

    Latencies(String name) {
        this.name = name;
    }

    String name() {
        return name;
    }

    synchronized void add(long micros) {
        if (count == this.micros.length) {
            this.micros = Arrays.copyOf(this.micros, count * 2);
        }
        this.micros[count++] = micros;
    }

    /** Adds the time since {@code startNanos} ({@link System#nanoTime()}). */
    void addSince(long startNanos) {
        add((System.nanoTime() - startNanos) / 1_000);
    }

    void error(String what) {
        if (errors.incrementAndGet() <= ERRORS_PRINTED) {
            System.out.println("  error (" + name + "): " + what);
        }
    }

    synchronized int count() {
        return count;
    }

    long errors() {
        return errors.get();
    }

    /** The value below which {@code percent} % of the latencies lie, in microseconds; 0 when there are none. */
    synchronized long percentileMicros(double percent) {
        long[] sorted = Arrays.copyOf(micros, count);
        Arrays.sort(sorted);
        return percentile(sorted, percent);
    }

    double percentileMillis(double percent) {
        return percentileMicros(percent) / 1000.0;
    }

    /** Nearest-rank percentile of sorted values. */
    static long percentile(long[] sorted, double percent) {
        if (sorted.length == 0) {
            return 0;
        }
        return sorted[Math.max(0, Math.min(sorted.length - 1, (int) Math.ceil(percent / 100.0 * sorted.length) - 1))];
    }

    /** Everything recorded by several recorders, as one. */
    static Latencies merged(String name, Latencies... parts) {
        Latencies all = new Latencies(name);
        for (Latencies part : parts) {
            synchronized (part) {
                for (int i = 0; i < part.count; i++) {
                    all.add(part.micros[i]);
                }
            }
            all.errors.addAndGet(part.errors());
        }
        return all;
    }
}
