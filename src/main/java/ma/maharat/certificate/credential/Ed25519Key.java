package ma.maharat.certificate.credential;

import com.apicatalog.multibase.Multibase;
import com.apicatalog.multicodec.codec.KeyCodec;
import java.security.GeneralSecurityException;
import java.security.KeyFactory;
import java.security.KeyPair;
import java.security.KeyPairGenerator;
import java.security.PrivateKey;
import java.security.PublicKey;
import java.security.Signature;
import java.security.spec.PKCS8EncodedKeySpec;
import java.security.spec.X509EncodedKeySpec;
import java.util.Arrays;
import java.util.HexFormat;

/**
 * An Ed25519 key pair that signs credentials, named by its {@code did:key} so that anyone can check a
 * signature without asking Maharat: the identifier carries the public key itself. The private key never
 * leaves this object except to be stored ({@link #privateKeyPkcs8()}); {@link #toString()} leaves it out.
 */
public final class Ed25519Key {

    /** X.509 SubjectPublicKeyInfo prefix of a raw Ed25519 public key (RFC 8410). */
    private static final byte[] X509_PREFIX = HexFormat.of().parseHex("302a300506032b6570032100");

    private final byte[] publicKey;
    private final byte[] privateKeyPkcs8;
    private final String did;

    private Ed25519Key(byte[] publicKey, byte[] privateKeyPkcs8) {
        if (publicKey.length != 32) {
            throw new IllegalArgumentException("An Ed25519 public key has 32 bytes, not " + publicKey.length);
        }
        this.publicKey = publicKey.clone();
        this.privateKeyPkcs8 = privateKeyPkcs8 == null ? null : privateKeyPkcs8.clone();
        this.did = didKey(publicKey);
    }

    /** A new key pair from the JDK's own Ed25519 generator. */
    public static Ed25519Key generate() {
        try {
            KeyPair pair = KeyPairGenerator.getInstance("Ed25519").generateKeyPair();
            byte[] x509 = pair.getPublic().getEncoded();
            byte[] raw = Arrays.copyOfRange(x509, x509.length - 32, x509.length);
            return new Ed25519Key(raw, pair.getPrivate().getEncoded());
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("Ed25519 is not available in this JDK", e);
        }
    }

    /** A stored key pair: the raw 32-byte public key and the PKCS#8 private key. */
    public static Ed25519Key of(byte[] publicKey, byte[] privateKeyPkcs8) {
        return new Ed25519Key(publicKey, privateKeyPkcs8);
    }

    /** The {@code did:key} of a raw public key: multibase base58btc of the multicodec {@code ed25519-pub} key. */
    public static String didKey(byte[] publicKey) {
        return "did:key:" + Multibase.BASE_58_BTC.encode(KeyCodec.ED25519_PUBLIC_KEY.encode(publicKey));
    }

    /** The raw public key out of a {@code did:key} (Ed25519 only). */
    public static byte[] publicKeyOf(String didKey) {
        if (!didKey.startsWith("did:key:z")) {
            throw new IllegalArgumentException("Not an Ed25519 did:key: " + didKey);
        }
        byte[] codec = Multibase.BASE_58_BTC.decode(didKey.substring("did:key:".length()));
        if (!KeyCodec.ED25519_PUBLIC_KEY.isEncoded(codec)) {
            throw new IllegalArgumentException("Not an Ed25519 did:key: " + didKey);
        }
        return KeyCodec.ED25519_PUBLIC_KEY.decode(codec);
    }

    public String did() {
        return did;
    }

    /** The verification method proofs name: the did:key's own key, {@code did:key:z...#z...}. */
    public String verificationMethod() {
        return did + "#" + did.substring("did:key:".length());
    }

    public byte[] publicKey() {
        return publicKey.clone();
    }

    public byte[] privateKeyPkcs8() {
        if (privateKeyPkcs8 == null) {
            throw new IllegalStateException("This key can only verify");
        }
        return privateKeyPkcs8.clone();
    }

    /** The raw 32-byte private key (the seed), as the Data Integrity library takes it. */
    byte[] rawPrivateKey() {
        byte[] pkcs8 = privateKeyPkcs8();
        return Arrays.copyOfRange(pkcs8, pkcs8.length - 32, pkcs8.length);
    }

    /** Signs with the JDK's Ed25519. */
    static byte[] sign(byte[] rawPrivateKey, byte[] data) throws GeneralSecurityException {
        // PKCS#8 v1 prefix of a raw Ed25519 private key (RFC 8410).
        byte[] pkcs8 = new byte[48];
        System.arraycopy(HexFormat.of().parseHex("302e020100300506032b657004220420"), 0, pkcs8, 0, 16);
        System.arraycopy(rawPrivateKey, 0, pkcs8, 16, 32);
        PrivateKey key = KeyFactory.getInstance("Ed25519").generatePrivate(new PKCS8EncodedKeySpec(pkcs8));
        Signature signature = Signature.getInstance("Ed25519");
        signature.initSign(key);
        signature.update(data);
        return signature.sign();
    }

    /** Checks an Ed25519 signature with a raw public key. */
    static boolean verify(byte[] rawPublicKey, byte[] data, byte[] signatureBytes) throws GeneralSecurityException {
        byte[] x509 = new byte[44];
        System.arraycopy(X509_PREFIX, 0, x509, 0, 12);
        System.arraycopy(rawPublicKey, 0, x509, 12, 32);
        PublicKey key = KeyFactory.getInstance("Ed25519").generatePublic(new X509EncodedKeySpec(x509));
        Signature signature = Signature.getInstance("Ed25519");
        signature.initVerify(key);
        signature.update(data);
        return signature.verify(signatureBytes);
    }

    @Override
    public String toString() {
        return "Ed25519Key[" + did + "]";
    }
}
