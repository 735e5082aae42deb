package ma.maharat.certificate.credential;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.Base64;
import java.util.BitSet;
import java.util.zip.GZIPInputStream;
import java.util.zip.GZIPOutputStream;

/**
 * The {@code encodedList} of a W3C Bitstring Status List: at least 131,072 bits (16 KB, so that one
 * credential's bit cannot be told from the list's size), bit 0 the most significant bit of the first byte,
 * GZIP-compressed, then multibase base64url without padding (prefix {@code u}).
 */
public final class BitstringStatusList {

    /** The smallest list the standard allows, for group privacy. */
    public static final int MINIMUM_BITS = 131_072;

    private BitstringStatusList() {
    }

    /** The encoded list with these bits set. */
    public static String encode(BitSet set) {
        int bits = Math.max(MINIMUM_BITS, (set.length() + 7) / 8 * 8);
        byte[] bytes = new byte[bits / 8];
        for (int i = set.nextSetBit(0); i >= 0; i = set.nextSetBit(i + 1)) {
            bytes[i / 8] |= (byte) (0x80 >>> (i % 8));
        }
        ByteArrayOutputStream gzipped = new ByteArrayOutputStream(256);
        try (GZIPOutputStream gzip = new GZIPOutputStream(gzipped)) {
            gzip.write(bytes);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return "u" + Base64.getUrlEncoder().withoutPadding().encodeToString(gzipped.toByteArray());
    }

    /** The bits of an encoded list. */
    public static BitSet decode(String encodedList) {
        if (!encodedList.startsWith("u")) {
            throw new IllegalArgumentException("Not multibase base64url: " + encodedList.charAt(0));
        }
        byte[] gzipped = Base64.getUrlDecoder().decode(encodedList.substring(1));
        byte[] bytes;
        try (GZIPInputStream gzip = new GZIPInputStream(new ByteArrayInputStream(gzipped))) {
            bytes = gzip.readAllBytes();
        } catch (IOException e) {
            throw new IllegalArgumentException("Not a GZIP bitstring", e);
        }
        BitSet set = new BitSet(bytes.length * 8);
        for (int i = 0; i < bytes.length * 8; i++) {
            if ((bytes[i / 8] & (0x80 >>> (i % 8))) != 0) {
                set.set(i);
            }
        }
        return set;
    }
}
