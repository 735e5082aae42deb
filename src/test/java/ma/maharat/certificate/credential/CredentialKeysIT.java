package ma.maharat.certificate.credential;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.inject.Inject;
import java.net.URISyntaxException;
import java.net.URL;
import java.net.http.HttpResponse;
import java.time.Instant;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import ma.maharat.WebClient;
import ma.maharat.audit.control.AuditFilter;
import ma.maharat.audit.control.AuditTrail;
import ma.maharat.audit.entity.AuditEntry;
import ma.maharat.certificate.document.CertificateFacts;
import ma.maharat.certificate.document.CertificatePdf;
import org.jboss.arquillian.container.test.api.RunAsClient;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.arquillian.test.api.ArquillianResource;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * The signing key on Payara and MariaDB: created once at start and kept, rotated with an audit entry,
 * and credentials signed before a rotation still verify (and are still recognised as Maharat's).
 * The PDF renders in the container too (fonts and template found on its class path).
 */
@ExtendWith(ArquillianExtension.class)
class CredentialKeysIT {

    @Inject
    SigningKeys signingKeys;

    @Inject
    OpenBadgeCredentials credentials;

    @Inject
    CertificatePdf pdf;

    @Inject
    AuditTrail audit;

    @Inject
    KeyProtection protection;

    @ArquillianResource
    URL base;

    static CertificateFacts facts(String code) {
        return new CertificateFacts("MAH-2026-IT" + code, code, "https://maharat.example.ma/verify/" + code,
                "Khadija El Mansouri", "خديجة المنصوري", "Couture et finition des caftans", "خياطة وتشطيب القفطان", null,
                "https://maharat.example.ma/achievements/course-1", 120, LocalDate.of(2026, 3, 2),
                LocalDate.of(2026, 6, 30), Instant.parse("2026-07-03T10:15:00Z"));
    }

    @Test
    void oneCurrentKeyExistsFromStartAndStays() {
        List<SigningKey> keys = signingKeys.all();
        assertEquals(1, keys.stream().filter(SigningKey::isCurrent).count(), keys.toString());
        String did = signingKeys.current().did();
        assertEquals(did, signingKeys.current().did(), "the same key signs until rotated");
        assertEquals(keys.size(), signingKeys.all().size(), "asking for the key creates none");
        assertTrue(did.startsWith("did:key:z6Mk"), did);
        assertTrue(signingKeys.isOurs(did));
    }

    @Test
    void everyStoredPrivateKeyIsSealedWithTheConfiguredPassphrase() {
        assertTrue(protection.isOn(), "the integration tests set MAHARAT_SIGNING_KEY_PASSPHRASE");
        signingKeys.rotate();
        List<SigningKey> keys = signingKeys.all();
        assertTrue(keys.size() >= 2);
        for (SigningKey key : keys) {
            assertTrue(KeySeal.isSealed(key.storedPrivateKey()), "stored sealed: " + key);
        }
        String code = "SEAL-" + Long.toString(System.nanoTime(), 36).toUpperCase();
        String signed = credentials.issue(facts(code), new StatusEntry("https://maharat.example.ma/verify/status/1", 7));
        assertTrue(credentials.verify(signed).valid(), "a sealed key still signs");
    }

    @Test
    void credentialsSignedBeforeARotationStillVerify() {
        String before = credentials.issue(facts("ROT1"), new StatusEntry("https://maharat.example.ma/status/1", 11));
        Verification first = credentials.verify(before);
        assertTrue(first.valid(), first.toString());
        assertTrue(first.knownIssuer());
        String oldDid = signingKeys.current().did();
        int count = signingKeys.all().size();

        String newDid = signingKeys.rotate();

        assertNotEquals(oldDid, newDid);
        assertEquals(newDid, signingKeys.current().did());
        List<SigningKey> keys = signingKeys.all();
        assertEquals(count + 1, keys.size());
        assertEquals(1, keys.stream().filter(SigningKey::isCurrent).count(), keys.toString());
        SigningKey old = keys.stream().filter(k -> k.getDid().equals(oldDid)).findFirst().orElseThrow();
        assertNotNull(old.getRetiredAt());

        Verification after = credentials.verify(before);
        assertTrue(after.valid(), "signed before the rotation: " + after);
        assertTrue(after.knownIssuer(), "a retired key is still Maharat's");
        assertEquals(oldDid, after.issuer());
        Verification fresh = credentials.verify(credentials.issue(facts("ROT2"),
                new StatusEntry("https://maharat.example.ma/status/1", 12)));
        assertTrue(fresh.valid());
        assertEquals(newDid, fresh.issuer());

        List<AuditEntry> entries = audit.page(new AuditFilter(null, "signing-key", null, null, null), 0, 10);
        assertTrue(entries.stream().anyMatch(e -> e.getAction().equals("signing-key.rotated")
                && e.getSummary().contains(oldDid) && e.getSummary().contains(newDid)), entries.toString());
    }

    @Test
    void thePdfRendersInTheContainer() {
        byte[] document = pdf.render(facts("PDF1"));
        assertTrue(document.length > 10_000);
        assertEquals("%PDF", new String(document, 0, 4));
    }

    @Test
    @RunAsClient
    void administratorSeesTheKeysAndRotatesFromThePage() throws URISyntaxException {
        WebClient client = new WebClient(base.toURI());
        client.signIn("admin", "admin-it-Passw0rd");
        HttpResponse<String> page = client.get("admin/signing-keys.xhtml");
        assertEquals(200, page.statusCode());
        assertTrue(page.body().contains("did:key:z6Mk"), page.body());
        assertTrue(page.body().contains("menu-signing-keys"));
        long before = page.body().split("did:key:z6Mk", -1).length;

        Map<String, String> form = new LinkedHashMap<>();
        form.put("signing-keys", "signing-keys");
        form.put("signing-keys:rotate", "signing-keys:rotate");
        form.put("jakarta.faces.ViewState", WebClient.viewState(page.body()));
        HttpResponse<String> rotated = client.postForm("admin/signing-keys.xhtml", form);
        assertEquals(200, rotated.statusCode());
        assertTrue(rotated.body().contains("ui-messages-info"), rotated.body());
        assertTrue(rotated.body().split("did:key:z6Mk", -1).length > before, "the new key is listed");
    }

    @Test
    @RunAsClient
    void aVisitorWhoIsNotSignedInCannotOpenThePage() throws URISyntaxException {
        WebClient client = new WebClient(base.toURI());
        HttpResponse<String> page = client.get("admin/signing-keys.xhtml");
        assertFalse(page.statusCode() == 200 && page.body().contains("did:key:"), "not signed in: " + page.statusCode());
    }
}
