package ma.maharat.platform.http;

import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The one byte range a browser asks of an audio file to seek in it ({@code Range: bytes=...}, RFC 9110
 * section 14). Players ask for a single range; several ranges, another unit or a header that does not
 * parse are answered with the whole file (a server may ignore Range). A range that cannot be served
 * (starting at or after the end, or ending before it starts, or the last zero bytes) is answered 416.
 *
 * @param first the first byte served, from 0
 * @param last  the last byte served, inclusive
 */
public record ByteRange(long first, long last) {

    /** What to answer to a Range header. */
    public sealed interface Answer permits Whole, Part, Unsatisfiable {}

    /** 200 with the whole file. */
    public record Whole() implements Answer {}

    /** 206 with this range. */
    public record Part(ByteRange range) implements Answer {}

    /** 416 with {@code Content-Range: bytes *}{@code /length}. */
    public record Unsatisfiable() implements Answer {}

    private static final Pattern SINGLE = Pattern.compile("bytes=(\\d{0,18})-(\\d{0,18})");

    public long length() {
        return last - first + 1;
    }

    /** The {@code Content-Range} value for this range of a file of {@code total} bytes. */
    public String contentRange(long total) {
        return "bytes " + first + "-" + last + "/" + total;
    }

    /**
     * @param header the Range header, or {@code null}
     * @param total  the file's length in bytes
     */
    public static Answer of(String header, long total) {
        if (header == null) {
            return new Whole();
        }
        Matcher matcher = SINGLE.matcher(header.strip());
        if (!matcher.matches() || matcher.group(1).isEmpty() && matcher.group(2).isEmpty()) {
            return new Whole();
        }
        if (matcher.group(1).isEmpty()) {
            long suffix = Long.parseLong(matcher.group(2));
            if (suffix == 0 || total == 0) {
                return new Unsatisfiable();
            }
            return new Part(new ByteRange(Math.max(0, total - suffix), total - 1));
        }
        long first = Long.parseLong(matcher.group(1));
        long last = matcher.group(2).isEmpty() ? total - 1 : Math.min(Long.parseLong(matcher.group(2)), total - 1);
        if (first >= total || !matcher.group(2).isEmpty() && Long.parseLong(matcher.group(2)) < first) {
            return new Unsatisfiable();
        }
        return new Part(new ByteRange(first, last));
    }
}
