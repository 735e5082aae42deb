package ma.maharat.certificate.credential;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Arrays;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class KeySealTest {

    private static final byte[] PKCS8 = Ed25519Key.generate().privateKeyPkcs8();

    @Test
    void aSealedKeyOpensWithItsPassphraseOnlyAndShowsNothingOfTheKey() {
        KeySeal seal = new KeySeal("une phrase de passe assez longue");
        byte[] sealed = seal.seal(PKCS8);
        assertTrue(KeySeal.isSealed(sealed));
        assertEquals(KeySeal.SEALED, sealed[0]);
        assertTrue(sealed.length <= 128, "fits the private_key column: " + sealed.length);
        assertFalse(contains(sealed, Arrays.copyOfRange(PKCS8, PKCS8.length - 32, PKCS8.length)), "the raw key is not in it");
        assertArrayEquals(PKCS8, seal.open(sealed));
        assertArrayEquals(PKCS8, new KeySeal("une phrase de passe assez longue").open(sealed), "another server, same passphrase");

        IllegalStateException wrong = assertThrows(IllegalStateException.class, () -> new KeySeal("une autre phrase").open(sealed));
        assertTrue(wrong.getMessage().contains("MAHARAT_SIGNING_KEY_PASSPHRASE"), wrong.getMessage());
    }

    @Test
    void eachSealHasItsOwnSaltAndNonce() {
        KeySeal seal = new KeySeal("une phrase de passe assez longue");
        assertNotEquals(Arrays.toString(seal.seal(PKCS8)), Arrays.toString(seal.seal(PKCS8)));
    }

    @Test
    void aTamperedSealIsRefused() {
        KeySeal seal = new KeySeal("une phrase de passe assez longue");
        byte[] sealed = seal.seal(PKCS8);
        sealed[sealed.length - 1] ^= 1;
        assertThrows(IllegalStateException.class, () -> seal.open(sealed));
    }

    @Test
    void aKeyStoredBeforeSealingIsReadAsItIsAndThenSealed() {
        assertEquals(0x30, PKCS8[0], "a PKCS#8 structure starts with an ASN.1 sequence, never the sealed marker");
        KeyProtection on = new KeyProtection(Optional.of("une phrase de passe assez longue"));
        assertTrue(on.needsSealing(PKCS8));
        assertArrayEquals(PKCS8, on.fromStore(PKCS8));
        assertFalse(on.needsSealing(on.toStore(PKCS8)));
        assertArrayEquals(PKCS8, on.fromStore(on.toStore(PKCS8)));
    }

    @Test
    void withoutAPassphraseKeysStayAsTheyAreAndASealedOneSaysWhatToSet() {
        KeyProtection off = new KeyProtection(Optional.empty());
        assertFalse(off.isOn());
        assertArrayEquals(PKCS8, off.toStore(PKCS8));
        assertFalse(off.needsSealing(PKCS8));
        byte[] sealed = new KeySeal("une phrase de passe assez longue").seal(PKCS8);
        IllegalStateException refused = assertThrows(IllegalStateException.class, () -> off.fromStore(sealed));
        assertTrue(refused.getMessage().contains("MAHARAT_SIGNING_KEY_PASSPHRASE"), refused.getMessage());
        assertFalse(new KeyProtection(Optional.of("  ")).isOn(), "a blank passphrase is no passphrase");
    }

    private static boolean contains(byte[] haystack, byte[] needle) {
        for (int i = 0; i + needle.length <= haystack.length; i++) {
            if (Arrays.equals(Arrays.copyOfRange(haystack, i, i + needle.length), needle)) {
                return true;
            }
        }
        return false;
    }
}
