package ma.maharat.training.control;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import ma.maharat.identity.control.PictureSequence;
import ma.maharat.identity.entity.Picture;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.junit.jupiter.api.Test;

class PictureCardPdfTest {

    private static final PictureCardPdf PDF = new PictureCardPdf();

    @Test
    void onePagePerTraineeWithHerNamesAndPicturesInOrder() throws Exception {
        byte[] pdf = PDF.render("Cycle 2 — Laâyoune et Boujdour", List.of(
                new PictureCardPdf.Card("Nadia El Haddad", "نادية الحداد", "Coopérative Al Wafae de couture", "تعاونية الوفاء للخياطة", true,
                        PictureSequence.of(Picture.SCISSORS, Picture.SPOOL, Picture.NEEDLE)),
                new PictureCardPdf.Card("Meriem Lamrani", null, "Association Nissae Al Marsa", null, false,
                        PictureSequence.of(Picture.YARN, Picture.T_SHIRT, Picture.GLOVES))));
        // Kept for a look (pdftoppm target/picture-cards-test.pdf ...): the test's own output, nothing reads it.
        java.nio.file.Files.write(java.nio.file.Path.of("target/picture-cards-test.pdf"), pdf);
        try (PDDocument document = Loader.loadPDF(pdf)) {
            assertEquals(2, document.getNumberOfPages());
            PDFTextStripper stripper = new PDFTextStripper();
            stripper.setStartPage(1);
            stripper.setEndPage(1);
            String first = stripper.getText(document);
            assertTrue(first.contains("Nadia El Haddad"), first);
            assertTrue(first.contains("نادية الحداد"), first);
            assertTrue(first.contains("Coopérative Al Wafae de couture"), first);
            int scissors = first.indexOf("Ciseaux");
            int spool = first.indexOf("Bobine de fil");
            int needle = first.indexOf("Aiguille");
            assertTrue(scissors >= 0 && spool >= 0 && needle >= 0, first);
            assertTrue(needle < spool && spool < scissors, "right to left for a trainee who reads Arabic: " + first);
            assertTrue(first.contains("مقص"), first);
            assertFalse(first.contains("Meriem"), "one trainee per page");
            stripper.setStartPage(2);
            stripper.setEndPage(2);
            String second = stripper.getText(document);
            assertTrue(second.contains("Meriem Lamrani"), second);
            assertTrue(second.indexOf("Pelote de laine") < second.indexOf("T-shirt") && second.indexOf("T-shirt") < second.indexOf("Moufles"),
                    "left to right for a trainee who reads French: " + second);
            assertTrue(second.contains("OpenMoji"), "the licence's attribution is on the card");
        }
    }

    @Test
    void namesAreEscaped() {
        String page = PDF.page("Cycle <b>", List.of(new PictureCardPdf.Card("A & <script>", null, "Co \"x\"", null, false,
                PictureSequence.of(Picture.HAT, Picture.SOCK, Picture.DRESS))));
        assertFalse(page.contains("<script>"));
        assertTrue(page.contains("A &amp; &lt;script&gt;"));
        assertTrue(page.contains("Cycle &lt;b&gt;"));
    }
}
