package ma.maharat.certificate.credential;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.ejb.EJBException;
import jakarta.persistence.PersistenceException;
import org.junit.jupiter.api.Test;

class SigningKeyAtStartTest {

    /** Signing keys whose first {@code refusals} attempts fail as the database's unique key makes a losing server's fail. */
    private static final class RacedKeys extends SigningKeys {
        private final Ed25519Key winner = Ed25519Key.generate();
        private final int refusals;
        int calls;

        RacedKeys(int refusals) {
            this.refusals = refusals;
        }

        @Override
        public Ed25519Key current() {
            if (calls++ < refusals) {
                throw new EJBException(new PersistenceException("Duplicate entry '1' for key 'uk_signing_key_current'"));
            }
            return winner;
        }
    }

    private static SigningKeyAtStart startingWith(SigningKeys keys) {
        SigningKeyAtStart start = new SigningKeyAtStart();
        start.keys = keys;
        return start;
    }

    @Test
    void aServerThatLostTheRaceForTheFirstKeyReadsTheWinnersKey() {
        RacedKeys keys = new RacedKeys(1);
        assertSame(keys.winner, startingWith(keys).currentKey());
        assertEquals(2, keys.calls);
    }

    @Test
    void aDatabaseThatKeepsRefusingStillFailsTheStart() {
        RacedKeys keys = new RacedKeys(SigningKeyAtStart.ATTEMPTS);
        assertThrows(EJBException.class, () -> startingWith(keys).currentKey());
        assertEquals(SigningKeyAtStart.ATTEMPTS, keys.calls);
    }

    @Test
    void aKeyThatCannotBeOpenedIsNotTakenForARaceAndFailsTheStartAtOnce() {
        SigningKeys keys = new SigningKeys() {
            int calls;

            @Override
            public Ed25519Key current() {
                calls++;
                throw new EJBException(new IllegalStateException("The signing key is sealed: set MAHARAT_SIGNING_KEY_PASSPHRASE"));
            }
        };
        EJBException failure = assertThrows(EJBException.class, () -> startingWith(keys).currentKey());
        assertTrue(failure.getCause().getMessage().contains("MAHARAT_SIGNING_KEY_PASSPHRASE"));
    }
}
