package ma.maharat.practical.control;

import java.awt.Graphics2D;
import java.awt.RenderingHints;
import java.awt.image.BufferedImage;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.Iterator;
import java.util.Locale;
import javax.imageio.ImageIO;
import javax.imageio.ImageReader;
import javax.imageio.stream.ImageInputStream;
import ma.maharat.platform.image.ExifOrientation;
import ma.maharat.platform.image.Reencoding;

/**
 * Turns a photo of a trainee's work, as a phone or a camera gives it, into what Maharat stores: a JPEG
 * re-encoded from its pixels, so that no metadata survives (EXIF with the GPS position and the camera's
 * serial number, PNG text chunks, comments), turned upright as the EXIF orientation says, and at most
 * {@value #MAX_SIDE} px on its long side; plus a thumbnail. What is not a JPEG or PNG by its content,
 * is larger than {@value #MAX_BYTES} bytes, or whose content does not match its file name, is refused
 * with a message the trainer understands. Pure and thread-safe.
 */
public final class WorkPhotos {

    /** Largest upload accepted: 8 MiB, about what a phone's full-resolution photo weighs. */
    public static final int MAX_BYTES = 8 * 1024 * 1024;
    /** At most this many photos per sign-off. */
    public static final int MAX_PHOTOS = 5;
    /** Long side of a stored photo, in pixels: enough to see a seam, small enough for the terminals. */
    public static final int MAX_SIDE = 2000;
    /** Long side of a thumbnail. */
    public static final int THUMBNAIL_SIDE = 320;
    /** Refused before decoding: a small file can claim a huge picture (a decompression bomb). */
    static final long MAX_PIXELS = 50_000_000L;
    static final float JPEG_QUALITY = 0.85f;
    public static final String MEDIA_TYPE = "image/jpeg";

    private static final byte[] JPEG_MAGIC = {(byte) 0xFF, (byte) 0xD8, (byte) 0xFF};
    private static final byte[] PNG_MAGIC = {(byte) 0x89, 'P', 'N', 'G', '\r', '\n', 0x1A, '\n'};

    /**
     * A cleaned photo.
     *
     * @param jpeg      the re-encoded photo
     * @param thumbnail its thumbnail, a JPEG too
     * @param width     the photo's width after turning and scaling
     * @param height    its height
     * @param sha256    the photo's SHA-256, in hex
     */
    public record CleanPhoto(byte[] jpeg, byte[] thumbnail, int width, int height, String sha256) implements java.io.Serializable {}

    private enum Format { JPEG, PNG }

    /**
     * @param fileName the name the file was uploaded with (its extension must agree with its content)
     * @param content  the bytes uploaded
     * @throws PracticalRuleViolation {@code practical.photo.empty}, {@code practical.photo.tooLarge},
     *         {@code practical.photo.notAnImage}, {@code practical.photo.extensionMismatch},
     *         {@code practical.photo.tooManyPixels} or {@code practical.photo.unreadable}
     */
    public CleanPhoto clean(String fileName, byte[] content) {
        String name = fileName == null ? "" : fileName;
        if (content == null || content.length == 0) {
            throw new PracticalRuleViolation("practical.photo.empty", name);
        }
        if (content.length > MAX_BYTES) {
            throw new PracticalRuleViolation("practical.photo.tooLarge", name, MAX_BYTES / (1024 * 1024));
        }
        Format format = startsWith(content, JPEG_MAGIC) ? Format.JPEG : startsWith(content, PNG_MAGIC) ? Format.PNG : null;
        String extension = extension(name);
        boolean knownExtension = extension.equals("jpg") || extension.equals("jpeg") || extension.equals("png");
        if (format == null || (!extension.isEmpty() && !knownExtension)) {
            throw new PracticalRuleViolation("practical.photo.notAnImage", name);
        }
        if (knownExtension && (format == Format.PNG) != extension.equals("png")) {
            throw new PracticalRuleViolation("practical.photo.extensionMismatch", name);
        }
        BufferedImage decoded = decode(name, content);
        BufferedImage upright = ExifOrientation.apply(Reencoding.opaque(decoded), format == Format.JPEG ? ExifOrientation.of(content) : 1);
        BufferedImage photo = scaled(upright, MAX_SIDE);
        byte[] jpeg = encode(photo);
        return new CleanPhoto(jpeg, encode(scaled(photo, THUMBNAIL_SIDE)), photo.getWidth(), photo.getHeight(), sha256(jpeg));
    }

    private static BufferedImage decode(String name, byte[] content) {
        try (ImageInputStream input = ImageIO.createImageInputStream(new ByteArrayInputStream(content))) {
            Iterator<ImageReader> readers = ImageIO.getImageReaders(input);
            if (!readers.hasNext()) {
                throw new PracticalRuleViolation("practical.photo.unreadable", name);
            }
            ImageReader reader = readers.next();
            try {
                reader.setInput(input, true, true);
                if ((long) reader.getWidth(0) * reader.getHeight(0) > MAX_PIXELS) {
                    throw new PracticalRuleViolation("practical.photo.tooManyPixels", name);
                }
                return reader.read(0);
            } finally {
                reader.dispose();
            }
        } catch (IOException | RuntimeException e) {
            if (e instanceof PracticalRuleViolation violation) {
                throw violation;
            }
            // A truncated file, a CMYK JPEG, a broken PNG: the trainer can only take the photo again.
            throw new PracticalRuleViolation("practical.photo.unreadable", name);
        }
    }

    /** Scales down (never up) so the long side is at most {@code maxSide}, halving first for quality. */
    static BufferedImage scaled(BufferedImage image, int maxSide) {
        int longSide = Math.max(image.getWidth(), image.getHeight());
        if (longSide <= maxSide) {
            return image;
        }
        int width = Math.max(1, (int) Math.round((double) image.getWidth() * maxSide / longSide));
        int height = Math.max(1, (int) Math.round((double) image.getHeight() * maxSide / longSide));
        BufferedImage current = image;
        while (current.getWidth() / 2 >= width && current.getHeight() / 2 >= height) {
            current = resized(current, current.getWidth() / 2, current.getHeight() / 2);
        }
        return current.getWidth() == width && current.getHeight() == height ? current : resized(current, width, height);
    }

    private static BufferedImage resized(BufferedImage image, int width, int height) {
        BufferedImage resized = new BufferedImage(width, height, BufferedImage.TYPE_INT_RGB);
        Graphics2D graphics = resized.createGraphics();
        graphics.setRenderingHint(RenderingHints.KEY_INTERPOLATION, RenderingHints.VALUE_INTERPOLATION_BILINEAR);
        graphics.setRenderingHint(RenderingHints.KEY_RENDERING, RenderingHints.VALUE_RENDER_QUALITY);
        graphics.drawImage(image, 0, 0, width, height, null);
        graphics.dispose();
        return resized;
    }

    private static byte[] encode(BufferedImage image) {
        return Reencoding.jpeg(image, JPEG_QUALITY);
    }

    private static boolean startsWith(byte[] content, byte[] magic) {
        if (content.length < magic.length) {
            return false;
        }
        for (int i = 0; i < magic.length; i++) {
            if (content[i] != magic[i]) {
                return false;
            }
        }
        return true;
    }

    private static String extension(String name) {
        int dot = name.lastIndexOf('.');
        return dot < 0 || name.lastIndexOf('/') > dot || name.lastIndexOf('\\') > dot ? "" : name.substring(dot + 1).toLowerCase(Locale.ROOT);
    }

    static String sha256(byte[] bytes) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(bytes));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("Every Java runtime has SHA-256", e);
        }
    }
}
