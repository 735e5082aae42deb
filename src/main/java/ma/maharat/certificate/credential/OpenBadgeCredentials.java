package ma.maharat.certificate.credential;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.json.Json;
import jakarta.json.JsonArrayBuilder;
import jakarta.json.JsonException;
import jakarta.json.JsonObject;
import jakarta.json.JsonObjectBuilder;
import jakarta.json.JsonReader;
import jakarta.json.JsonWriter;
import jakarta.json.JsonWriterFactory;
import java.io.StringReader;
import java.io.StringWriter;
import java.net.URI;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.time.temporal.ChronoUnit;
import java.util.BitSet;
import java.util.Map;
import ma.maharat.certificate.document.CertificateFacts;
import ma.maharat.certificate.document.CertificatePdf;

/**
 * Open Badges 3.0 credentials for certificates, signed with the server's Ed25519 key
 * ({@code eddsa-rdfc-2022}), and the Bitstring Status List that revokes them.
 *
 * <p>A credential says what the PDF says (the same {@link CertificateFacts}): the issuer is the center,
 * named by the did:key of the signing key so that anyone can verify offline; the holder is named in
 * {@code credentialSubject.identifier} (an {@code IdentityObject} of type {@code name}, in Latin and in
 * Arabic script when known), since Open Badges 3.0 has no name property on the subject.
 */
@ApplicationScoped
public class OpenBadgeCredentials {

    /** Open Badges' achievement type for a certificate of completion. */
    static final String ACHIEVEMENT_TYPE = "Certificate";

    private static final JsonWriterFactory COMPACT = Json.createWriterFactory(Map.of());
    private static final DateTimeFormatter TIMESTAMP = DateTimeFormatter.ISO_INSTANT;

    @Inject
    SigningKeys signingKeys;

    private final DataIntegrityProofs proofs = new DataIntegrityProofs();
    private Ed25519Key fixedKey;
    Clock clock = Clock.systemUTC();

    public OpenBadgeCredentials() {
        // for CDI
    }

    /** Credentials signed by this key, without a database: for tests and benchmarks. */
    public static OpenBadgeCredentials signingWith(Ed25519Key key) {
        OpenBadgeCredentials credentials = new OpenBadgeCredentials();
        credentials.fixedKey = key;
        return credentials;
    }

    /** The signed {@code OpenBadgeCredential}, as JSON. */
    public String issue(CertificateFacts facts, StatusEntry status) {
        Ed25519Key key = signingKey();
        return write(proofs.sign(unsigned(facts, status, key.did()), key, Instant.now(clock)));
    }

    /** The signed {@code BitstringStatusListCredential} published at {@code listUrl}, as JSON. */
    public String statusList(String listUrl, BitSet revoked) {
        Ed25519Key key = signingKey();
        Instant now = Instant.now(clock).truncatedTo(ChronoUnit.SECONDS);
        JsonObject list = Json.createObjectBuilder()
                .add("@context", Json.createArrayBuilder().add(OfflineContexts.CREDENTIALS_V2))
                .add("id", listUrl)
                .add("type", Json.createArrayBuilder().add("VerifiableCredential").add("BitstringStatusListCredential"))
                .add("issuer", key.did())
                .add("validFrom", TIMESTAMP.format(now))
                .add("credentialSubject", Json.createObjectBuilder()
                        .add("id", listUrl + "#list")
                        .add("type", "BitstringStatusList")
                        .add("statusPurpose", "revocation")
                        .add("encodedList", BitstringStatusList.encode(revoked)))
                .build();
        return write(proofs.sign(list, key, now));
    }

    /**
     * Checks a signed credential (a badge or a status list): the proof, and whether its issuer is one of
     * Maharat's keys. Never throws for bad input: a credential that cannot be read is simply not valid.
     */
    public Verification verify(String json) {
        JsonObject credential;
        try (JsonReader reader = Json.createReader(new StringReader(json))) {
            credential = reader.readObject();
        } catch (JsonException | IllegalStateException e) {
            return Verification.failed(null, "not a JSON object");
        }
        Verification checked = proofs.verify(credential);
        return checked.valid() ? checked.known(isOurs(checked.issuer())) : checked;
    }

    /** The credential before signing. */
    JsonObject unsigned(CertificateFacts facts, StatusEntry status, String issuerDid) {
        String titleFr = CredentialText.clean(facts.titleFr());
        String titleAr = facts.titleAr() == null || facts.titleAr().isBlank() ? titleFr
                : CredentialText.clean(facts.titleAr());
        JsonArrayBuilder names = Json.createArrayBuilder().add(name(facts.holderName()));
        if (facts.holderNameAr() != null && !facts.holderNameAr().isBlank()) {
            names.add(name(facts.holderNameAr()));
        }
        String hours = facts.hours() == null ? "" : facts.hours() + " heures de formation. ";
        JsonObjectBuilder achievement = Json.createObjectBuilder()
                .add("id", facts.achievementUrl())
                .add("type", Json.createArrayBuilder().add("Achievement"))
                .add("achievementType", ACHIEVEMENT_TYPE)
                .add("name", titleFr)
                .add("description", CredentialText.clean(hours + "Formation « " + titleFr + " » du "
                        + CertificatePdf.CENTER_FR + ". " + titleAr))
                .add("criteria", Json.createObjectBuilder().add("narrative", CredentialText.clean(
                        "Avoir suivi la formation en entier" + (facts.hours() == null ? "" : " (" + facts.hours()
                                + " heures)") + " et satisfait à ses évaluations.")))
                .add("inLanguage", "fr");
        JsonObjectBuilder subject = Json.createObjectBuilder()
                .add("type", Json.createArrayBuilder().add("AchievementSubject"))
                .add("identifier", names)
                .add("achievement", achievement);
        if (facts.startedOn() != null) {
            subject.add("activityStartDate", dayStart(facts.startedOn()));
        }
        subject.add("activityEndDate", dayStart(facts.completedOn()));
        return Json.createObjectBuilder()
                .add("@context", Json.createArrayBuilder().add(OfflineContexts.CREDENTIALS_V2)
                        .add(OfflineContexts.OPEN_BADGES_V3))
                .add("id", facts.verificationUrl())
                .add("type", Json.createArrayBuilder().add("VerifiableCredential").add("OpenBadgeCredential"))
                .add("issuer", Json.createObjectBuilder()
                        .add("id", issuerDid)
                        .add("type", Json.createArrayBuilder().add("Profile"))
                        .add("name", CertificatePdf.CENTER_FR)
                        .add("url", URI.create(facts.verificationUrl()).resolve("/").toString()))
                .add("validFrom", TIMESTAMP.format(facts.issuedAt().truncatedTo(ChronoUnit.SECONDS)))
                .add("name", CredentialText.clean("Certificat " + facts.number() + " : " + titleFr))
                .add("credentialSubject", subject)
                .add("credentialStatus", Json.createObjectBuilder()
                        .add("id", status.statusListUrl() + "#" + status.index())
                        .add("type", "BitstringStatusListEntry")
                        .add("statusPurpose", "revocation")
                        .add("statusListIndex", Integer.toString(status.index()))
                        .add("statusListCredential", status.statusListUrl()))
                .build();
    }

    private static JsonObjectBuilder name(String name) {
        return Json.createObjectBuilder()
                .add("type", "IdentityObject")
                .add("identityType", "name")
                .add("hashed", false)
                .add("identityHash", CredentialText.clean(name));
    }

    private static String dayStart(LocalDate day) {
        return TIMESTAMP.format(day.atStartOfDay().toInstant(ZoneOffset.UTC));
    }

    private Ed25519Key signingKey() {
        return fixedKey != null ? fixedKey : signingKeys.current();
    }

    private boolean isOurs(String did) {
        return fixedKey != null ? fixedKey.did().equals(did) : signingKeys.isOurs(did);
    }

    private static String write(JsonObject json) {
        StringWriter out = new StringWriter(4096);
        try (JsonWriter writer = COMPACT.createWriter(out)) {
            writer.writeObject(json);
        }
        return out.toString();
    }
}
