package ma.maharat.identity.control;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Duration;
import java.time.Instant;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class SignInGuardTest {

    private static final Instant T0 = Instant.parse("2026-12-04T09:00:00Z");

    /** The production defaults: 30 checks a minute, 20 failures before a client waits, 5 for an account, 15 quiet minutes. */
    private final SignInGuard guard = new SignInGuard(Integer.parseInt(SignInGuard.DEFAULT_CHECKS_PER_MINUTE),
            Integer.parseInt(SignInGuard.DEFAULT_CLIENT_MAX_FAILURES), Integer.parseInt(SignInGuard.DEFAULT_ACCOUNT_MAX_FAILURES),
            Duration.ofSeconds(Long.parseLong(SignInGuard.DEFAULT_QUIET_SECONDS)));

    @Test
    void aClientMayCheckThirtyPasswordsAMinuteThenWaits() {
        for (int check = 1; check <= 30; check++) {
            assertEquals(Optional.empty(), guard.admit("10.0.0.7", T0), "check " + check);
        }
        assertEquals(Optional.of(Duration.ofSeconds(2)), guard.admit("10.0.0.7", T0), "the 31st waits for a token");
        assertEquals(Optional.empty(), guard.admit("10.0.0.8", T0), "another client has its own budget");
        assertEquals(Optional.empty(), guard.admit("10.0.0.7", T0.plusSeconds(2)), "a token comes back every two seconds");
    }

    @Test
    void aClientFailingOverManyAccountsWaitsLongerAndLongerUpToAMinute() {
        Instant now = T0;
        for (int failure = 1; failure < 20; failure++) {
            guard.failed("spray", now);
        }
        assertEquals(Optional.empty(), guard.admit("spray", now), "19 failures: no wait yet");
        guard.failed("spray", now);
        assertEquals(Optional.of(Duration.ofSeconds(1)), guard.admit("spray", now), "the 20th failure: a second");
        guard.failed("spray", now);
        assertEquals(Optional.of(Duration.ofSeconds(2)), guard.admit("spray", now));
        for (int failure = 0; failure < 10; failure++) {
            guard.failed("spray", now);
        }
        assertEquals(Optional.of(Duration.ofMinutes(1)), guard.admit("spray", now), "capped at a minute");
        assertEquals(Optional.empty(), guard.admit("spray", now.plusSeconds(61)), "and it passes");
    }

    @Test
    void onlyAClientWithoutRecentFailuresOfItsOwnPassesAnAccountLock() {
        assertTrue(guard.mayPassAnAccountLock("owner", T0), "never seen");
        for (int failure = 1; failure < 5; failure++) {
            guard.failed("typist", T0);
        }
        assertTrue(guard.mayPassAnAccountLock("typist", T0), "four typos: still the owner's own terminal");
        guard.failed("typist", T0);
        assertFalse(guard.mayPassAnAccountLock("typist", T0), "five failures: this client is guessing");
        assertTrue(guard.mayPassAnAccountLock("typist", T0.plus(Duration.ofMinutes(15))), "forgotten after a quiet quarter of an hour");
    }

    @Test
    void failuresKeepTheirCountWhileTheyKeepComing() {
        for (int failure = 0; failure < 5; failure++) {
            guard.failed("slow", T0.plus(Duration.ofMinutes(10L * failure)));
        }
        assertFalse(guard.mayPassAnAccountLock("slow", T0.plus(Duration.ofMinutes(41))), "one every ten minutes is never quiet for fifteen");
    }

    @Test
    void unknownUsernamesKeepTheirFailuresLikeAnAccount() {
        SignInGuard.UnknownUsername nobody = guard.unknown("nobody");
        assertEquals(0, nobody.failedLogins());
        nobody.recordFailedLogin(T0, T0.plusSeconds(30));
        assertTrue(guard.unknown("nobody").isLockedAt(T0.plusSeconds(29)), "the same record the next time");
        assertFalse(guard.unknown("nobody").isLockedAt(T0.plusSeconds(30)));
        assertEquals(1, guard.unknown("nobody").failedLogins());
    }
}
