package ma.maharat.identity.control;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Duration;
import java.time.Instant;
import org.junit.jupiter.api.Test;

class LoginThrottleTest {

    private static final Instant NOW = Instant.parse("2026-11-29T10:00:00Z");
    private final LoginThrottle throttle = new LoginThrottle(5, Duration.ofSeconds(30), Duration.ofMinutes(15));

    @Test
    void firstFailuresDoNotLock() {
        for (int failures = 1; failures <= 4; failures++) {
            assertTrue(throttle.lockedUntil(failures, NOW).isEmpty(), "failure " + failures);
        }
    }

    @Test
    void fifthFailureLocksForTheFirstWait() {
        assertEquals(NOW.plusSeconds(30), throttle.lockedUntil(5, NOW).orElseThrow());
    }

    @Test
    void eachFurtherFailureDoublesTheWait() {
        assertEquals(NOW.plusSeconds(60), throttle.lockedUntil(6, NOW).orElseThrow());
        assertEquals(NOW.plusSeconds(120), throttle.lockedUntil(7, NOW).orElseThrow());
        assertEquals(NOW.plusSeconds(480), throttle.lockedUntil(9, NOW).orElseThrow());
    }

    @Test
    void waitNeverExceedsTheCeiling() {
        assertEquals(NOW.plus(Duration.ofMinutes(15)), throttle.lockedUntil(10, NOW).orElseThrow());
        assertEquals(NOW.plus(Duration.ofMinutes(15)), throttle.lockedUntil(1_000, NOW).orElseThrow());
    }

    @Test
    void nonsensicalSettingsAreRefused() {
        assertThrows(IllegalArgumentException.class, () -> new LoginThrottle(0, Duration.ofSeconds(30), Duration.ofMinutes(1)));
        assertThrows(IllegalArgumentException.class, () -> new LoginThrottle(5, Duration.ofMinutes(2), Duration.ofMinutes(1)));
    }

    @Test
    void throttledOutcomeRoundsMinutesUpForPeople() {
        assertEquals(1, new SignInOutcome.Throttled(Duration.ofSeconds(5)).minutesToWait());
        assertEquals(1, new SignInOutcome.Throttled(Duration.ofSeconds(60)).minutesToWait());
        assertEquals(2, new SignInOutcome.Throttled(Duration.ofSeconds(61)).minutesToWait());
        assertEquals(15, new SignInOutcome.Throttled(Duration.ofMinutes(15)).minutesToWait());
    }
}
