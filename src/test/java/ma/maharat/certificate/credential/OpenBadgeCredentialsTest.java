package ma.maharat.certificate.credential;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.json.Json;
import jakarta.json.JsonArray;
import jakarta.json.JsonObject;
import jakarta.json.JsonValue;
import java.io.StringReader;
import java.util.ArrayList;
import java.util.BitSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import ma.maharat.certificate.document.CertificateFacts;
import org.junit.jupiter.api.Test;

class OpenBadgeCredentialsTest {

    static final Ed25519Key KEY = Ed25519Key.generate();
    static final OpenBadgeCredentials CREDENTIALS = OpenBadgeCredentials.signingWith(KEY);

    @Test
    void everyVariedCredentialVerifiesAndNamesItsIssuer() {
        List<CertificateFacts> all = VariedCertificates.facts(60);
        for (int i = 0; i < all.size(); i++) {
            String json = CREDENTIALS.issue(all.get(i), VariedCertificates.status(i));
            Verification verification = CREDENTIALS.verify(json);
            assertTrue(verification.valid(), i + ": " + verification + "\n" + json);
            assertEquals(KEY.did(), verification.issuer());
            assertTrue(verification.knownIssuer());
        }
    }

    @Test
    void changingAnyFieldBreaksTheSignature() {
        String json = CREDENTIALS.issue(VariedCertificates.facts(1).get(0), VariedCertificates.status(0));
        for (Tampering tampering : Tampering.values()) {
            String changed = tampering.apply(json);
            assertNotEquals(json, changed, tampering.name());
            Verification verification = CREDENTIALS.verify(changed);
            assertFalse(verification.valid(), tampering + " still verifies: " + changed);
        }
    }

    @Test
    void aCredentialSignedByAnotherKeyVerifiesButIsNotOurs() {
        OpenBadgeCredentials stranger = OpenBadgeCredentials.signingWith(Ed25519Key.generate());
        String json = stranger.issue(VariedCertificates.facts(1).get(0), VariedCertificates.status(0));
        Verification verification = CREDENTIALS.verify(json);
        assertTrue(verification.valid());
        assertFalse(verification.knownIssuer());
    }

    @Test
    void garbageIsNotValidAndDoesNotThrow() {
        assertFalse(CREDENTIALS.verify("not json").valid());
        assertFalse(CREDENTIALS.verify("{}").valid());
        assertFalse(CREDENTIALS.verify("[1,2]").valid());
    }

    @Test
    void statusListIsSignedAndReadsTheRevokedBitsBack() {
        BitSet revoked = new BitSet();
        revoked.set(4);
        revoked.set(131_071);
        String json = CREDENTIALS.statusList(VariedCertificates.BASE + "/credentials/status/1", revoked);
        assertTrue(CREDENTIALS.verify(json).valid(), json);
        JsonObject list = Json.createReader(new StringReader(json)).readObject();
        BitSet read = BitstringStatusList.decode(list.getJsonObject("credentialSubject").getString("encodedList"));
        assertEquals(revoked, read);
    }

    @Test
    void issuerIsTheDidKeyOfThePublicKey() {
        assertTrue(KEY.did().startsWith("did:key:z6Mk"), KEY.did());
        assertEquals(KEY.did(), Ed25519Key.didKey(Ed25519Key.publicKeyOf(KEY.did())));
        assertFalse(KEY.toString().contains(java.util.HexFormat.of().formatHex(KEY.rawPrivateKey())));
    }

    /**
     * The properties Open Badges 3.0 defines as collections ([0..*] or [1..*] in its data model) in the
     * classes Maharat writes: its JSON binding and 1EdTech's JSON schema want them as arrays even when
     * they hold one element ("/proof must be array" was the schema's complaint). {@code type} is a
     * collection everywhere except in IdentityObject, Proof and the status entry, where it is one name.
     */
    private static final Set<String> COLLECTIONS = Set.of("@context", "type", "proof", "identifier",
            "credentialSchema", "evidence", "termsOfUse", "endorsement", "endorsementJwt", "alignment",
            "otherIdentifier", "related", "resultDescription", "result", "tag");
    private static final Set<String> SINGLE_TYPE = Set.of("IdentityObject", "BitstringStatusListEntry", "DataIntegrityProof",
            "BitstringStatusList");

    @Test
    void everyCollectionIsAnArrayEvenWithOneElement() {
        for (int i = 0; i < 5; i++) {
            JsonObject credential = read(CREDENTIALS.issue(VariedCertificates.facts(5).get(i), VariedCertificates.status(i)));
            List<String> single = new ArrayList<>();
            collectionsNotArrays(credential, "", single);
            assertEquals(List.of(), single, credential.toString());
            assertEquals(1, credential.getJsonArray("proof").size(), "one proof, in an array");
            assertEquals("DataIntegrityProof", credential.getJsonArray("proof").getJsonObject(0).getString("type"));
        }
        JsonObject list = read(CREDENTIALS.statusList(VariedCertificates.BASE + "/credentials/status/1", new BitSet()));
        assertTrue(list.get("proof") instanceof JsonArray, "the status list's proof too: " + list);
    }

    @Test
    void aCredentialIssuedWithASingleProofObjectStillVerifies() {
        JsonObject credential = read(CREDENTIALS.issue(VariedCertificates.facts(1).get(0), VariedCertificates.status(0)));
        JsonObject older = Json.createObjectBuilder(credential)
                .add("proof", credential.getJsonArray("proof").getJsonObject(0)).build();
        assertTrue(CREDENTIALS.verify(older.toString()).valid(), "issued before proofs became arrays");
        JsonObject twoProofs = Json.createObjectBuilder(credential).add("proof", Json.createArrayBuilder()
                .add(credential.getJsonArray("proof").get(0)).add(credential.getJsonArray("proof").get(0))).build();
        assertFalse(CREDENTIALS.verify(twoProofs.toString()).valid(), "Maharat signs with one proof only");
    }

    private static JsonObject read(String json) {
        return Json.createReader(new StringReader(json)).readObject();
    }

    private static void collectionsNotArrays(JsonValue value, String at, List<String> found) {
        if (value instanceof JsonObject object) {
            for (Map.Entry<String, JsonValue> entry : object.entrySet()) {
                String path = at + "/" + entry.getKey();
                boolean singleType = entry.getKey().equals("type") && entry.getValue() instanceof jakarta.json.JsonString name
                        && SINGLE_TYPE.contains(name.getString());
                if (COLLECTIONS.contains(entry.getKey()) && !(entry.getValue() instanceof JsonArray) && !singleType) {
                    found.add(path);
                }
                collectionsNotArrays(entry.getValue(), path, found);
            }
        } else if (value instanceof JsonArray array) {
            for (int i = 0; i < array.size(); i++) {
                collectionsNotArrays(array.get(i), at + "/" + i, found);
            }
        }
    }
}
