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

    /** A PNG of a few dozen bytes declaring {@code width} × {@code height} RGBA pixels and holding none. */
    static byte[] pngDeclaring(int width, int height) {
        ByteBuffer ihdr = ByteBuffer.allocate(13).putInt(width).putInt(height).put((byte) 8).put((byte) 6)
                .put((byte) 0).put((byte) 0).put((byte) 0);
        ByteArrayOutputStream png = new ByteArrayOutputStream();
        png.writeBytes(new byte[] {(byte) 0x89, 'P', 'N', 'G', '\r', '\n', 0x1A, '\n'});
        chunk(png, "IHDR", ihdr.array());
        chunk(png, "IEND", new byte[0]);
        return png.toByteArray();
    }

    private static void chunk(ByteArrayOutputStream png, String type, byte[] data) {
        byte[] typeBytes = type.getBytes(StandardCharsets.US_ASCII);
        java.util.zip.CRC32 crc = new java.util.zip.CRC32();
        crc.update(typeBytes);
        crc.update(data);
        png.writeBytes(ByteBuffer.allocate(4).putInt(data.length).array());
        png.writeBytes(typeBytes);
        png.writeBytes(data);
        png.writeBytes(ByteBuffer.allocate(4).putInt((int) crc.getValue()).array());
    }

    @Test
    void imageDeclaringTooManyPixelsIsRefusedFromItsHeaderBeforeDecoding() {
        // Issue 13, item 7: 5000 × 5000 was decoded; 30000 × 16000 RGBA is a 1.9 GB raster. These files
        // hold no pixel data at all, so decoding them would fail as "not an image": the refusal for
        // pixels shows the header was read first.
        for (int[] size : new int[][] {{5000, 5000}, {30000, 16000}, {Integer.MAX_VALUE, 2}}) {
            MediaUpload.Outcome outcome = MediaUpload.accept("bomb.png", pngDeclaring(size[0], size[1]));
            assertFalse(outcome.isAccepted());
            assertEquals("authoring.image.tooManyPixels", outcome.messageKey(), outcome.problem());
            assertTrue(outcome.problem().startsWith("the image is " + size[0] + " × " + size[1] + " pixels"), outcome.problem());
            assertTrue(outcome.problem().endsWith("the limit is 16 megapixels"), outcome.problem());
        }
        assertEquals("authoring.image.notImage", MediaUpload.accept("empty.png", pngDeclaring(4000, 4000)).messageKey(),
                "within the limit, the same empty file is decoded and found broken");
    }

    @Test
    void gifAndJpegAndWebpAreMeasuredFromTheirHeadersToo() throws Exception {
        byte[] screen = {'G', 'I', 'F', '8', '9', 'a', (byte) 0x88, 0x13, (byte) 0x88, 0x13, 0, 0, 0, ';'};
        assertEquals("authoring.image.tooManyPixels", MediaUpload.accept("bomb.gif", screen).messageKey());
        byte[] frame = {'G', 'I', 'F', '8', '9', 'a', 1, 0, 1, 0, 0, 0, 0,
            0x2C, 0, 0, 0, 0, (byte) 0x88, 0x13, (byte) 0x88, 0x13, 0, 2, 0, ';'};
        assertEquals("authoring.image.tooManyPixels", MediaUpload.accept("bomb.gif", frame).messageKey());
        ByteBuffer webp = ByteBuffer.allocate(30).order(ByteOrder.LITTLE_ENDIAN);
        webp.put("RIFF".getBytes(StandardCharsets.US_ASCII)).putInt(22).put("WEBP".getBytes(StandardCharsets.US_ASCII))
                .put("VP8X".getBytes(StandardCharsets.US_ASCII)).putInt(10).putInt(0)
                .put((byte) 0x87).put((byte) 0x13).put((byte) 0).put((byte) 0x87).put((byte) 0x13).put((byte) 0);
        MediaUpload.Outcome webpOutcome = MediaUpload.accept("bomb.webp", webp.array());
        assertEquals("authoring.image.tooManyPixels", webpOutcome.messageKey(), webpOutcome.problem());
        assertTrue(webpOutcome.problem().contains("5000 × 5000 pixels"), webpOutcome.problem());
        ByteArrayOutputStream jpeg = new ByteArrayOutputStream();
        ImageIO.write(new BufferedImage(4000, 3000, BufferedImage.TYPE_BYTE_GRAY), "jpeg", jpeg);
        assertTrue(MediaUpload.accept("phone.jpg", jpeg.toByteArray()).isAccepted(), "a 12-megapixel photo passes");
    }

    @Test
    void importedCourseImageDeclaringTooManyPixelsIsRefusedToo() {
        MediaInspector.Outcome outcome = MediaInspector.check("media/bomb.png", ImageFormat.PNG, pngDeclaring(5000, 5000));
        assertEquals(java.util.List.of("image media/bomb.png is too large: 5000 × 5000 pixels, 25.0 megapixels;"
                + " the limit is 16 megapixels"), outcome.problems());
    }

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
