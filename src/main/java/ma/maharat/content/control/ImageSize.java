package ma.maharat.content.control;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.util.Iterator;
import java.util.Locale;
import java.util.Optional;
import javax.imageio.ImageIO;
import javax.imageio.ImageReader;
import javax.imageio.stream.ImageInputStream;

/**
 * An image's width and height as its header declares them, read without decoding a single pixel.
 *
 * <p>A file of a few kilobytes can declare 5000 × 5000 pixels (a decompression bomb): decoding it takes
 * 100 MB of memory on the server, and a trainee's phone pays the same when the lesson shows it. So the
 * header is read first, and an image over {@link #MAX_PIXELS} is refused before anything decodes it, on
 * upload and on import alike. PNG, JPEG and GIF headers are read by ImageIO's readers, which parse only
 * the header for {@code getWidth}/{@code getHeight}; WebP, which the JDK cannot read, by its RIFF chunks.
 *
 * @param width  in pixels
 * @param height in pixels
 */
record ImageSize(int width, int height) {

    /**
     * 16 megapixels: a 12-megapixel phone photo (4000 × 3000) passes, and lessons show images at most
     * {@link MediaUpload#MAX_WIDTH} pixels wide anyway. Decoded, 16 megapixels take 64 MB.
     */
    static final long MAX_PIXELS = 16_000_000L;

    long pixels() {
        return (long) width * height;
    }

    boolean isTooLarge() {
        return width <= 0 || height <= 0 || pixels() > MAX_PIXELS;
    }

    /** "5000 × 5000 pixels, 25.0 megapixels; the limit is 16 megapixels", for messages. */
    String describe() {
        return String.format(Locale.ROOT, "%d × %d pixels, %.1f megapixels; the limit is %d megapixels",
                width, height, pixels() / 1e6, MAX_PIXELS / 1_000_000);
    }

    /** The size declared by the header, or empty when the header cannot be read (SVG has none). */
    static Optional<ImageSize> of(ImageFormat format, byte[] bytes) {
        return switch (format) {
            case PNG, JPEG -> fromReader(bytes);
            case GIF -> fromGif(bytes);
            case WEBP -> fromWebp(bytes);
            case SVG -> Optional.empty();
        };
    }

    private static Optional<ImageSize> fromReader(byte[] bytes) {
        try (ImageInputStream input = ImageIO.createImageInputStream(new ByteArrayInputStream(bytes))) {
            Iterator<ImageReader> readers = ImageIO.getImageReaders(input);
            if (!readers.hasNext()) {
                return Optional.empty();
            }
            ImageReader reader = readers.next();
            try {
                reader.setInput(input, true, true);
                return Optional.of(new ImageSize(reader.getWidth(0), reader.getHeight(0)));
            } finally {
                reader.dispose();
            }
        } catch (IOException | RuntimeException e) {
            return Optional.empty();
        }
    }

    /**
     * The larger of the GIF's logical screen (read from its first bytes) and its first frame: browsers
     * paint the screen, ImageIO allocates the frame.
     */
    private static Optional<ImageSize> fromGif(byte[] bytes) {
        if (bytes.length < 10) {
            return Optional.empty();
        }
        int screenWidth = (bytes[6] & 0xFF) | (bytes[7] & 0xFF) << 8;
        int screenHeight = (bytes[8] & 0xFF) | (bytes[9] & 0xFF) << 8;
        Optional<ImageSize> frame = fromReader(bytes);
        return Optional.of(new ImageSize(Math.max(screenWidth, frame.map(ImageSize::width).orElse(0)),
                Math.max(screenHeight, frame.map(ImageSize::height).orElse(0))));
    }

    /** The canvas of a WebP file: VP8X (extended), VP8L (lossless) or VP8 (lossy), the first chunk. */
    private static Optional<ImageSize> fromWebp(byte[] bytes) {
        if (bytes.length < 30 || !ImageFormat.WEBP.hasSignature(bytes)) {
            return Optional.empty();
        }
        String chunk = new String(bytes, 12, 4, java.nio.charset.StandardCharsets.US_ASCII);
        switch (chunk) {
            case "VP8X":
                return Optional.of(new ImageSize(1 + uint24(bytes, 24), 1 + uint24(bytes, 27)));
            case "VP8L":
                if (bytes[20] != 0x2F) {
                    return Optional.empty();
                }
                int bits = (bytes[21] & 0xFF) | (bytes[22] & 0xFF) << 8 | (bytes[23] & 0xFF) << 16 | (bytes[24] & 0xFF) << 24;
                return Optional.of(new ImageSize(1 + (bits & 0x3FFF), 1 + ((bits >>> 14) & 0x3FFF)));
            case "VP8 ":
                int width = ((bytes[26] & 0xFF) | (bytes[27] & 0xFF) << 8) & 0x3FFF;
                int height = ((bytes[28] & 0xFF) | (bytes[29] & 0xFF) << 8) & 0x3FFF;
                return Optional.of(new ImageSize(width, height));
            default:
                return Optional.empty();
        }
    }

    private static int uint24(byte[] bytes, int at) {
        return (bytes[at] & 0xFF) | (bytes[at + 1] & 0xFF) << 8 | (bytes[at + 2] & 0xFF) << 16;
    }
}
