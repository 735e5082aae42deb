package ma.maharat.certificate.credential;

import java.nio.ByteBuffer;
import java.security.GeneralSecurityException;
import java.security.SecureRandom;
import java.security.spec.KeySpec;
import java.util.Arrays;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import javax.crypto.AEADBadTagException;
import javax.crypto.Cipher;
import javax.crypto.SecretKey;
import javax.crypto.SecretKeyFactory;
import javax.crypto.spec.GCMParameterSpec;
import javax.crypto.spec.PBEKeySpec;
import javax.crypto.spec.SecretKeySpec;

/**
 * Seals a private key with a passphrase before it is stored, so that a copy of the database (a backup,
 * a dump sent for support) does not carry a key that signs certificates. AES-256-GCM under a key
 * derived from the passphrase with PBKDF2-HMAC-SHA256; each sealed key has its own salt and nonce.
 *
 * <p>Stored form: {@code 0x01 | salt (16) | nonce (12) | ciphertext and tag}. A key stored before
 * sealing existed is a bare PKCS#8 structure, which starts with {@code 0x30} (an ASN.1 sequence), so
 * the two cannot be mistaken for each other.
 */
final class KeySeal {

    static final byte SEALED = 0x01;
    static final int ROUNDS = 210_000;
    private static final int SALT = 16;
    private static final int NONCE = 12;
    private static final int TAG_BITS = 128;
    private static final SecureRandom RANDOM = new SecureRandom();

    private final char[] passphrase;
    /** Derivation is slow on purpose; a key is opened at each certificate, so each salt is derived once. */
    private final Map<ByteBuffer, SecretKey> derived = new ConcurrentHashMap<>();

    KeySeal(String passphrase) {
        if (passphrase == null || passphrase.isBlank()) {
            throw new IllegalArgumentException("A signing-key passphrase cannot be blank");
        }
        this.passphrase = passphrase.toCharArray();
    }

    static boolean isSealed(byte[] stored) {
        return stored.length > 0 && stored[0] == SEALED;
    }

    byte[] seal(byte[] privateKey) {
        byte[] salt = random(SALT);
        byte[] nonce = random(NONCE);
        try {
            Cipher cipher = Cipher.getInstance("AES/GCM/NoPadding");
            cipher.init(Cipher.ENCRYPT_MODE, keyFor(salt), new GCMParameterSpec(TAG_BITS, nonce));
            byte[] sealed = cipher.doFinal(privateKey);
            return ByteBuffer.allocate(1 + SALT + NONCE + sealed.length).put(SEALED).put(salt).put(nonce).put(sealed).array();
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("Could not seal the signing key", e);
        }
    }

    /** @throws IllegalStateException when the passphrase is not the one the key was sealed with */
    byte[] open(byte[] stored) {
        if (!isSealed(stored)) {
            return stored.clone();
        }
        byte[] salt = Arrays.copyOfRange(stored, 1, 1 + SALT);
        byte[] nonce = Arrays.copyOfRange(stored, 1 + SALT, 1 + SALT + NONCE);
        try {
            Cipher cipher = Cipher.getInstance("AES/GCM/NoPadding");
            cipher.init(Cipher.DECRYPT_MODE, keyFor(salt), new GCMParameterSpec(TAG_BITS, nonce));
            return cipher.doFinal(stored, 1 + SALT + NONCE, stored.length - 1 - SALT - NONCE);
        } catch (AEADBadTagException e) {
            throw new IllegalStateException("The signing key cannot be opened: MAHARAT_SIGNING_KEY_PASSPHRASE is not the"
                    + " passphrase it was sealed with", e);
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("Could not open the signing key", e);
        }
    }

    private SecretKey keyFor(byte[] salt) {
        return derived.computeIfAbsent(ByteBuffer.wrap(salt.clone()), s -> {
            try {
                KeySpec spec = new PBEKeySpec(passphrase, salt, ROUNDS, 256);
                byte[] key = SecretKeyFactory.getInstance("PBKDF2WithHmacSHA256").generateSecret(spec).getEncoded();
                return new SecretKeySpec(key, "AES");
            } catch (GeneralSecurityException e) {
                throw new IllegalStateException("Could not derive the sealing key", e);
            }
        });
    }

    private static byte[] random(int length) {
        byte[] bytes = new byte[length];
        RANDOM.nextBytes(bytes);
        return bytes;
    }
}
