package ma.maharat.content.control;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.awt.image.BufferedImage;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.nio.charset.StandardCharsets;
import javax.imageio.IIOImage;
import javax.imageio.ImageIO;
import javax.imageio.ImageTypeSpecifier;
import javax.imageio.ImageWriter;
import javax.imageio.metadata.IIOMetadata;
import javax.imageio.metadata.IIOMetadataNode;
import javax.imageio.stream.ImageOutputStream;
import org.junit.jupiter.api.Test;

/** Uploaded images: checked by content, cleaned of their metadata, scaled for phones, SVG inert. */
class MediaUploadTest {

    @Test
    void pngIsReencodedWithoutItsTextChunks() throws Exception {
        byte[] original = pngWithText(40, 30, "GPS 27.15N 13.20W, phone of Fatima");
        assertTrue(new String(original, StandardCharsets.ISO_8859_1).contains("phone of Fatima"), "the fixture carries metadata");

        MediaUpload.Outcome outcome = MediaUpload.accept("Mesure Tshirt.PNG", original);

        assertTrue(outcome.isAccepted(), outcome.problem());
        assertEquals("media/mesure-tshirt.png", outcome.path());
        assertFalse(new String(outcome.content(), StandardCharsets.ISO_8859_1).contains("phone of Fatima"));
        BufferedImage decoded = ImageIO.read(new ByteArrayInputStream(outcome.content()));
        assertEquals(40, decoded.getWidth());
    }

    @Test
    void widePhotosAreScaledDownForPhones() throws Exception {
        ByteArrayOutputStream jpeg = new ByteArrayOutputStream();
        ImageIO.write(new BufferedImage(3200, 1000, BufferedImage.TYPE_INT_RGB), "jpeg", jpeg);

        MediaUpload.Outcome outcome = MediaUpload.accept("photo.jpg", jpeg.toByteArray());

        assertTrue(outcome.isAccepted(), outcome.problem());
        BufferedImage decoded = ImageIO.read(new ByteArrayInputStream(outcome.content()));
        assertEquals(MediaUpload.MAX_WIDTH, decoded.getWidth());
        assertEquals(500, decoded.getHeight());
    }

    @Test
    void aFileIsJudgedByItsContentNotItsName() {
        MediaUpload.Outcome text = MediaUpload.accept("notes.png", "not an image".getBytes(StandardCharsets.UTF_8));
        assertFalse(text.isAccepted());
        assertEquals("authoring.image.notImage", text.messageKey());
        assertEquals("authoring.image.type", MediaUpload.accept("virus.exe", new byte[] {1, 2}).messageKey());
    }

    @Test
    void svgWithScriptIsRefusedAndAnInertOneKept() {
        String unsafe = "<svg xmlns=\"http://www.w3.org/2000/svg\"><script>alert(1)</script></svg>";
        assertEquals("authoring.image.unsafe", MediaUpload.accept("a.svg", unsafe.getBytes(StandardCharsets.UTF_8)).messageKey());
        String inert = "<svg xmlns=\"http://www.w3.org/2000/svg\" viewBox=\"0 0 10 10\"><rect width=\"5\" height=\"5\"/></svg>";
        assertTrue(MediaUpload.accept("a.svg", inert.getBytes(StandardCharsets.UTF_8)).isAccepted());
    }

    @Test
    void webpLosesItsExifChunk() throws Exception {
        byte[] vp8x = new byte[10];
        vp8x[0] = 0x08; // EXIF flag
        byte[] webp = riff(chunk("VP8X", vp8x), chunk("VP8L", new byte[] {0x2f, 0, 0, 0, 0}), chunk("EXIF", "GPS secret".getBytes(StandardCharsets.US_ASCII)));

        MediaUpload.Outcome outcome = MediaUpload.accept("tissu.webp", webp);

        assertTrue(outcome.isAccepted(), outcome.problem());
        String kept = new String(outcome.content(), StandardCharsets.ISO_8859_1);
        assertFalse(kept.contains("EXIF") || kept.contains("GPS secret"), kept);
        assertTrue(kept.contains("VP8L"));
        assertEquals(0, outcome.content()[20] & 0x08, "the VP8X flag no longer announces EXIF");
        assertEquals(outcome.content().length - 8, ByteBuffer.wrap(outcome.content(), 4, 4).order(ByteOrder.LITTLE_ENDIAN).getInt());
    }

    private static byte[] chunk(String type, byte[] data) {
        ByteBuffer buffer = ByteBuffer.allocate(8 + data.length + (data.length & 1)).order(ByteOrder.LITTLE_ENDIAN);
        buffer.put(type.getBytes(StandardCharsets.US_ASCII)).putInt(data.length).put(data);
        return buffer.array();
    }

    private static byte[] riff(byte[]... chunks) {
        ByteArrayOutputStream body = new ByteArrayOutputStream();
        for (byte[] chunk : chunks) {
            body.writeBytes(chunk);
        }
        ByteBuffer buffer = ByteBuffer.allocate(12 + body.size()).order(ByteOrder.LITTLE_ENDIAN);
        buffer.put("RIFF".getBytes(StandardCharsets.US_ASCII)).putInt(4 + body.size()).put("WEBP".getBytes(StandardCharsets.US_ASCII)).put(body.toByteArray());
        return buffer.array();
    }

    private static byte[] pngWithText(int width, int height, String text) throws Exception {
        BufferedImage image = new BufferedImage(width, height, BufferedImage.TYPE_INT_RGB);
        ImageWriter writer = ImageIO.getImageWritersByFormatName("png").next();
        IIOMetadata metadata = writer.getDefaultImageMetadata(ImageTypeSpecifier.createFromRenderedImage(image), null);
        IIOMetadataNode entry = new IIOMetadataNode("tEXtEntry");
        entry.setAttribute("keyword", "Comment");
        entry.setAttribute("value", text);
        IIOMetadataNode textNode = new IIOMetadataNode("tEXt");
        textNode.appendChild(entry);
        IIOMetadataNode root = new IIOMetadataNode("javax_imageio_png_1.0");
        root.appendChild(textNode);
        metadata.mergeTree("javax_imageio_png_1.0", root);
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try (ImageOutputStream stream = ImageIO.createImageOutputStream(out)) {
            writer.setOutput(stream);
            writer.write(new IIOImage(image, null, metadata));
        }
        writer.dispose();
        return out.toByteArray();
    }
}
