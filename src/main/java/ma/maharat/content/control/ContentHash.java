package ma.maharat.content.control;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;

/**
 * SHA-256 fingerprints of lesson and media content. The importer compares them with the stored ones
 * to update only what changed and to tell learners that a lesson was revised.
 */
final class ContentHash {

    private ContentHash() {
    }

    /** Lowercase hex SHA-256 of the bytes. */
    static String sha256(byte[] content) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(content));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("every Java runtime has SHA-256", e);
        }
    }

    /** Lowercase hex SHA-256 of the UTF-8 encoding of the text. */
    static String sha256(String text) {
        return sha256(text.getBytes(StandardCharsets.UTF_8));
    }
}
