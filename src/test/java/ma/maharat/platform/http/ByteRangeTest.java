package ma.maharat.platform.http;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;

import org.junit.jupiter.api.Test;

/** The Range header of a player seeking in an audio reading (RFC 9110, section 14). */
class ByteRangeTest {

    private static ByteRange part(String header, long total) {
        return assertInstanceOf(ByteRange.Part.class, ByteRange.of(header, total), header).range();
    }

    @Test
    void aClosedRangeIsServedAsAsked() {
        ByteRange range = part("bytes=0-99", 1000);
        assertEquals(new ByteRange(0, 99), range);
        assertEquals(100, range.length());
        assertEquals("bytes 0-99/1000", range.contentRange(1000));
    }

    @Test
    void anOpenRangeRunsToTheEnd() {
        assertEquals(new ByteRange(500, 999), part("bytes=500-", 1000));
        // Chromium's first request for a media element.
        assertEquals(new ByteRange(0, 999), part("bytes=0-", 1000));
    }

    @Test
    void aSuffixRangeIsTheLastBytes() {
        assertEquals(new ByteRange(900, 999), part("bytes=-100", 1000));
        assertEquals(new ByteRange(0, 999), part("bytes=-5000", 1000));
    }

    @Test
    void aRangePastTheEndIsCutToIt() {
        assertEquals(new ByteRange(990, 999), part("bytes=990-5000", 1000));
    }

    @Test
    void rangesThatCannotBeServedAre416() {
        assertInstanceOf(ByteRange.Unsatisfiable.class, ByteRange.of("bytes=1000-", 1000));
        assertInstanceOf(ByteRange.Unsatisfiable.class, ByteRange.of("bytes=2000-3000", 1000));
        assertInstanceOf(ByteRange.Unsatisfiable.class, ByteRange.of("bytes=50-10", 1000));
        assertInstanceOf(ByteRange.Unsatisfiable.class, ByteRange.of("bytes=-0", 1000));
    }

    @Test
    void whatIsNotOneByteRangeGetsTheWholeFile() {
        assertInstanceOf(ByteRange.Whole.class, ByteRange.of(null, 1000));
        assertInstanceOf(ByteRange.Whole.class, ByteRange.of("bytes=0-1,5-6", 1000));
        assertInstanceOf(ByteRange.Whole.class, ByteRange.of("items=0-1", 1000));
        assertInstanceOf(ByteRange.Whole.class, ByteRange.of("bytes=-", 1000));
        assertInstanceOf(ByteRange.Whole.class, ByteRange.of("bytes=abc-", 1000));
        assertInstanceOf(ByteRange.Whole.class, ByteRange.of("bytes=99999999999999999999-", 1000), "too many digits");
    }
}
