package ma.maharat.platform.cluster;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.atomic.AtomicLong;
import org.junit.jupiter.api.Test;

class LocalRecordsTest {

    private final AtomicLong nanos = new AtomicLong(1_000);
    private final LocalRecords records = new LocalRecords(Duration.ofMinutes(15), 100, nanos::get);

    @Test
    void anUpdateSeesTheCurrentNumbersAndKeepsWhatItReturns() {
        assertArrayEquals(new long[] {1}, records.update("10.0.0.7", kept -> new long[] {kept == null ? 1 : kept[0] + 1}));
        assertArrayEquals(new long[] {2}, records.update("10.0.0.7", kept -> new long[] {kept == null ? 1 : kept[0] + 1}));
        assertArrayEquals(new long[] {2}, records.get("10.0.0.7"));
        assertNull(records.get("10.0.0.8"), "another key has nothing");
    }

    @Test
    void aRecordIsForgottenItsKeepAfterItsLastChange() {
        records.update("a", kept -> new long[] {7});
        nanos.addAndGet(Duration.ofMinutes(14).toNanos());
        records.update("a", kept -> new long[] {kept[0] + 1});
        nanos.addAndGet(Duration.ofMinutes(14).toNanos());
        assertArrayEquals(new long[] {8}, records.get("a"), "changed 14 minutes ago: still kept");
        nanos.addAndGet(Duration.ofMinutes(1).toNanos());
        assertNull(records.get("a"));
        assertArrayEquals(new long[] {1}, records.update("a", kept -> new long[] {kept == null ? 1 : -1}), "starts again from nothing");
    }

    @Test
    void returningNullForgetsTheRecord() {
        records.update("a", kept -> new long[] {1});
        records.update("a", kept -> null);
        assertNull(records.get("a"));
    }

    @Test
    void aFloodOfFreshKeysNeverHoldsMuchMoreThanTheLimit() {
        for (int i = 0; i < 1_000; i++) {
            records.update("10.1." + i, kept -> new long[] {1});
        }
        assertTrue(records.size() <= 101, "held " + records.size());
        assertNotNull(records.get("10.1.999"), "the newest are kept, the oldest went");
        assertNull(records.get("10.1.0"));
    }

    @Test
    void forgottenRecordsAreSweptFirst() {
        for (int i = 0; i < 100; i++) {
            records.update("old." + i, kept -> new long[] {1});
        }
        nanos.addAndGet(Duration.ofMinutes(16).toNanos());
        records.update("new.0", kept -> new long[] {1});
        records.update("new.1", kept -> new long[] {1});
        assertEquals(2, records.size());
    }

    @Test
    void aChosenLongKeyIsKeptAsItsDigest() {
        String longName = "x".repeat(10_000);
        records.update(longName, kept -> new long[] {1});
        assertArrayEquals(new long[] {1}, records.get(longName));
        assertTrue(Records.bounded(longName).length() <= Records.LONGEST_KEY);
        assertEquals("fatima.zahra", Records.bounded("fatima.zahra"));
    }

    @Test
    void concurrentUpdatesLoseNothing() throws InterruptedException {
        List<Thread> threads = new ArrayList<>();
        for (int t = 0; t < 8; t++) {
            Thread thread = new Thread(() -> {
                for (int i = 0; i < 500; i++) {
                    records.update("shared", kept -> new long[] {kept == null ? 1 : kept[0] + 1});
                }
            });
            thread.start();
            threads.add(thread);
        }
        for (Thread thread : threads) {
            thread.join();
        }
        assertArrayEquals(new long[] {4_000}, records.get("shared"));
    }

    @Test
    void anInstantSurvivesBeingKeptAsANumber() {
        java.time.Instant when = java.time.Instant.parse("2026-12-06T08:30:12.123456789Z");
        assertEquals(when, Records.instant(Records.nanos(when)));
    }
}
