package ma.maharat.platform.cluster;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Instant;
import java.util.Base64;
import java.util.function.UnaryOperator;

/**
 * A few numbers kept under a key for a while, e.g. a client address's sign-in failures: in the data grid
 * ({@link GridRecords}) or in this node's memory ({@link LocalRecords}). Every record is forgotten some time
 * after its last change, and there are never more than a bound of them, so that a flood of addresses or
 * usernames cannot fill the memory. Values are {@code long[]}, which the grid serializes without any class of
 * Maharat's: a node never needs another node's classes to read them.
 */
public interface Records {

    /** Keys longer than this are kept as their digest: an attacker chooses usernames. */
    int LONGEST_KEY = 80;

    /** @return the numbers kept under the key, or {@code null} */
    long[] get(String key);

    /**
     * Changes the record atomically, on every node at once: {@code change} is given the current numbers
     * ({@code null} when there are none) and returns the new ones. It may be called more than once when
     * another node changed the record meanwhile, so it computes and does nothing else.
     *
     * @return the numbers now kept
     */
    long[] update(String key, UnaryOperator<long[]> change);

    /** Forgets every record (a restart of a single node did the same). */
    void clear();

    /** The key as kept: itself, or the SHA-256 of a long one. */
    static String bounded(String key) {
        if (key.length() <= LONGEST_KEY) {
            return key;
        }
        try {
            byte[] digest = MessageDigest.getInstance("SHA-256").digest(key.getBytes(StandardCharsets.UTF_8));
            return "#" + Base64.getUrlEncoder().withoutPadding().encodeToString(digest);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is part of every JDK", e);
        }
    }

    /** An instant as one of a record's numbers: nanoseconds since 1970 (a long until the year 2262). */
    static long nanos(Instant instant) {
        return Math.addExact(Math.multiplyExact(instant.getEpochSecond(), 1_000_000_000L), instant.getNano());
    }

    static Instant instant(long nanos) {
        return Instant.ofEpochSecond(Math.floorDiv(nanos, 1_000_000_000L), Math.floorMod(nanos, 1_000_000_000L));
    }
}
