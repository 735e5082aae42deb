package ma.maharat.platform.database;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/**
 * Released Flyway migrations never change. Flyway would refuse to start a database migrated with an
 * earlier text of the same version, and a database created after the edit would differ silently from
 * one migrated before it. V8 was once edited after V9 was committed; this test keeps it from happening
 * again: the checksum of every migration is kept in {@code released-migrations.sha256}, and a new
 * migration is added there in the commit that adds it.
 */
class ReleasedMigrationsTest {

    private static final Path MIGRATIONS = Path.of("src/main/resources/db/migration");
    private static final String RELEASED = "/ma/maharat/platform/database/released-migrations.sha256";

    @Test
    void releasedMigrationsAreUnchangedAndEveryMigrationIsRecorded() throws IOException {
        Map<String, String> released = released();
        Map<String, String> present = present();
        for (Map.Entry<String, String> migration : released.entrySet()) {
            assertTrue(present.containsKey(migration.getKey()),
                    migration.getKey() + " was released and must stay: a released migration is never removed or renamed");
            assertEquals(migration.getValue(), present.get(migration.getKey()),
                    migration.getKey() + " changed after it was released: restore it and put the change in a new migration");
        }
        List<String> unrecorded = present.entrySet().stream()
                .filter(migration -> !released.containsKey(migration.getKey()))
                .map(migration -> migration.getValue() + "  " + migration.getKey())
                .toList();
        assertEquals(List.of(), unrecorded,
                "New migrations: add these lines to src/test/resources" + RELEASED + " in the commit that adds them");
    }

    @Test
    void checksumIgnoresLineEndings() {
        assertEquals(sha256("CREATE TABLE t (id INT);\nSELECT 1;\n"), sha256("CREATE TABLE t (id INT);\r\nSELECT 1;\r\n"));
    }

    private static Map<String, String> released() throws IOException {
        try (InputStream in = ReleasedMigrationsTest.class.getResourceAsStream(RELEASED)) {
            String text = new String(in.readAllBytes(), StandardCharsets.UTF_8);
            Map<String, String> released = new TreeMap<>();
            text.lines().map(String::strip).filter(line -> !line.isEmpty() && !line.startsWith("#")).forEach(line -> {
                String[] parts = line.split("\\s+", 2);
                released.put(parts[1], parts[0]);
            });
            return released;
        }
    }

    private static Map<String, String> present() throws IOException {
        try (Stream<Path> files = Files.list(MIGRATIONS)) {
            return files.filter(file -> file.getFileName().toString().matches("V\\d+__.+\\.sql"))
                    .collect(Collectors.toMap(file -> file.getFileName().toString(),
                            file -> sha256(read(file)), (a, b) -> a, TreeMap::new));
        }
    }

    private static String read(Path file) {
        try {
            return Files.readString(file, StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
    }

    private static String sha256(String text) {
        try {
            byte[] normalised = text.replace("\r\n", "\n").getBytes(StandardCharsets.UTF_8);
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(normalised));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
