package ma.maharat.platform.pdf;

import com.openhtmltopdf.bidi.support.ICUBidiReorderer;
import com.openhtmltopdf.bidi.support.ICUBidiSplitter;
import com.openhtmltopdf.bidi.support.ICUBreakers;
import com.openhtmltopdf.outputdevice.helper.BaseRendererBuilder.FontStyle;
import com.openhtmltopdf.outputdevice.helper.BaseRendererBuilder.TextDirection;
import com.openhtmltopdf.pdfboxout.PDFontSupplier;
import com.openhtmltopdf.pdfboxout.PdfRendererBuilder;
import com.openhtmltopdf.util.XRLog;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.Locale;
import java.util.Map;
import java.util.logging.Level;
import java.util.logging.Logger;
import org.apache.fontbox.ttf.TTFParser;
import org.apache.fontbox.ttf.TrueTypeFont;
import org.apache.pdfbox.io.RandomAccessReadBuffer;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.font.PDFont;
import org.apache.pdfbox.pdmodel.font.PDType0Font;

/**
 * Lays out an XHTML page as a PDF with Arabic and French side by side: ICU splits and reorders the
 * directions and finds the breaks, Amiri shapes the Arabic letters (families {@code Amiri} and
 * {@code Noto Serif}, regular and bold; keep Amiri first in every font-family list or Arabic prints as
 * {@code #}). Shared by certificates and the cards of picture sign-in; the fonts' bytes are read once.
 * Safe to share between threads: each call builds its own document.
 */
public final class ArabicFrenchPdf {

    private static final String FONTS = "/ma/maharat/platform/pdf/fonts/";
    private static final Map<String, byte[]> FONT_BYTES = Map.of(
            "Amiri-Regular", resource("Amiri-Regular.ttf"),
            "Amiri-Bold", resource("Amiri-Bold.ttf"),
            "NotoSerif-Regular", resource("NotoSerif-Regular.ttf"),
            "NotoSerif-Bold", resource("NotoSerif-Bold.ttf"));

    /**
     * Held here because java.util.logging keeps loggers only weakly: a level set on a logger nobody holds
     * is lost at the next garbage collection (PDFBox's logs reach java.util.logging through log4j-to-jul).
     */
    private static final Logger PDFBOX = Logger.getLogger("org.apache.pdfbox");

    static {
        // PDFBox warns about every glyph it looks for in the other font of a family list, and about the
        // fallback it uses for each standard font it is asked for.
        PDFBOX.setLevel(Level.SEVERE);
        // openhtmltopdf reports each document's timings at INFO: keep warnings only.
        for (String logger : XRLog.listRegisteredLoggers()) {
            XRLog.setLevel(logger, Level.WARNING);
        }
    }

    private ArabicFrenchPdf() {
    }

    /**
     * The PDF's bytes for this page.
     *
     * @param what names the document in the error, e.g. "Certificate 2026-0001"
     */
    public static byte[] render(String xhtml, String what) {
        ByteArrayOutputStream pdf = new ByteArrayOutputStream(64 * 1024);
        try (PDDocument document = new PDDocument()) {
            PdfRendererBuilder builder = new PdfRendererBuilder();
            builder.usePDDocument(document);
            builder.useFastMode();
            builder.useUnicodeBidiSplitter(new ICUBidiSplitter.ICUBidiSplitterFactory());
            builder.useUnicodeBidiReorderer(new ICUBidiReorderer());
            builder.defaultTextDirection(TextDirection.LTR);
            builder.useUnicodeLineBreaker(new ICUBreakers.ICULineBreaker(Locale.ROOT));
            builder.useUnicodeCharacterBreaker(new ICUBreakers.ICUCharacterBreaker(Locale.ROOT));
            font(builder, document, "Amiri-Regular", "Amiri", 400);
            font(builder, document, "Amiri-Bold", "Amiri", 700);
            font(builder, document, "NotoSerif-Regular", "Noto Serif", 400);
            font(builder, document, "NotoSerif-Bold", "Noto Serif", 700);
            builder.withProducer("Maharat");
            builder.withHtmlContent(xhtml, null);
            builder.toStream(pdf);
            builder.run();
        } catch (IOException e) {
            throw new UncheckedIOException(what + ": the PDF could not be written", e);
        }
        return pdf.toByteArray();
    }

    /** XML-escapes text, and drops the control characters XML 1.0 cannot carry. */
    public static String escape(String text) {
        if (text == null) {
            return "";
        }
        StringBuilder out = new StringBuilder(text.length() + 16);
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            switch (c) {
                case '&' -> out.append("&amp;");
                case '<' -> out.append("&lt;");
                case '>' -> out.append("&gt;");
                case '"' -> out.append("&quot;");
                case '\'' -> out.append("&#39;");
                case '\n', '\r', '\t' -> out.append(' ');
                default -> {
                    if (c >= 0x20 && c != 0xFFFE && c != 0xFFFF) {
                        out.append(c);
                    }
                }
            }
        }
        return out.toString();
    }

    private static void font(PdfRendererBuilder builder, PDDocument document, String file, String family, int weight) {
        builder.useFont(new GlyphsAsShaped(document, FONT_BYTES.get(file)), family, weight, FontStyle.NORMAL, true);
    }

    /**
     * A font loaded into the document the first time the layout needs it, with PDFBox's own glyph
     * substitution (GSUB) off: ICU has already shaped the Arabic into presentation forms, and PDFBox
     * would otherwise put Latin ligatures ("fi") on the page that text extraction, search and screen
     * readers cannot read back, rebuilding its ligature tables at every line on top of that.
     */
    private static final class GlyphsAsShaped extends PDFontSupplier {
        private final PDDocument document;
        private final byte[] ttf;
        private PDFont font;

        GlyphsAsShaped(PDDocument document, byte[] ttf) {
            super(null);
            this.document = document;
            this.ttf = ttf;
        }

        @Override
        public PDFont supply() {
            if (font == null) {
                try {
                    TrueTypeFont parsed = new TTFParser().parse(new RandomAccessReadBuffer(ttf));
                    parsed.setEnableGsub(false);
                    document.registerTrueTypeFontForClosing(parsed);
                    font = PDType0Font.load(document, parsed, true);
                } catch (IOException e) {
                    throw new UncheckedIOException(e);
                }
            }
            return font;
        }
    }

    private static byte[] resource(String file) {
        try (InputStream in = ArabicFrenchPdf.class.getResourceAsStream(FONTS + file)) {
            if (in == null) {
                throw new IllegalStateException("Missing resource " + FONTS + file);
            }
            return in.readAllBytes();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
