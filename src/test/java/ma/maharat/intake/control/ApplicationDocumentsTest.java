package ma.maharat.intake.control;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.awt.Color;
import java.awt.image.BufferedImage;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import javax.imageio.ImageIO;
import ma.maharat.intake.entity.DocumentKind;
import ma.maharat.platform.image.PhotoMetadata;
import org.junit.jupiter.api.Test;

class ApplicationDocumentsTest {

    /** A PDF of one blank page, as small as a PDF gets. */
    static final byte[] PDF = ("%PDF-1.4\n1 0 obj<</Type/Catalog/Pages 2 0 R>>endobj\n2 0 obj<</Type/Pages/Kids[3 0 R]/Count 1>>endobj\n"
            + "3 0 obj<</Type/Page/Parent 2 0 R/MediaBox[0 0 200 200]>>endobj\ntrailer<</Root 1 0 R>>\n%%EOF\n")
            .getBytes(StandardCharsets.US_ASCII);

    private final ApplicationDocuments documents = new ApplicationDocuments(new IntakeLimits(64 * 1024, 128 * 1024, 3));

    static byte[] image(String format, int width, int height) {
        try {
            ByteArrayOutputStream bytes = new ByteArrayOutputStream();
            ImageIO.write(new BufferedImage(width, height, BufferedImage.TYPE_INT_RGB), format, bytes);
            return bytes.toByteArray();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private String refusal(DocumentKind kind, String name, byte[] content) {
        IntakeRuleViolation refused = assertThrows(IntakeRuleViolation.class, () -> documents.check("photos", kind, name, content));
        assertEquals(1, refused.problems().size());
        return refused.problems().get(0).messageKey();
    }

    @Test
    void pdfJpegAndPngAreAcceptedByTheirContent() {
        assertEquals("application/pdf", documents.check("statutes", DocumentKind.STATUTES, "statuts.pdf", PDF).mediaType());
        assertEquals("image/png", documents.check("photos", DocumentKind.PHOTO, "tapis.PNG", image("png", 40, 30)).mediaType());
        assertEquals("image/jpeg", documents.check("photos", DocumentKind.PHOTO, "tapis.jpeg", image("jpeg", 40, 30)).mediaType());
        assertEquals("image/jpeg", documents.check("statutes", DocumentKind.STATUTES, "statuts", image("jpeg", 40, 30)).mediaType());
    }

    @Test
    void aMislabelledFileIsRefused() {
        assertEquals("intake.file.extensionMismatch", refusal(DocumentKind.STATUTES, "statuts.pdf", image("png", 10, 10)));
        assertEquals("intake.file.extensionMismatch", refusal(DocumentKind.PHOTO, "tapis.png", image("jpeg", 10, 10)));
        assertEquals("intake.file.notAPhoto", refusal(DocumentKind.PHOTO, "page.jpg",
                "<html><script>alert(1)</script></html>".getBytes(StandardCharsets.UTF_8)));
        assertEquals("intake.file.wrongType", refusal(DocumentKind.STATUTES, "statuts.docx", "PK\u0003\u0004".getBytes(StandardCharsets.ISO_8859_1)));
        assertEquals("intake.file.notAPhoto", refusal(DocumentKind.PHOTO, "statuts.pdf", PDF));
    }

    @Test
    void aTruncatedOrForgedFileIsRefused() {
        byte[] png = image("png", 40, 30);
        assertEquals("intake.file.unreadable", refusal(DocumentKind.PHOTO, "tapis.png", Arrays.copyOf(png, 20)));
        assertEquals("intake.file.unreadable", refusal(DocumentKind.STATUTES, "statuts.pdf", Arrays.copyOf(PDF, 30)));
        assertEquals("intake.file.empty", refusal(DocumentKind.PHOTO, "vide.png", new byte[0]));
    }

    @Test
    void aPictureClaimingTooManyPixelsIsRefusedBeforeDecoding() {
        byte[] png = image("png", 1, 1);
        // The IHDR chunk's width at bytes 16-19: claim 100000 × 1 → 1e5, then raise the height the same way.
        png[16] = 0;
        png[17] = 0x01;
        png[18] = (byte) 0x86;
        png[19] = (byte) 0xA0;
        png[20] = 0;
        png[21] = 0x01;
        png[22] = (byte) 0x86;
        png[23] = (byte) 0xA0;
        assertEquals("intake.file.tooManyPixels", refusal(DocumentKind.PHOTO, "bombe.png", png));
    }

    @Test
    void aFileAboveTheLimitIsRefused() {
        byte[] large = Arrays.copyOf(PDF, 64 * 1024 + 1);
        assertEquals("intake.file.tooLarge", refusal(DocumentKind.STATUTES, "statuts.pdf", large));
    }

    @Test
    void fileNamesAreMadeSafe() {
        assertEquals("statuts.pdf", ApplicationDocuments.safeName("C:\\Users\\x\\statuts.pdf"));
        assertEquals("evil.pdf", ApplicationDocuments.safeName("../../ev\u202Eil.pdf"));
        assertEquals("document", ApplicationDocuments.safeName(null));
        assertEquals(ApplicationDocuments.FILE_NAME_LENGTH, ApplicationDocuments.safeName("a".repeat(500) + ".pdf").length());
    }

    /** 60 × 40, the left half red: which way up it is stored shows in one pixel. */
    private static BufferedImage redLeft() {
        BufferedImage picture = new BufferedImage(60, 40, BufferedImage.TYPE_INT_RGB);
        for (int y = 0; y < 40; y++) {
            for (int x = 0; x < 60; x++) {
                picture.setRGB(x, y, x < 30 ? Color.RED.getRGB() : Color.BLUE.getRGB());
            }
        }
        return picture;
    }

    private static byte[] encoded(BufferedImage picture, String format) throws IOException {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        ImageIO.write(picture, format, bytes);
        return bytes.toByteArray();
    }

    @Test
    void aPhotosGpsPositionAndOtherMetadataAreNotKept() throws IOException {
        byte[] upload = PhotoMetadata.withExif(encoded(redLeft(), "jpeg"), 1);
        assertTrue(PhotoMetadata.contains(upload, PhotoMetadata.SECRET), "the test photo does carry EXIF");

        ApplicationDocuments.Checked kept = documents.check("photos", DocumentKind.PHOTO, "atelier.jpg", upload);

        assertFalse(PhotoMetadata.contains(kept.content(), PhotoMetadata.SECRET));
        assertFalse(PhotoMetadata.contains(kept.content(), "Exif"));
        BufferedImage stored = ImageIO.read(new ByteArrayInputStream(kept.content()));
        assertEquals(60, stored.getWidth());
        assertEquals(40, stored.getHeight());
        assertEquals(ApplicationDocuments.sha256(kept.content()), kept.sha256(), "the hash is the stored file's");
    }

    @Test
    void aPhotoTakenSidewaysIsStoredUprightSinceItsOrientationGoesWithTheMetadata() throws IOException {
        // Orientation 6: the viewer turns the sensor's picture a quarter clockwise to show it.
        byte[] upload = PhotoMetadata.withExif(encoded(redLeft(), "jpeg"), 6);

        BufferedImage stored = ImageIO.read(new ByteArrayInputStream(
                documents.check("photos", DocumentKind.PHOTO, "atelier.jpg", upload).content()));

        assertEquals(40, stored.getWidth());
        assertEquals(60, stored.getHeight());
        assertTrue(new Color(stored.getRGB(20, 5)).getRed() > 200, "the red half is on top once turned");
    }

    @Test
    void pngTextChunksAreNotKeptAndThePngStaysAPng() throws IOException {
        byte[] upload = PhotoMetadata.withTextChunk(encoded(redLeft(), "png"));
        assertTrue(PhotoMetadata.contains(upload, PhotoMetadata.SECRET), "the test PNG does carry a text chunk");

        ApplicationDocuments.Checked kept = documents.check("photos", DocumentKind.PHOTO, "tapis.png", upload);

        assertEquals("image/png", kept.mediaType());
        assertFalse(PhotoMetadata.contains(kept.content(), PhotoMetadata.SECRET));
        assertFalse(PhotoMetadata.contains(kept.content(), "tEXt"));
        assertEquals(Color.RED.getRGB(), ImageIO.read(new ByteArrayInputStream(kept.content())).getRGB(5, 5), "PNG is lossless");
    }

    @Test
    void aPdfIsKeptAsSent() {
        assertArrayEquals(PDF, documents.check("statutes", DocumentKind.STATUTES, "statuts.pdf", PDF).content());
    }
}
