package ma.maharat.content.control;

import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

/**
 * The image types a lesson may show, each with its file extensions and its signature. The content is
 * checked, not just the name: a text file renamed to .png, or a JPEG named .png, is refused, because
 * browsers and the media endpoint go by the extension.
 */
enum ImageFormat {
    PNG("image/png", List.of("png")),
    JPEG("image/jpeg", List.of("jpg", "jpeg")),
    GIF("image/gif", List.of("gif")),
    WEBP("image/webp", List.of("webp")),
    /** Checked as text by {@link SvgSafety}, since SVG has no binary signature. */
    SVG("image/svg+xml", List.of("svg"));

    private static final byte[] PNG_SIGNATURE = {(byte) 0x89, 'P', 'N', 'G', '\r', '\n', 0x1A, '\n'};
    private static final byte[] JPEG_SIGNATURE = {(byte) 0xFF, (byte) 0xD8, (byte) 0xFF};

    private final String mediaType;
    private final List<String> extensions;

    ImageFormat(String mediaType, List<String> extensions) {
        this.mediaType = mediaType;
        this.extensions = extensions;
    }

    String mediaType() {
        return mediaType;
    }

    /** The format for a file name's extension (case-insensitive), if it is one we accept. */
    static Optional<ImageFormat> forFileName(String name) {
        int dot = name.lastIndexOf('.');
        String extension = dot < 0 ? "" : name.substring(dot + 1).toLowerCase(Locale.ROOT);
        return Arrays.stream(values()).filter(format -> format.extensions.contains(extension)).findFirst();
    }

    /** The extensions listed in messages: "png, jpg, jpeg, gif, webp or svg". */
    static String acceptedExtensions() {
        List<String> all = Arrays.stream(values()).flatMap(format -> format.extensions.stream()).toList();
        return String.join(", ", all.subList(0, all.size() - 1)) + " or " + all.get(all.size() - 1);
    }

    /** Whether the bytes start with this format's signature (always false for SVG). */
    boolean hasSignature(byte[] content) {
        return switch (this) {
            case PNG -> startsWith(content, 0, PNG_SIGNATURE);
            case JPEG -> startsWith(content, 0, JPEG_SIGNATURE);
            case GIF -> startsWith(content, 0, ascii("GIF87a")) || startsWith(content, 0, ascii("GIF89a"));
            case WEBP -> startsWith(content, 0, ascii("RIFF")) && startsWith(content, 8, ascii("WEBP"));
            case SVG -> false;
        };
    }

    /** The name used in messages, e.g. "PNG". */
    String displayName() {
        return name();
    }

    private static byte[] ascii(String text) {
        return text.getBytes(StandardCharsets.US_ASCII);
    }

    private static boolean startsWith(byte[] content, int offset, byte[] prefix) {
        if (content.length < offset + prefix.length) {
            return false;
        }
        for (int i = 0; i < prefix.length; i++) {
            if (content[offset + i] != prefix[i]) {
                return false;
            }
        }
        return true;
    }
}
