package ma.maharat.platform.image;

import java.awt.Color;
import java.awt.Graphics2D;
import java.awt.image.BufferedImage;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import javax.imageio.IIOImage;
import javax.imageio.ImageIO;
import javax.imageio.ImageWriteParam;
import javax.imageio.ImageWriter;
import javax.imageio.stream.ImageOutputStream;

/**
 * Pixels written into a new file that carries nothing else: no EXIF (GPS position, camera serial), no XMP, no
 * comment, no PNG text chunk. Whatever the uploaded file held besides its picture stays behind. Pure.
 */
public final class Reencoding {

    private Reencoding() {}

    /** The pixels on white, without transparency (JPEG has none) and in plain RGB. */
    public static BufferedImage opaque(BufferedImage image) {
        BufferedImage rgb = new BufferedImage(image.getWidth(), image.getHeight(), BufferedImage.TYPE_INT_RGB);
        Graphics2D graphics = rgb.createGraphics();
        graphics.setColor(Color.WHITE);
        graphics.fillRect(0, 0, image.getWidth(), image.getHeight());
        graphics.drawImage(image, 0, 0, null);
        graphics.dispose();
        return rgb;
    }

    /** A JPEG of the pixels at {@code quality} (0 to 1); pass an {@link #opaque} picture. */
    public static byte[] jpeg(BufferedImage image, float quality) {
        ImageWriter writer = ImageIO.getImageWritersByFormatName("jpeg").next();
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        try (ImageOutputStream output = ImageIO.createImageOutputStream(bytes)) {
            writer.setOutput(output);
            ImageWriteParam parameters = writer.getDefaultWriteParam();
            parameters.setCompressionMode(ImageWriteParam.MODE_EXPLICIT);
            parameters.setCompressionQuality(quality);
            // No metadata object is passed: the writer writes its bare JFIF header and nothing else.
            writer.write(null, new IIOImage(image, null, null), parameters);
        } catch (IOException e) {
            throw new UncheckedIOException("Writing a JPEG in memory cannot fail", e);
        } finally {
            writer.dispose();
        }
        return bytes.toByteArray();
    }

    /** A PNG of the pixels, transparency kept, losslessly. */
    public static byte[] png(BufferedImage image) {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        try {
            ImageIO.write(image, "png", bytes);
        } catch (IOException e) {
            throw new UncheckedIOException("Writing a PNG in memory cannot fail", e);
        }
        return bytes.toByteArray();
    }
}
