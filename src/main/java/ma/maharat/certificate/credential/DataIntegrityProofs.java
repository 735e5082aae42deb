package ma.maharat.certificate.credential;

import com.apicatalog.ld.DocumentError;
import com.apicatalog.ld.signature.SigningError;
import com.apicatalog.ld.signature.VerificationError;
import com.apicatalog.multibase.MultibaseDecoder;
import com.apicatalog.multicodec.Multicodec;
import com.apicatalog.multicodec.MulticodecDecoder;
import com.apicatalog.multikey.MultiKey;
import com.apicatalog.vc.integrity.DataIntegrityProofDraft;
import com.apicatalog.vc.method.resolver.DidUrlMethodResolver;
import com.apicatalog.vc.verifier.Verifier;
import jakarta.json.Json;
import jakarta.json.JsonArray;
import jakarta.json.JsonObject;
import jakarta.json.JsonString;
import jakarta.json.JsonValue;
import java.net.URI;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.List;

/**
 * Signs JSON-LD credentials with an {@code eddsa-rdfc-2022} Data Integrity proof and checks such proofs,
 * with every context from {@link OfflineContexts} and keys read from {@code did:key} identifiers only.
 * Stateless and safe to share.
 */
final class DataIntegrityProofs {

    private static final URI ASSERTION = URI.create("https://w3id.org/security#assertionMethod");

    private final EddsaRdfc2022 suite = new EddsaRdfc2022();
    private final Verifier verifier = Verifier.with(suite)
            .loader(OfflineContexts.instance())
            .useBundledContexts(false)
            // did:key only: a verification method is never fetched over the network.
            .methodResolvers(List.of(new DidUrlMethodResolver(MultibaseDecoder.getInstance(),
                    MulticodecDecoder.getInstance(Multicodec.Tag.Key))))
            // The library's status check refuses every status (0.14.0): the status list is read apart.
            .statusValidator(status -> {
            });

    /** The credential with its proof, signed now by this key. */
    JsonObject sign(JsonObject unsigned, Ed25519Key key, Instant created) {
        MultiKey keys = new MultiKey();
        keys.setId(URI.create(key.verificationMethod()));
        keys.setController(URI.create(key.did()));
        keys.setAlgorithm("Ed25519");
        keys.setPublicKey(key.publicKey());
        keys.setPrivateKey(key.rawPrivateKey());
        DataIntegrityProofDraft draft = suite.createDraft(URI.create(key.verificationMethod()), ASSERTION);
        draft.created(created.truncatedTo(ChronoUnit.SECONDS));
        try {
            JsonObject compacted = suite.createIssuer(keys)
                    .loader(OfflineContexts.instance())
                    .useBundledContexts(false)
                    .sign(unsigned, draft)
                    .compacted();
            // The compacted credential may be reshaped (one-element arrays flattened, types aliased):
            // the proof goes onto the credential exactly as it was given. Open Badges 3.0's JSON
            // binding writes every collection as an array, proof included (1EdTech's schema refuses
            // a lone object); a set of one proof canonicalizes as the proof itself, so it verifies alike.
            JsonValue proof = compacted.get("proof");
            JsonArray proofs = proof instanceof JsonArray array ? array : Json.createArrayBuilder().add(proof).build();
            return Json.createObjectBuilder(unsigned).add("proof", proofs).build();
        } catch (SigningError | DocumentError e) {
            throw new IllegalStateException("The credential could not be signed: " + e, e);
        }
    }

    /** Whether the proof holds, and that it was made with the key the issuer's did:key names. */
    Verification verify(JsonObject signed) {
        String issuer = issuerId(signed);
        JsonValue proof = signed.get("proof");
        // Credentials issued before proofs became arrays carry one object: both still verify.
        if (proof instanceof JsonArray array && array.size() == 1) {
            proof = array.get(0);
        }
        if (!(proof instanceof JsonObject proofObject)) {
            return Verification.failed(issuer, "exactly one proof expected");
        }
        if (!EddsaRdfc2022.NAME.equals(proofObject.getString("cryptosuite", null))) {
            return Verification.failed(issuer, "not an eddsa-rdfc-2022 proof");
        }
        String method = proofObject.getString("verificationMethod", "");
        if (issuer == null || !method.startsWith(issuer + "#")) {
            return Verification.failed(issuer, "the proof's key is not the issuer's: " + method);
        }
        try {
            verifier.verify(signed);
            return new Verification(true, issuer, false, null);
        } catch (VerificationError e) {
            return Verification.failed(issuer, "verification: " + e.getCode());
        } catch (DocumentError e) {
            return Verification.failed(issuer, "document: " + e.getCode());
        } catch (RuntimeException e) {
            return Verification.failed(issuer, "unreadable: " + e);
        }
    }

    static String issuerId(JsonObject credential) {
        JsonValue issuer = credential.get("issuer");
        if (issuer instanceof JsonString id) {
            return id.getString();
        }
        if (issuer instanceof JsonObject profile && profile.get("id") instanceof JsonString id) {
            return id.getString();
        }
        return null;
    }
}
