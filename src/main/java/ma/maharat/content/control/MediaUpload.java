package ma.maharat.content.control;

import java.awt.Graphics2D;
import java.awt.RenderingHints;
import java.awt.image.BufferedImage;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import javax.imageio.IIOImage;
import javax.imageio.ImageIO;
import javax.imageio.ImageWriteParam;
import javax.imageio.ImageWriter;
import javax.imageio.stream.ImageOutputStream;

/**
 * An image an author uploads into a course's media folder, checked as the importer checks images (type
 * by content, not by name; 2 MiB at most; SVG without script or outside references) and cleaned: PNG,
 * JPEG and GIF are decoded and encoded again with ImageIO, so camera metadata (place, device, date)
 * never reaches trainees, and photos wider than {@link #MAX_WIDTH} pixels are scaled down for mobile
 * data; WebP, which the JDK cannot decode, loses its EXIF, XMP and ICC chunks.
 */
public final class MediaUpload {

    /** Wider photos are scaled down: lessons are read on phones and shared terminals. */
    public static final int MAX_WIDTH = 1600;

    private MediaUpload() {}

    /**
     * The outcome: the file to store under {@code media/}, or why it was refused (an English sentence;
     * {@code messageKey} for the page).
     */
    public record Outcome(String path, byte[] content, String problem, String messageKey) {
        static Outcome refused(String messageKey, String problem) {
            return new Outcome(null, null, problem, messageKey);
        }

        public boolean isAccepted() {
            return path != null;
        }
    }

    /**
     * @param fileName the uploaded file's name; made safe (letters, digits, '.', '_', '-') and lowercase
     * @param bytes    its content
     */
    public static Outcome accept(String fileName, byte[] bytes) {
        String name = safeName(fileName);
        Optional<ImageFormat> format = ImageFormat.forFileName(name);
        if (format.isEmpty()) {
            return Outcome.refused("authoring.image.type", "unsupported type: use " + ImageFormat.acceptedExtensions());
        }
        byte[] cleaned;
        try {
            cleaned = switch (format.get()) {
                case SVG -> svg(bytes);
                case WEBP -> webp(bytes);
                case PNG, JPEG, GIF -> reencode(format.get(), bytes);
            };
        } catch (Refused e) {
            return Outcome.refused(e.key, e.getMessage());
        }
        if (cleaned.length > MediaInspector.MAX_IMAGE_BYTES) {
            return Outcome.refused("authoring.image.tooLarge", "larger than 2 MiB even after cleaning");
        }
        String path = "media/" + name;
        MediaInspector.Outcome check = MediaInspector.check(path, format.get(), cleaned);
        if (!check.problems().isEmpty()) {
            return Outcome.refused("authoring.image.unsafe", String.join("; ", check.problems()));
        }
        return new Outcome(path, cleaned, null, null);
    }

    /** A file name the media folder accepts: lowercase, other characters replaced by '-'. */
    static String safeName(String fileName) {
        String base = fileName == null ? "image" : fileName.replace('\\', '/');
        base = base.substring(base.lastIndexOf('/') + 1).toLowerCase(Locale.ROOT).replaceAll("[^a-z0-9._-]", "-");
        base = base.replaceAll("^[.-]+", "");
        return base.isEmpty() ? "image" : base;
    }

    private static final class Refused extends Exception {
        private static final long serialVersionUID = 1L;
        final String key;

        Refused(String key, String message) {
            super(message);
            this.key = key;
        }
    }

    private static byte[] svg(byte[] bytes) throws Refused {
        try {
            List<String> unsafe = SvgSafety.findUnsafeParts(Utf8Text.decode(bytes));
            if (!unsafe.isEmpty()) {
                throw new Refused("authoring.image.unsafe", "SVG " + String.join(", ", unsafe));
            }
        } catch (Utf8Text.NotUtf8Exception e) {
            throw new Refused("authoring.image.notImage", "SVG is not UTF-8 text");
        }
        return bytes;
    }

    private static byte[] reencode(ImageFormat format, byte[] bytes) throws Refused {
        if (!format.hasSignature(bytes)) {
            throw new Refused("authoring.image.notImage", "content is not a real " + format.displayName() + " image");
        }
        // The header first: a small file may declare a raster of gigabytes (issue 13, item 7).
        Optional<ImageSize> size = ImageSize.of(format, bytes);
        if (size.isEmpty()) {
            throw new Refused("authoring.image.notImage", "the image cannot be decoded");
        }
        if (size.get().isTooLarge()) {
            throw new Refused("authoring.image.tooManyPixels", "the image is " + size.get().describe());
        }
        BufferedImage image;
        try {
            image = ImageIO.read(new ByteArrayInputStream(bytes));
        } catch (IOException | RuntimeException e) {
            image = null;
        }
        if (image == null) {
            throw new Refused("authoring.image.notImage", "the image cannot be decoded");
        }
        if (image.getWidth() > MAX_WIDTH) {
            image = scaled(image, MAX_WIDTH, Math.max(1, image.getHeight() * MAX_WIDTH / image.getWidth()));
        }
        try {
            ByteArrayOutputStream out = new ByteArrayOutputStream();
            if (format == ImageFormat.JPEG) {
                writeJpeg(withoutAlpha(image), out);
            } else if (!ImageIO.write(image, format == ImageFormat.PNG ? "png" : "gif", out)) {
                throw new Refused("authoring.image.notImage", "the image cannot be encoded again");
            }
            return out.toByteArray();
        } catch (IOException e) {
            throw new Refused("authoring.image.notImage", "the image cannot be encoded again");
        }
    }

    private static BufferedImage scaled(BufferedImage image, int width, int height) {
        BufferedImage scaled = new BufferedImage(width, height,
                image.getColorModel().hasAlpha() ? BufferedImage.TYPE_INT_ARGB : BufferedImage.TYPE_INT_RGB);
        Graphics2D graphics = scaled.createGraphics();
        graphics.setRenderingHint(RenderingHints.KEY_INTERPOLATION, RenderingHints.VALUE_INTERPOLATION_BILINEAR);
        graphics.drawImage(image, 0, 0, width, height, null);
        graphics.dispose();
        return scaled;
    }

    private static BufferedImage withoutAlpha(BufferedImage image) {
        if (image.getType() == BufferedImage.TYPE_INT_RGB || image.getType() == BufferedImage.TYPE_3BYTE_BGR
                || image.getType() == BufferedImage.TYPE_BYTE_GRAY) {
            return image;
        }
        BufferedImage rgb = new BufferedImage(image.getWidth(), image.getHeight(), BufferedImage.TYPE_INT_RGB);
        Graphics2D graphics = rgb.createGraphics();
        graphics.setColor(java.awt.Color.WHITE);
        graphics.fillRect(0, 0, image.getWidth(), image.getHeight());
        graphics.drawImage(image, 0, 0, null);
        graphics.dispose();
        return rgb;
    }

    private static void writeJpeg(BufferedImage image, ByteArrayOutputStream out) throws IOException {
        ImageWriter writer = ImageIO.getImageWritersByFormatName("jpeg").next();
        try (ImageOutputStream stream = ImageIO.createImageOutputStream(out)) {
            writer.setOutput(stream);
            ImageWriteParam parameters = writer.getDefaultWriteParam();
            parameters.setCompressionMode(ImageWriteParam.MODE_EXPLICIT);
            parameters.setCompressionQuality(0.85f);
            writer.write(null, new IIOImage(image, null, null), parameters);
        } finally {
            writer.dispose();
        }
    }

    /** Keeps the RIFF chunks that make the picture; drops EXIF, XMP and ICCP and clears their VP8X flags. */
    static byte[] webp(byte[] bytes) throws Refused {
        if (!ImageFormat.WEBP.hasSignature(bytes) || bytes.length < 20) {
            throw new Refused("authoring.image.notImage", "content is not a real WEBP image");
        }
        Optional<ImageSize> declared = ImageSize.of(ImageFormat.WEBP, bytes);
        if (declared.isPresent() && declared.get().isTooLarge()) {
            throw new Refused("authoring.image.tooManyPixels", "the image is " + declared.get().describe());
        }
        ByteArrayOutputStream chunks = new ByteArrayOutputStream();
        int offset = 12;
        while (offset + 8 <= bytes.length) {
            String type = new String(bytes, offset, 4, StandardCharsets.US_ASCII);
            long size = ByteBuffer.wrap(bytes, offset + 4, 4).order(ByteOrder.LITTLE_ENDIAN).getInt() & 0xFFFFFFFFL;
            long padded = size + (size & 1);
            if (offset + 8 + size > bytes.length) {
                throw new Refused("authoring.image.notImage", "the WEBP file is cut short");
            }
            if (!List.of("EXIF", "XMP ", "ICCP").contains(type)) {
                byte[] chunk = java.util.Arrays.copyOfRange(bytes, offset, (int) Math.min(bytes.length, offset + 8 + padded));
                if (type.equals("VP8X") && chunk.length > 8) {
                    chunk[8] = (byte) (chunk[8] & ~(0x20 | 0x08 | 0x04));
                }
                chunks.writeBytes(chunk);
            }
            offset += (int) (8 + padded);
        }
        byte[] body = chunks.toByteArray();
        ByteBuffer out = ByteBuffer.allocate(12 + body.length).order(ByteOrder.LITTLE_ENDIAN);
        out.put("RIFF".getBytes(StandardCharsets.US_ASCII)).putInt(4 + body.length).put("WEBP".getBytes(StandardCharsets.US_ASCII)).put(body);
        return out.array();
    }
}
