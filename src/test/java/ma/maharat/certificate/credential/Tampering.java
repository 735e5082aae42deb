package ma.maharat.certificate.credential;

import jakarta.json.Json;
import jakarta.json.JsonObject;
import jakarta.json.JsonPointer;
import jakarta.json.JsonValue;
import java.io.StringReader;

/** One field of a signed credential changed, as a forger would. */
enum Tampering {
    HOLDER_NAME("/credentialSubject/identifier/0/identityHash", Json.createValue("Someone Else")),
    ACHIEVEMENT_NAME("/credentialSubject/achievement/name", Json.createValue("Master tailor")),
    VALID_FROM("/validFrom", Json.createValue("2020-01-01T00:00:00Z")),
    ISSUER_NAME("/issuer/name", Json.createValue("Centre imaginaire")),
    STATUS_INDEX("/credentialStatus/statusListIndex", Json.createValue("999")),
    CREDENTIAL_NAME("/name", Json.createValue("Certificat falsifié")),
    HOURS_IN_CRITERIA("/credentialSubject/achievement/criteria/narrative", Json.createValue("Rien.")),
    PROOF_CREATED("/proof/0/created", Json.createValue("2021-01-01T00:00:00Z"));

    private final String path;
    private final JsonValue value;

    Tampering(String path, JsonValue value) {
        this.path = path;
        this.value = value;
    }

    String apply(String json) {
        JsonObject credential = Json.createReader(new StringReader(json)).readObject();
        JsonPointer pointer = Json.createPointer(path);
        return pointer.replace(credential, value).toString();
    }
}
