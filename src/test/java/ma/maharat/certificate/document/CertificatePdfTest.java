package ma.maharat.certificate.document;

import static org.junit.jupiter.api.Assertions.assertAll;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.google.zxing.BinaryBitmap;
import com.google.zxing.DecodeHintType;
import com.google.zxing.client.j2se.BufferedImageLuminanceSource;
import com.google.zxing.common.HybridBinarizer;
import com.google.zxing.qrcode.QRCodeReader;
import java.awt.image.BufferedImage;
import java.io.IOException;
import java.text.Normalizer;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.font.PDFont;
import org.apache.pdfbox.rendering.PDFRenderer;
import org.apache.pdfbox.text.PDFTextStripper;
import org.junit.jupiter.api.Test;

class CertificatePdfTest {

    static final CertificatePdf PDF = new CertificatePdf(Optional.of("Fatima Zahra Benali"), "La directrice du centre",
            "مديرة المركز");

    static CertificateFacts withArabicName() {
        return new CertificateFacts("MAH-2026-000042", "K7Q2-M9XD-4TPA", "https://maharat.example.ma/verify/K7Q2-M9XD-4TPA",
                "Khadija El Mansouri", "خديجة المنصوري", "Couture et finition des caftans", "خياطة وتشطيب القفطان",
                "Caftan sewing and finishing", "https://maharat.example.ma/achievements/course/caftan", 120,
                LocalDate.of(2026, 3, 2), LocalDate.of(2026, 6, 30), Instant.parse("2026-07-03T10:15:00Z"));
    }

    static CertificateFacts withoutArabicNameAndLongTitle() {
        return new CertificateFacts("MAH-2026-000043", "ZX81-PQ7R-LL2C", "https://maharat.example.ma/verify/ZX81-PQ7R-LL2C",
                "Marie-Hélène <d'Aubigné> & Ouédraogo", null,
                "Programme complet : tissage traditionnel, teinture naturelle à l’indigo, gestion d’une coopérative "
                        + "et commercialisation des produits artisanaux",
                "برنامج متكامل: النسيج التقليدي والصباغة الطبيعية بالنيلة وتسيير التعاونية وتسويق المنتجات الحرفية", null,
                "https://maharat.example.ma/achievements/programme/p1", null, null, LocalDate.of(2026, 6, 30),
                Instant.parse("2026-07-03T10:15:00Z"));
    }

    @Test
    void arabicNameAndCourseComeOutInLogicalOrder() throws IOException {
        String text = text(PDF.render(withArabicName()));
        assertAll(
                () -> assertTrue(text.contains("خديجة المنصوري"), text),
                () -> assertTrue(text.contains("خياطة وتشطيب القفطان"), text),
                () -> assertTrue(text.contains("شهادة تكوين"), text),
                () -> assertTrue(text.contains("مركز تنمية الكفاءات في قطاع النسيج"), text),
                () -> assertTrue(text.contains("Khadija El Mansouri"), text),
                () -> assertTrue(text.contains("Couture et finition des caftans"), text),
                () -> assertTrue(text.contains("MAH-2026-000042"), text),
                () -> assertTrue(text.contains("K7Q2-M9XD-4TPA"), text),
                () -> assertTrue(text.contains("120 heures"), text),
                () -> assertTrue(text.contains("Du 2 mars 2026 au 30 juin 2026"), text),
                () -> assertTrue(text.contains("Fatima Zahra Benali"), text),
                () -> assertTrue(text.contains("La directrice du centre"), text),
                () -> assertTrue(text.contains("مديرة المركز"), text),
                () -> assertTrue(text.contains("Laâyoune"), text));
    }

    @Test
    void nameWithoutArabicScriptIsPrintedInBothColumnsAndEscaped() throws IOException {
        String text = text(PDF.render(withoutArabicNameAndLongTitle()));
        int first = text.indexOf("Marie-Hélène <d'Aubigné> & Ouédraogo");
        assertTrue(first >= 0, text);
        assertTrue(text.indexOf("Marie-Hélène <d'Aubigné> & Ouédraogo", first + 1) > first, "twice: " + text);
        assertTrue(text.contains("التعاونية"), text);
        assertFalse(text.contains("heures"), "no hours when unknown: " + text);
        assertTrue(text.contains("Achevée le 30 juin 2026"), text);
    }

    @Test
    void qrCodeDecodesToTheVerificationAddress() throws Exception {
        for (CertificateFacts facts : List.of(withArabicName(), withoutArabicNameAndLongTitle())) {
            try (PDDocument pdf = Loader.loadPDF(PDF.render(facts))) {
                BufferedImage page = new PDFRenderer(pdf).renderImageWithDPI(0, 150);
                var bitmap = new BinaryBitmap(new HybridBinarizer(new BufferedImageLuminanceSource(page)));
                String decoded = new QRCodeReader().decode(bitmap, Map.of(DecodeHintType.TRY_HARDER, true)).getText();
                assertEquals(facts.verificationUrl(), decoded);
            }
        }
    }

    @Test
    void oneLandscapeA4PageWithEveryFontEmbedded() throws IOException {
        for (CertificateFacts facts : List.of(withArabicName(), withoutArabicNameAndLongTitle())) {
            try (PDDocument pdf = Loader.loadPDF(PDF.render(facts))) {
                assertEquals(1, pdf.getNumberOfPages(), "a long title must not push the page over");
                PDPage page = pdf.getPage(0);
                assertEquals(842, Math.round(page.getMediaBox().getWidth()));
                assertEquals(595, Math.round(page.getMediaBox().getHeight()));
                List<PDFont> fonts = new ArrayList<>();
                for (var name : page.getResources().getFontNames()) {
                    fonts.add(page.getResources().getFont(name));
                }
                assertFalse(fonts.isEmpty());
                for (PDFont font : fonts) {
                    assertTrue(font.isEmbedded(), font.getName() + " embedded");
                }
            }
        }
    }

    @Test
    void lettersAmiriLacksComeFromTheFallbackFontNotAsHashes() throws IOException {
        CertificateFacts base = withArabicName();
        CertificateFacts rare = new CertificateFacts(base.number(), base.verificationCode(), base.verificationUrl(),
                "Nguyễn Thị Ánh Łucja Ğül", null, base.titleFr(), base.titleAr(), null, base.achievementUrl(),
                base.hours(), base.startedOn(), base.completedOn(), base.issuedAt());
        String text = text(PDF.render(rare));
        assertTrue(text.contains("Nguyễn Thị Ánh Łucja Ğül"), text);
        assertFalse(text.contains("#"), text);
    }

    @Test
    void previewIsCrossedAndCarriesNoNumberCodeOrAddress() throws Exception {
        CertificateFacts issued = withArabicName();
        CertificateFacts preview = new CertificateFacts(null, null, null, issued.holderName(), issued.holderNameAr(), issued.titleFr(),
                issued.titleAr(), issued.titleEn(), issued.achievementUrl(), issued.hours(), issued.startedOn(), issued.completedOn(),
                issued.issuedAt());
        byte[] bytes = PDF.renderPreview(preview);
        String text = text(bytes);
        assertAll(
                () -> assertTrue(text.contains("APERÇU"), text),
                () -> assertTrue(text.contains("SPÉCIMEN"), text),
                () -> assertTrue(text.contains("Khadija El Mansouri"), "the same page as when issued: " + text),
                () -> assertTrue(text.contains("Couture et finition des caftans"), text),
                () -> assertFalse(text.contains("null"), text),
                () -> assertFalse(text.contains("http"), "no address that could pass for a credential: " + text));
        assertTrue(PDF.fill(preview, true).contains("معاينة"), "crossed in Arabic too");
        try (PDDocument pdf = Loader.loadPDF(bytes)) {
            assertEquals(1, pdf.getNumberOfPages());
            BufferedImage page = new PDFRenderer(pdf).renderImageWithDPI(0, 150);
            var bitmap = new BinaryBitmap(new HybridBinarizer(new BufferedImageLuminanceSource(page)));
            String decoded = new QRCodeReader().decode(bitmap, Map.of(DecodeHintType.TRY_HARDER, true)).getText();
            assertEquals(CertificatePdf.PREVIEW_QR, decoded, "the QR code says «preview», names no address");
            String out = System.getProperty("maharat.preview.out");
            if (out != null) {
                java.nio.file.Files.write(java.nio.file.Path.of(out), bytes);
            }
        }
        assertFalse(PDF.fill(issued).contains("watermark\">"), "an issued certificate is not crossed");
    }

    @Test
    void controlCharactersInDataCannotBreakThePage() {
        assertEquals("a b&lt;c&gt; &amp; &quot;d&quot; &#39;", CertificatePdf.escape("a\u0001\nb<c> & \"d\" '"));
    }

    /**
     * The page's text, with Arabic presentation forms folded back to letters as a reader's search does,
     * and lines joined (a long name may wrap).
     */
    static String text(byte[] pdf) throws IOException {
        try (PDDocument document = Loader.loadPDF(pdf)) {
            String raw = new PDFTextStripper().getText(document);
            return Normalizer.normalize(raw, Normalizer.Form.NFKC).replaceAll("\\s+", " ");
        }
    }
}
