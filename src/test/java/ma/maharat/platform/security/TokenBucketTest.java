package ma.maharat.platform.security;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Duration;
import java.time.Instant;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class TokenBucketTest {

    private static final Instant T0 = Instant.parse("2026-11-29T08:00:00Z");

    @Test
    void thirtyLookupsPassThenTheThirtyFirstWaits() {
        TokenBucket limit = new TokenBucket(30, Duration.ofMinutes(1), T0);
        for (int i = 0; i < 30; i++) {
            assertEquals(Optional.empty(), limit.take(T0), "lookup " + (i + 1));
        }
        assertEquals(Optional.of(Duration.ofSeconds(2)), limit.take(T0));
    }

    @Test
    void theBucketRefillsAtOneLookupEveryTwoSeconds() {
        TokenBucket limit = new TokenBucket(30, Duration.ofMinutes(1), T0);
        for (int i = 0; i < 30; i++) {
            limit.take(T0);
        }
        assertTrue(limit.take(T0.plusSeconds(1)).isPresent());
        assertEquals(Optional.empty(), limit.take(T0.plusSeconds(2)));
        assertTrue(limit.take(T0.plusSeconds(2)).isPresent());
    }

    @Test
    void aQuietClientIsFullAgainAndCanBeForgotten() {
        TokenBucket limit = new TokenBucket(30, Duration.ofMinutes(1), T0);
        limit.take(T0);
        assertFalse(limit.isFullAt(T0.plusSeconds(1)));
        assertTrue(limit.isFullAt(T0.plusSeconds(2)));
    }

    @Test
    void itNeverHoldsMoreThanItsCapacity() {
        TokenBucket limit = new TokenBucket(3, Duration.ofMinutes(1), T0);
        Instant later = T0.plus(Duration.ofHours(5));
        for (int i = 0; i < 3; i++) {
            assertEquals(Optional.empty(), limit.take(later));
        }
        assertTrue(limit.take(later).isPresent());
    }
}
