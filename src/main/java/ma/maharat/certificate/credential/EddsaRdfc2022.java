package ma.maharat.certificate.credential;

import com.apicatalog.jsonld.loader.DocumentLoader;
import com.apicatalog.ld.DocumentError;
import com.apicatalog.ld.signature.CryptoSuite;
import com.apicatalog.ld.signature.KeyGenError;
import com.apicatalog.ld.signature.SigningError;
import com.apicatalog.ld.signature.VerificationError;
import com.apicatalog.ld.signature.algorithm.SignatureAlgorithm;
import com.apicatalog.ld.signature.key.KeyPair;
import com.apicatalog.ld.signature.primitive.MessageDigest;
import com.apicatalog.multibase.Multibase;
import com.apicatalog.multicodec.Multicodec;
import com.apicatalog.multicodec.MulticodecDecoder;
import com.apicatalog.multicodec.codec.KeyCodec;
import com.apicatalog.multikey.MultiKey;
import com.apicatalog.multikey.MultiKeyAdapter;
import com.apicatalog.vc.integrity.DataIntegrityProofDraft;
import com.apicatalog.vc.integrity.DataIntegritySuite;
import com.apicatalog.vc.issuer.Issuer;
import com.apicatalog.vc.proof.ProofValue;
import com.apicatalog.vc.solid.SolidIssuer;
import com.apicatalog.vc.solid.SolidProofValue;
import java.net.URI;
import java.security.GeneralSecurityException;

/**
 * The {@code eddsa-rdfc-2022} Data Integrity cryptosuite: RDFC-1.0 canonicalization, SHA-256, Ed25519.
 * The same as the library's own {@code EdDSASignature2022} except for the canonicalizer ({@link Rdfc10});
 * that class is final and its canonicalizer fixed, hence this one.
 */
final class EddsaRdfc2022 extends DataIntegritySuite {

    static final String NAME = "eddsa-rdfc-2022";

    static final CryptoSuite CRYPTO = new CryptoSuite(NAME, new Rdfc10(), new MessageDigest("SHA-256"),
            new Ed25519Signatures());

    private static final MulticodecDecoder CODECS = MulticodecDecoder.getInstance(KeyCodec.ED25519_PUBLIC_KEY,
            KeyCodec.ED25519_PRIVATE_KEY);

    EddsaRdfc2022() {
        super(NAME, Multibase.BASE_58_BTC, new MultiKeyAdapter(CODECS) {
            @Override
            protected Multicodec getPublicKeyCodec(String algorithm, int keyLength) {
                return KeyCodec.ED25519_PUBLIC_KEY;
            }

            @Override
            protected Multicodec getPrivateKeyCodec(String algorithm, int keyLength) {
                return KeyCodec.ED25519_PRIVATE_KEY;
            }

            @Override
            protected void validate(MultiKey method) throws DocumentError {
                super.validate(method);
                if (method.publicKey() != null && method.publicKey().length != 32) {
                    throw new DocumentError(DocumentError.ErrorType.Invalid, "PublicKeyLength");
                }
            }
        });
    }

    DataIntegrityProofDraft createDraft(URI verificationMethod, URI purpose) {
        return new DataIntegrityProofDraft(this, CRYPTO, verificationMethod, purpose);
    }

    @Override
    public Issuer createIssuer(KeyPair keys) {
        return new SolidIssuer(this, keys, proofValueBase);
    }

    @Override
    protected ProofValue getProofValue(byte[] proofValue, DocumentLoader loader) throws DocumentError {
        if (proofValue == null) {
            return null;
        }
        if (proofValue.length != 64) {
            throw new DocumentError(DocumentError.ErrorType.Invalid, "ProofValueLength");
        }
        return new SolidProofValue(proofValue);
    }

    @Override
    protected CryptoSuite getCryptoSuite(String cryptosuite, ProofValue proofValue) {
        return CRYPTO;
    }

    /** Ed25519 by the JDK on raw 32-byte keys. */
    private static final class Ed25519Signatures implements SignatureAlgorithm {

        @Override
        public void verify(byte[] publicKey, byte[] signature, byte[] data) throws VerificationError {
            try {
                if (!Ed25519Key.verify(publicKey, data, signature)) {
                    throw new VerificationError(VerificationError.Code.InvalidSignature);
                }
            } catch (GeneralSecurityException e) {
                throw new VerificationError(VerificationError.Code.InvalidSignature, e);
            }
        }

        @Override
        public byte[] sign(byte[] privateKey, byte[] data) throws SigningError {
            try {
                return Ed25519Key.sign(privateKey, data);
            } catch (GeneralSecurityException e) {
                throw new SigningError(SigningError.Code.Internal, e);
            }
        }

        @Override
        public KeyPair keygen() throws KeyGenError {
            throw new KeyGenError(KeyGenError.Code.UnknownCryptoSuite);
        }
    }
}
