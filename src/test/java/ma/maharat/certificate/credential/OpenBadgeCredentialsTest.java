package ma.maharat.certificate.credential;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.json.Json;
import jakarta.json.JsonObject;
import java.io.StringReader;
import java.util.BitSet;
import java.util.List;
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
}
