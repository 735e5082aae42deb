package ma.maharat.practical.control;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.awt.Color;
import java.awt.Graphics2D;
import java.awt.image.BufferedImage;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import javax.imageio.ImageIO;
import ma.maharat.platform.image.ExifOrientation;
import ma.maharat.platform.image.PhotoMetadata;
import org.junit.jupiter.api.Test;

/**
 * Photos of the work lose every metadata (EXIF with GPS, PNG text chunks), are turned upright as their
 * EXIF orientation says and scaled down; what is too large, not a JPEG/PNG, or named for another format
 * is refused with a message key the trainer reads in her language.
 */
class WorkPhotosTest {

    private final WorkPhotos photos = new WorkPhotos();

    /** A wide picture: red on the left half, blue on the right. */
    private static BufferedImage redLeftBlueRight(int width, int height) {
        BufferedImage image = new BufferedImage(width, height, BufferedImage.TYPE_INT_RGB);
        Graphics2D graphics = image.createGraphics();
        graphics.setColor(Color.RED);
        graphics.fillRect(0, 0, width / 2, height);
        graphics.setColor(Color.BLUE);
        graphics.fillRect(width / 2, 0, width - width / 2, height);
        graphics.dispose();
        return image;
    }

    private static byte[] encode(BufferedImage image, String format) throws IOException {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        assertTrue(ImageIO.write(image, format, bytes));
        return bytes.toByteArray();
    }

    /** The markers of the JPEG's segments before its image data. */
    private static List<Integer> segmentMarkers(byte[] jpeg) {
        List<Integer> markers = new ArrayList<>();
        int position = 2;
        while (position + 4 <= jpeg.length && (jpeg[position] & 0xFF) == 0xFF) {
            int marker = jpeg[position + 1] & 0xFF;
            markers.add(marker);
            if (marker == 0xDA) {
                break;
            }
            position += 2 + (((jpeg[position + 2] & 0xFF) << 8) | (jpeg[position + 3] & 0xFF));
        }
        return markers;
    }

    private static BufferedImage decode(byte[] jpeg) throws IOException {
        return ImageIO.read(new ByteArrayInputStream(jpeg));
    }

    @Test
    void exifAndItsGpsPositionAreGoneAfterCleaning() throws IOException {
        byte[] upload = PhotoMetadata.withExif(encode(redLeftBlueRight(60, 40), "jpeg"), 1);
        assertTrue(PhotoMetadata.contains(upload, PhotoMetadata.SECRET) && segmentMarkers(upload).contains(0xE1), "the test file does carry EXIF");
        assertEquals(1, ExifOrientation.of(upload));

        WorkPhotos.CleanPhoto clean = photos.clean("tshirt.jpg", upload);

        assertFalse(PhotoMetadata.contains(clean.jpeg(), PhotoMetadata.SECRET));
        assertFalse(PhotoMetadata.contains(clean.jpeg(), "Exif"));
        assertFalse(segmentMarkers(clean.jpeg()).contains(0xE1), "no APP1 segment: " + segmentMarkers(clean.jpeg()));
        assertFalse(PhotoMetadata.contains(clean.thumbnail(), "Exif"));
        assertEquals(60, clean.width());
        assertEquals(40, clean.height());
    }

    @Test
    void aPhotoTakenUprightIsTurnedAsItsExifOrientationSays() throws IOException {
        byte[] upload = PhotoMetadata.withExif(encode(redLeftBlueRight(60, 40), "jpeg"), 6);
        assertEquals(6, ExifOrientation.of(upload));

        WorkPhotos.CleanPhoto clean = photos.clean("tshirt.jpeg", upload);

        assertEquals(40, clean.width(), "a quarter turn swaps width and height");
        assertEquals(60, clean.height());
        BufferedImage upright = decode(clean.jpeg());
        // A quarter turn clockwise brings the left (red) half to the top.
        Color top = new Color(upright.getRGB(20, 5));
        Color bottom = new Color(upright.getRGB(20, 55));
        assertTrue(top.getRed() > 200 && top.getBlue() < 60, "top is red: " + top);
        assertTrue(bottom.getBlue() > 200 && bottom.getRed() < 60, "bottom is blue: " + bottom);
    }

    @Test
    void pngTextChunksAreGoneAndTheWorkIsStoredAsJpeg() throws IOException {
        BufferedImage transparent = new BufferedImage(30, 30, BufferedImage.TYPE_INT_ARGB);
        byte[] upload = PhotoMetadata.withTextChunk(encode(transparent, "png"));
        assertTrue(PhotoMetadata.contains(upload, PhotoMetadata.SECRET) && decode(upload) != null, "the test file is a PNG with a text chunk");

        WorkPhotos.CleanPhoto clean = photos.clean("PHOTO.PNG", upload);

        assertFalse(PhotoMetadata.contains(clean.jpeg(), PhotoMetadata.SECRET));
        assertFalse(PhotoMetadata.contains(clean.jpeg(), "tEXt"));
        assertArrayEquals(new byte[] {(byte) 0xFF, (byte) 0xD8}, java.util.Arrays.copyOf(clean.jpeg(), 2));
        Color corner = new Color(decode(clean.jpeg()).getRGB(0, 0));
        assertTrue(corner.getRed() > 240 && corner.getGreen() > 240 && corner.getBlue() > 240, "transparency becomes white: " + corner);
    }

    @Test
    void aLargePhotoIsScaledToTwoThousandPixelsAndItsThumbnailSmaller() throws IOException {
        WorkPhotos.CleanPhoto clean = photos.clean("big.jpg", encode(redLeftBlueRight(4100, 3000), "jpeg"));
        assertEquals(WorkPhotos.MAX_SIDE, clean.width());
        assertEquals(1463, clean.height());
        BufferedImage thumbnail = decode(clean.thumbnail());
        assertEquals(WorkPhotos.THUMBNAIL_SIDE, thumbnail.getWidth());
    }

    @Test
    void anOversizedFileIsRefusedWithTheLimit() throws IOException {
        byte[] jpeg = encode(redLeftBlueRight(10, 10), "jpeg");
        byte[] huge = java.util.Arrays.copyOf(jpeg, WorkPhotos.MAX_BYTES + 1);
        PracticalRuleViolation refused = assertThrows(PracticalRuleViolation.class, () -> photos.clean("huge.jpg", huge));
        assertEquals("practical.photo.tooLarge", refused.messageKey());
        assertArrayEquals(new Object[] {"huge.jpg", 8}, refused.arguments());
    }

    @Test
    void aFileThatIsNoImageIsRefused() {
        PracticalRuleViolation refused = assertThrows(PracticalRuleViolation.class,
                () -> photos.clean("notes.jpg", "Mesures : poitrine 76 cm".getBytes(StandardCharsets.UTF_8)));
        assertEquals("practical.photo.notAnImage", refused.messageKey());
        assertEquals("notes.jpg", refused.arguments()[0]);
    }

    @Test
    void aGifOrAnyOtherFormatIsRefusedEvenWhenItIsAnImage() throws IOException {
        byte[] gif = encode(redLeftBlueRight(10, 10), "gif");
        assertEquals("practical.photo.notAnImage",
                assertThrows(PracticalRuleViolation.class, () -> photos.clean("tshirt.gif", gif)).messageKey());
        byte[] jpeg = encode(redLeftBlueRight(10, 10), "jpeg");
        assertEquals("practical.photo.notAnImage",
                assertThrows(PracticalRuleViolation.class, () -> photos.clean("tshirt.pdf", jpeg)).messageKey());
    }

    @Test
    void aFileWhoseContentDoesNotMatchItsExtensionIsRefused() throws IOException {
        byte[] jpeg = encode(redLeftBlueRight(10, 10), "jpeg");
        byte[] png = encode(redLeftBlueRight(10, 10), "png");
        assertEquals("practical.photo.extensionMismatch",
                assertThrows(PracticalRuleViolation.class, () -> photos.clean("tshirt.png", jpeg)).messageKey());
        assertEquals("practical.photo.extensionMismatch",
                assertThrows(PracticalRuleViolation.class, () -> photos.clean("tshirt.jpg", png)).messageKey());
    }

    @Test
    void aTruncatedPhotoIsRefusedAsUnreadable() throws IOException {
        byte[] jpeg = encode(redLeftBlueRight(200, 200), "jpeg");
        byte[] truncated = java.util.Arrays.copyOf(jpeg, 40);
        assertEquals("practical.photo.unreadable",
                assertThrows(PracticalRuleViolation.class, () -> photos.clean("tshirt.jpg", truncated)).messageKey());
    }

    @Test
    void anEmptyUploadIsRefused() {
        assertEquals("practical.photo.empty",
                assertThrows(PracticalRuleViolation.class, () -> photos.clean("tshirt.jpg", new byte[0])).messageKey());
    }
}
