package ma.maharat.content.control;

import java.nio.ByteBuffer;
import java.nio.CharBuffer;
import java.nio.charset.CharsetDecoder;
import java.nio.charset.CoderResult;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;

/**
 * Strict UTF-8 decoding of content files. Files saved by office tools in a legacy encoding (Windows-1256
 * for Arabic, Latin-1 for French) would otherwise import as garbled text without anyone noticing, so
 * a bad byte is reported with its line instead of being replaced.
 */
final class Utf8Text {

    private static final char BYTE_ORDER_MARK = '\uFEFF';

    private Utf8Text() {
    }

    /** Thrown for bytes that are not UTF-8; carries the 1-based line of the first bad byte. */
    static final class NotUtf8Exception extends Exception {
        private static final long serialVersionUID = 1L;

        private final int line;

        NotUtf8Exception(int line) {
            super("not UTF-8 at line " + line);
            this.line = line;
        }

        int line() {
            return line;
        }
    }

    /** The text of the bytes without a leading byte order mark. */
    static String decode(byte[] bytes) throws NotUtf8Exception {
        CharsetDecoder decoder = StandardCharsets.UTF_8.newDecoder()
                .onMalformedInput(CodingErrorAction.REPORT)
                .onUnmappableCharacter(CodingErrorAction.REPORT);
        ByteBuffer in = ByteBuffer.wrap(bytes);
        CharBuffer out = CharBuffer.allocate(bytes.length + 1);
        CoderResult result = decoder.decode(in, out, true);
        if (result.isError()) {
            throw new NotUtf8Exception(lineAt(bytes, in.position()));
        }
        result = decoder.flush(out);
        if (result.isError()) {
            throw new NotUtf8Exception(lineAt(bytes, in.position()));
        }
        out.flip();
        String text = out.toString();
        return !text.isEmpty() && text.charAt(0) == BYTE_ORDER_MARK ? text.substring(1) : text;
    }

    private static int lineAt(byte[] bytes, int position) {
        int line = 1;
        for (int i = 0; i < position && i < bytes.length; i++) {
            if (bytes[i] == '\n') {
                line++;
            }
        }
        return line;
    }
}
