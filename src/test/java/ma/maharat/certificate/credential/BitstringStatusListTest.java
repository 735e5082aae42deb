package ma.maharat.certificate.credential;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.util.Base64;
import java.util.BitSet;
import java.util.zip.GZIPInputStream;
import org.junit.jupiter.api.Test;

class BitstringStatusListTest {

    private static byte[] rawBytes(String encoded) throws IOException {
        assertTrue(encoded.startsWith("u"), "multibase base64url");
        assertTrue(!encoded.contains("=") && !encoded.contains("+") && !encoded.contains("/"), "url alphabet, no padding");
        byte[] gzipped = Base64.getUrlDecoder().decode(encoded.substring(1));
        try (GZIPInputStream in = new GZIPInputStream(new ByteArrayInputStream(gzipped))) {
            return in.readAllBytes();
        }
    }

    @Test
    void bitZeroIsTheMostSignificantBitOfTheFirstByte() throws IOException {
        BitSet revoked = new BitSet();
        revoked.set(0);
        revoked.set(9);
        byte[] bytes = rawBytes(BitstringStatusList.encode(revoked));
        assertEquals((byte) 0x80, bytes[0]);
        assertEquals((byte) 0x40, bytes[1]);
        assertEquals(0, bytes[2]);
    }

    @Test
    void anEmptyListStillHoldsTheMinimumOf131072Bits() throws IOException {
        assertEquals(131_072 / 8, rawBytes(BitstringStatusList.encode(new BitSet())).length);
    }

    @Test
    void aListGrowsPastTheMinimumAndReadsBack() {
        BitSet revoked = new BitSet();
        revoked.set(3);
        revoked.set(131_072);
        revoked.set(200_001);
        BitSet read = BitstringStatusList.decode(BitstringStatusList.encode(revoked));
        assertEquals(revoked, read);
        assertTrue(read.get(200_001) && !read.get(200_000));
    }

    @Test
    void somethingElseIsRefused() {
        assertThrows(IllegalArgumentException.class, () -> BitstringStatusList.decode("zABC"));
        assertThrows(IllegalArgumentException.class, () -> BitstringStatusList.decode("uAAAA"));
    }
}
