package ma.maharat.certificate.credential;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;

import jakarta.json.Json;
import jakarta.json.JsonObject;
import java.io.IOException;
import java.io.StringReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.BitSet;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import ma.maharat.NeedsTool;
import ma.maharat.certificate.document.CertificateFacts;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Maharat's credentials checked by a verifier that is not Maharat's: Digital Bazaar's JavaScript
 * stack (src/test/js/credential-verifier), over many credentials with varied text, since a
 * canonicalization bug passes one test by luck. Without Node.js and npm that test is skipped with one
 * line saying so, and {@code npm ci} does not run; under CI it fails instead ({@link NeedsTool}).
 */
class CredentialInteropTest {

    static final Path VERIFIER = Path.of("src/test/js/credential-verifier");
    static final int CREDENTIALS = 60;
    static final int TAMPERED = 3;

    @TempDir
    Path folder;

    @Test
    @NeedsTool(NeedsTool.Tool.JAVASCRIPT_VERIFIER)
    void independentVerifierAcceptsEveryCredentialAndRefusesEveryForgery() throws Exception {
        Ed25519Key key = Ed25519Key.generate();
        OpenBadgeCredentials credentials = OpenBadgeCredentials.signingWith(key);
        List<CertificateFacts> facts = VariedCertificates.facts(CREDENTIALS);
        BitSet revoked = new BitSet();
        revoked.set(VariedCertificates.status(7).index());
        revoked.set(VariedCertificates.status(41).index());
        for (int i = 0; i < facts.size(); i++) {
            String json = credentials.issue(facts.get(i), VariedCertificates.status(i));
            write(String.format("credential-%03d.json", i), json);
            if (i < TAMPERED) {
                for (Tampering tampering : Tampering.values()) {
                    write(String.format("tampered-%03d-%s.json", i, tampering), tampering.apply(json));
                }
            }
        }
        String list = credentials.statusList(VariedCertificates.BASE + "/credentials/status/1", revoked);
        write("status-list.json", list);
        write("tampered-status-list.json", list.replace("\"revocation\"", "\"suspension\""));

        Map<String, JsonObject> results = runVerifier();

        assertEquals(CREDENTIALS + TAMPERED * Tampering.values().length + 2, results.size(), results.keySet().toString());
        for (int i = 0; i < CREDENTIALS; i++) {
            JsonObject result = results.get(String.format("credential-%03d.json", i));
            assertTrue(result.getBoolean("verified"), i + ": " + result + "\n" + Files.readString(
                    folder.resolve(String.format("credential-%03d.json", i))));
            assertEquals(i == 7 || i == 41, result.getBoolean("revoked"), "revocation bit of " + i + ": " + result);
        }
        assertTrue(results.get("status-list.json").getBoolean("verified"), results.get("status-list.json").toString());
        results.forEach((file, result) -> {
            if (file.startsWith("tampered-")) {
                assertFalse(result.getBoolean("verified"), "forgery accepted: " + file + " " + result);
            }
        });
    }

    @Test
    void ownVerifierAgreesOnTheSameFiles() {
        OpenBadgeCredentials credentials = OpenBadgeCredentials.signingWith(Ed25519Key.generate());
        List<CertificateFacts> facts = VariedCertificates.facts(CREDENTIALS);
        for (int i = 0; i < facts.size(); i++) {
            String json = credentials.issue(facts.get(i), VariedCertificates.status(i));
            assertTrue(credentials.verify(json).valid(), Integer.toString(i));
            if (i < TAMPERED) {
                for (Tampering tampering : Tampering.values()) {
                    assertFalse(credentials.verify(tampering.apply(json)).valid(), i + " " + tampering);
                }
            }
        }
    }

    private void write(String name, String json) throws IOException {
        Files.writeString(folder.resolve(name), json, StandardCharsets.UTF_8);
    }

    private Map<String, JsonObject> runVerifier() throws Exception {
        if (!Files.isDirectory(VERIFIER.resolve("node_modules"))) {
            run(List.of("npm", "ci", "--no-audit", "--no-fund"), 600);
        }
        String output = run(List.of("node", "verify.js", folder.toAbsolutePath().toString()), 600);
        Map<String, JsonObject> results = new HashMap<>();
        for (String line : output.split("\n")) {
            if (line.startsWith("{")) {
                JsonObject result = Json.createReader(new StringReader(line)).readObject();
                results.put(result.getString("file"), result);
            }
        }
        return results;
    }

    private static String run(List<String> command, int seconds) throws Exception {
        Process process;
        try {
            process = new ProcessBuilder(command).directory(VERIFIER.toFile()).redirectErrorStream(true).start();
        } catch (IOException e) {
            fail(command.get(0) + " is needed for this test (Debian: apt-get install nodejs npm): " + e.getMessage());
            throw e;
        }
        process.getOutputStream().close();
        byte[] out = process.getInputStream().readAllBytes();
        if (!process.waitFor(seconds, TimeUnit.SECONDS)) {
            process.destroyForcibly();
            fail(String.join(" ", command) + " did not finish in " + seconds + " s");
        }
        String output = new String(out, StandardCharsets.UTF_8);
        assertEquals(0, process.exitValue(), String.join(" ", command) + " failed:\n" + output);
        return output;
    }
}
