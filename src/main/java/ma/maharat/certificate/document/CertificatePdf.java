package ma.maharat.certificate.document;

import com.google.zxing.EncodeHintType;
import com.google.zxing.WriterException;
import com.google.zxing.common.BitMatrix;
import com.google.zxing.qrcode.QRCodeWriter;
import com.google.zxing.qrcode.decoder.ErrorCorrectionLevel;
import com.openhtmltopdf.bidi.support.ICUBidiReorderer;
import com.openhtmltopdf.bidi.support.ICUBidiSplitter;
import com.openhtmltopdf.bidi.support.ICUBreakers;
import com.openhtmltopdf.outputdevice.helper.BaseRendererBuilder.FontStyle;
import com.openhtmltopdf.outputdevice.helper.BaseRendererBuilder.TextDirection;
import com.openhtmltopdf.pdfboxout.PDFontSupplier;
import com.openhtmltopdf.pdfboxout.PdfRendererBuilder;
import com.openhtmltopdf.util.XRLog;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.awt.image.BufferedImage;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.Base64;
import java.util.HashMap;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.logging.Level;
import java.util.logging.Logger;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import javax.imageio.ImageIO;
import org.apache.fontbox.ttf.TTFParser;
import org.apache.fontbox.ttf.TrueTypeFont;
import org.apache.pdfbox.io.RandomAccessReadBuffer;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.font.PDFont;
import org.apache.pdfbox.pdmodel.font.PDType0Font;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * Renders a certificate as an A4 landscape, Arabic–French PDF with a QR code of its verification
 * address. French reads on the left, Arabic right to left on the right (ICU splits and reorders the
 * directions and finds the breaks; Amiri shapes the letters), the number, the QR code with the code
 * printed beside it and the signatory below.
 *
 * <p>Everything that does not depend on the certificate (the template, the fonts' bytes) is read once;
 * each call only fills the template and lays it out, so issuing hundreds in a row stays cheap. The
 * instance is stateless between calls and safe to share between threads.
 */
@ApplicationScoped
public class CertificatePdf {

    /** The center, as it names itself on its certificates. */
    public static final String CENTER_FR = "Centre de développement des compétences — filière textile, Laâyoune";
    public static final String CENTER_AR = "مركز تنمية الكفاءات في قطاع النسيج – العيون";

    private static final String RESOURCES = "/ma/maharat/certificate/";
    private static final Pattern PLACEHOLDER = Pattern.compile("\\{\\{([A-Za-z]+)}}");
    /** Days as the center writes them; Morocco's Arabic uses the Maghreb month names and Western digits. */
    private static final DateTimeFormatter DAY_FR = DateTimeFormatter.ofPattern("d MMMM yyyy", Locale.FRENCH);
    private static final DateTimeFormatter DAY_AR = DateTimeFormatter.ofPattern("d MMMM yyyy",
            Locale.forLanguageTag("ar-MA-u-nu-latn"));
    private static final int LONG_TITLE = 70;
    private static final ZoneId CENTER_ZONE = ZoneId.of("Africa/Casablanca");

    static {
        // PDFBox warns about every glyph it looks for in the other font of a family list.
        Logger.getLogger("org.apache.pdfbox").setLevel(Level.SEVERE);
        // openhtmltopdf reports each document's timings at INFO: keep warnings only.
        for (String logger : XRLog.listRegisteredLoggers()) {
            XRLog.setLevel(logger, Level.WARNING);
        }
    }

    private String template;
    private Map<String, byte[]> fonts;
    private String signatoryName;
    private String signatoryTitleFr;
    private String signatoryTitleAr;

    /** For CDI's proxy only. */
    protected CertificatePdf() {
    }

    @Inject
    public CertificatePdf(
            @ConfigProperty(name = "maharat.certificate.signatory-name") Optional<String> signatoryName,
            @ConfigProperty(name = "maharat.certificate.signatory-title") String signatoryTitleFr,
            @ConfigProperty(name = "maharat.certificate.signatory-title-ar") String signatoryTitleAr) {
        this.signatoryName = signatoryName.orElse("");
        this.signatoryTitleFr = Objects.requireNonNull(signatoryTitleFr);
        this.signatoryTitleAr = Objects.requireNonNull(signatoryTitleAr);
        this.template = new String(resource("document/certificate.xhtml"), StandardCharsets.UTF_8);
        this.fonts = Map.of(
                "Amiri-Regular", resource("fonts/Amiri-Regular.ttf"),
                "Amiri-Bold", resource("fonts/Amiri-Bold.ttf"),
                "NotoSerif-Regular", resource("fonts/NotoSerif-Regular.ttf"),
                "NotoSerif-Bold", resource("fonts/NotoSerif-Bold.ttf"));
    }

    /** The PDF's bytes. */
    public byte[] render(CertificateFacts facts) {
        String page = fill(facts);
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
            builder.withHtmlContent(page, null);
            builder.toStream(pdf);
            builder.run();
        } catch (IOException e) {
            throw new UncheckedIOException("Certificate " + facts.number() + ": the PDF could not be written", e);
        }
        return pdf.toByteArray();
    }

    /** The page's XHTML for these facts: every value escaped, optional lines left out when unknown. */
    String fill(CertificateFacts facts) {
        Map<String, String> values = new HashMap<>();
        values.put("documentTitle", escape("Certificat " + facts.number()));
        values.put("centerFr", escape(CENTER_FR));
        values.put("centerAr", escape(CENTER_AR));
        values.put("holderNameFr", escape(facts.holderName()));
        values.put("holderNameAr", holderNameAr(facts));
        values.put("holderNameArClass", hasArabicName(facts) ? "name ar" : "name ar latin");
        String titleAr = orElse(facts.titleAr(), facts.titleFr());
        // A programme's long title gets a smaller size so the page keeps its layout.
        values.put("titleClass", Math.max(facts.titleFr().length(), titleAr.length()) > LONG_TITLE ? " long" : "");
        values.put("titleFr", escape(facts.titleFr()));
        values.put("titleAr", escape(titleAr));
        values.put("detailsFr", detailsFr(facts));
        values.put("detailsAr", detailsAr(facts));
        values.put("qrCode", qrCode(facts.verificationUrl()));
        values.put("verificationCode", escape(facts.verificationCode()));
        values.put("verificationUrl", escape(facts.verificationUrl()));
        values.put("number", escape(facts.number()));
        LocalDate issuedOn = facts.issuedAt().atZone(CENTER_ZONE).toLocalDate();
        values.put("issuedOnFr", escape(DAY_FR.format(issuedOn)));
        values.put("issuedOnAr", escape(DAY_AR.format(issuedOn)));
        values.put("signatoryName", escape(signatoryName));
        values.put("signatoryTitleFr", escape(signatoryTitleFr));
        values.put("signatoryTitleAr", escape(signatoryTitleAr));
        Matcher m = PLACEHOLDER.matcher(template);
        StringBuilder page = new StringBuilder(template.length() + 8 * 1024);
        while (m.find()) {
            String value = values.get(m.group(1));
            if (value == null) {
                throw new IllegalStateException("certificate.xhtml names an unknown value: " + m.group());
            }
            m.appendReplacement(page, Matcher.quoteReplacement(value));
        }
        m.appendTail(page);
        return page.toString();
    }

    /** The Arabic column names the holder in Arabic script when known, else as registered. */
    private static String holderNameAr(CertificateFacts facts) {
        if (!hasArabicName(facts)) {
            // A Latin name in the right-to-left column: isolate it so it reads as one left-to-right run.
            return "<span dir=\"ltr\">" + escape(facts.holderName()) + "</span>";
        }
        return escape(facts.holderNameAr());
    }

    private static boolean hasArabicName(CertificateFacts facts) {
        return facts.holderNameAr() != null && !facts.holderNameAr().isBlank();
    }

    private static String detailsFr(CertificateFacts facts) {
        StringBuilder lines = new StringBuilder();
        if (facts.hours() != null) {
            lines.append(div("detail", "Durée : " + facts.hours() + (facts.hours() == 1 ? " heure" : " heures")));
        }
        if (facts.startedOn() != null) {
            lines.append(div("detail", "Du " + DAY_FR.format(facts.startedOn()) + " au "
                    + DAY_FR.format(facts.completedOn())));
        } else {
            lines.append(div("detail", "Achevée le " + DAY_FR.format(facts.completedOn())));
        }
        return lines.toString();
    }

    private static String detailsAr(CertificateFacts facts) {
        StringBuilder lines = new StringBuilder();
        if (facts.hours() != null) {
            lines.append(div("detail ar", "مدة التكوين: " + facts.hours() + " " + hoursAr(facts.hours())));
        }
        if (facts.startedOn() != null) {
            lines.append(div("detail ar", "من " + DAY_AR.format(facts.startedOn()) + " إلى "
                    + DAY_AR.format(facts.completedOn())));
        } else {
            lines.append(div("detail ar", "تاريخ الإتمام: " + DAY_AR.format(facts.completedOn())));
        }
        return lines.toString();
    }

    /** Arabic counts: 3 to 10 take the plural, 11 and more the singular accusative. */
    private static String hoursAr(int hours) {
        int lastTwo = hours % 100;
        return lastTwo >= 3 && lastTwo <= 10 ? "ساعات" : "ساعة";
    }

    private static String div(String cssClass, String text) {
        return "<div class=\"" + cssClass + "\">" + escape(text) + "</div>";
    }

    /** The QR code of the verification address as a PNG data URI, with the quiet zone the standard asks. */
    static String qrCode(String url) {
        try {
            BitMatrix matrix = new QRCodeWriter().encode(url, com.google.zxing.BarcodeFormat.QR_CODE, 0, 0,
                    Map.of(EncodeHintType.ERROR_CORRECTION, ErrorCorrectionLevel.M, EncodeHintType.MARGIN, 4,
                            EncodeHintType.CHARACTER_SET, "UTF-8"));
            int scale = 4; // a few pixels per module keep the edges sharp whatever the viewer's smoothing
            int size = matrix.getWidth() * scale;
            BufferedImage image = new BufferedImage(size, size, BufferedImage.TYPE_BYTE_BINARY);
            for (int y = 0; y < size; y++) {
                for (int x = 0; x < size; x++) {
                    image.setRGB(x, y, matrix.get(x / scale, y / scale) ? 0x000000 : 0xFFFFFF);
                }
            }
            ByteArrayOutputStream png = new ByteArrayOutputStream();
            ImageIO.write(image, "png", png);
            return "data:image/png;base64," + Base64.getEncoder().encodeToString(png.toByteArray());
        } catch (WriterException e) {
            throw new IllegalArgumentException("No QR code for this address: " + url, e);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** XML-escapes text, and drops the control characters XML 1.0 cannot carry. */
    static String escape(String text) {
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

    private static String orElse(String value, String fallback) {
        return value == null || value.isBlank() ? fallback : value;
    }

    private void font(PdfRendererBuilder builder, PDDocument document, String file, String family, int weight) {
        builder.useFont(new GlyphsAsShaped(document, fonts.get(file)), family, weight, FontStyle.NORMAL, true);
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

    private static byte[] resource(String path) {
        try (InputStream in = CertificatePdf.class.getResourceAsStream(RESOURCES + path)) {
            if (in == null) {
                throw new IllegalStateException("Missing resource " + RESOURCES + path);
            }
            return in.readAllBytes();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
