package ma.maharat.intake.control;

import java.awt.image.BufferedImage;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.Iterator;
import java.util.Locale;
import javax.imageio.ImageIO;
import javax.imageio.ImageReader;
import javax.imageio.stream.ImageInputStream;
import ma.maharat.intake.entity.DocumentKind;
import ma.maharat.platform.image.ExifOrientation;
import ma.maharat.platform.image.Reencoding;

/**
 * Checks a document attached to an application by its content, never by what the browser claims: a PDF
 * starts with {@code %PDF-} and ends with {@code %%EOF}; a JPEG or PNG has its magic bytes and decodes
 * (its size read from its header first, so that a small file claiming a huge picture is refused before
 * its pixels are allocated). The file name's extension must agree with the content, so that an HTML page
 * named {@code .jpg} or a PNG named {@code .pdf} is refused. Statutes may be a PDF or a photo; product
 * photos are JPEG or PNG. A photo is kept re-encoded from its pixels, in its own format and size, so that
 * nothing else of the file survives: a phone's EXIF (the GPS position of a cooperative's workshop, often a
 * member's home, and the camera's serial), XMP, PNG text chunks, comments. A JPEG is turned upright first,
 * as its EXIF orientation says, since the orientation goes with the rest. Pure and thread-safe.
 */
public final class ApplicationDocuments {

    /** Refused before decoding: a decompression bomb. 40 megapixels is more than any phone's photo. */
    static final long MAX_PIXELS = 40_000_000L;
    static final int FILE_NAME_LENGTH = 120;
    /** High enough that the small print of a photographed statute stays legible. */
    static final float JPEG_QUALITY = 0.92f;

    private static final byte[] PDF_MAGIC = "%PDF-".getBytes(StandardCharsets.US_ASCII);
    private static final byte[] PDF_END = "%%EOF".getBytes(StandardCharsets.US_ASCII);
    private static final byte[] JPEG_MAGIC = {(byte) 0xFF, (byte) 0xD8, (byte) 0xFF};
    private static final byte[] PNG_MAGIC = {(byte) 0x89, 'P', 'N', 'G', '\r', '\n', 0x1A, '\n'};

    private final IntakeLimits limits;

    public ApplicationDocuments(IntakeLimits limits) {
        this.limits = limits;
    }

    /** A checked document: its media type by content, a safe file name to offer on download, its SHA-256. */
    public record Checked(DocumentKind kind, String fileName, String mediaType, byte[] content, String sha256) {}

    /**
     * @param field the form field, for the message next to it
     * @throws IntakeRuleViolation {@code intake.file.empty}, {@code intake.file.tooLarge},
     *         {@code intake.file.wrongType}, {@code intake.file.extensionMismatch},
     *         {@code intake.file.tooManyPixels} or {@code intake.file.unreadable}
     */
    public Checked check(String field, DocumentKind kind, String fileName, byte[] content) {
        String name = safeName(fileName);
        if (content == null || content.length == 0) {
            throw refusal(field, "intake.file.empty", name);
        }
        if (content.length > limits.fileBytes()) {
            throw refusal(field, "intake.file.tooLarge", name, limits.fileBytes() / (1024 * 1024));
        }
        String type = startsWith(content, PDF_MAGIC) ? "application/pdf"
                : startsWith(content, JPEG_MAGIC) ? "image/jpeg"
                : startsWith(content, PNG_MAGIC) ? "image/png" : null;
        boolean allowed = type != null && (kind == DocumentKind.STATUTES || !type.equals("application/pdf"));
        if (!allowed) {
            throw refusal(field, kind == DocumentKind.PHOTO ? "intake.file.notAPhoto" : "intake.file.wrongType", name);
        }
        String extension = extension(name);
        if (!extension.isEmpty() && !type.equals(typeOfExtension(extension))) {
            throw refusal(field, "intake.file.extensionMismatch", name);
        }
        if (type.equals("application/pdf")) {
            if (!endsNear(content, PDF_END)) {
                throw refusal(field, "intake.file.unreadable", name);
            }
            return new Checked(kind, name, type, content, sha256(content));
        }
        BufferedImage pixels = decoded(field, name, content);
        byte[] kept = type.equals("image/jpeg")
                ? Reencoding.jpeg(ExifOrientation.apply(Reencoding.opaque(pixels), ExifOrientation.of(content)), JPEG_QUALITY)
                : Reencoding.png(pixels);
        return new Checked(kind, name, type, kept, sha256(kept));
    }

    private static BufferedImage decoded(String field, String name, byte[] content) {
        try (ImageInputStream input = ImageIO.createImageInputStream(new ByteArrayInputStream(content))) {
            Iterator<ImageReader> readers = ImageIO.getImageReaders(input);
            if (!readers.hasNext()) {
                throw refusal(field, "intake.file.unreadable", name);
            }
            ImageReader reader = readers.next();
            try {
                reader.setInput(input, true, true);
                if ((long) reader.getWidth(0) * reader.getHeight(0) > MAX_PIXELS) {
                    throw refusal(field, "intake.file.tooManyPixels", name);
                }
                return reader.read(0);
            } finally {
                reader.dispose();
            }
        } catch (IOException | RuntimeException e) {
            if (e instanceof IntakeRuleViolation violation) {
                throw violation;
            }
            // Truncated, corrupt, CMYK: the applicant can only take or export the photo again.
            throw refusal(field, "intake.file.unreadable", name);
        }
    }

    private static IntakeRuleViolation refusal(String field, String key, Object... arguments) {
        return new IntakeRuleViolation("intake.notSaved", java.util.List.of(IntakeProblem.of(field, key, arguments)));
    }

    /** The name without its folders, control or direction characters, at most {@value #FILE_NAME_LENGTH} characters. */
    static String safeName(String fileName) {
        String name = fileName == null ? "" : fileName;
        name = name.substring(Math.max(name.lastIndexOf('/'), name.lastIndexOf('\\')) + 1);
        name = name.codePoints().filter(c -> Character.getType(c) != Character.CONTROL && Character.getType(c) != Character.FORMAT
                && c != '"' && c != ';').collect(StringBuilder::new, StringBuilder::appendCodePoint, StringBuilder::append).toString().strip();
        if (name.length() > FILE_NAME_LENGTH) {
            name = name.substring(name.length() - FILE_NAME_LENGTH);
        }
        return name.isEmpty() ? "document" : name;
    }

    private static String typeOfExtension(String extension) {
        return switch (extension) {
            case "pdf" -> "application/pdf";
            case "jpg", "jpeg" -> "image/jpeg";
            case "png" -> "image/png";
            default -> "";
        };
    }

    private static String extension(String name) {
        int dot = name.lastIndexOf('.');
        return dot < 0 ? "" : name.substring(dot + 1).toLowerCase(Locale.ROOT);
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

    /** Whether {@code marker} occurs in the last kilobyte (PDF writers may add blank lines after it). */
    private static boolean endsNear(byte[] content, byte[] marker) {
        int from = Math.max(0, content.length - 1024);
        for (int i = content.length - marker.length; i >= from; i--) {
            boolean match = true;
            for (int j = 0; j < marker.length && match; j++) {
                match = content[i + j] == marker[j];
            }
            if (match) {
                return true;
            }
        }
        return false;
    }

    static String sha256(byte[] bytes) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(bytes));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("Every Java runtime has SHA-256", e);
        }
    }
}
