package ma.maharat.platform.pdf;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.logging.Level;
import java.util.logging.Logger;
import org.junit.jupiter.api.Test;

/**
 * PDFBox's warnings (a fallback font for each standard font, per PDF) stay out of the log once its logs
 * reach java.util.logging, also after a garbage collection: java.util.logging holds loggers weakly.
 */
class PdfBoxLogLevelTest {

    @Test
    void pdfBoxWarningsStayOffAfterAGarbageCollection() throws Exception {
        Class.forName(ArabicFrenchPdf.class.getName(), true, ArabicFrenchPdf.class.getClassLoader());
        for (int i = 0; i < 3; i++) {
            System.gc();
            Thread.sleep(50);
        }
        Logger font = Logger.getLogger("org.apache.pdfbox.pdmodel.font.PDType1Font");
        assertFalse(font.isLoggable(Level.WARNING), "PDFBox font warnings would reach the log");
        assertTrue(font.isLoggable(Level.SEVERE));
    }
}
