package ma.maharat.certificate.document;

import com.google.zxing.EncodeHintType;
import com.google.zxing.WriterException;
import com.google.zxing.common.BitMatrix;
import com.google.zxing.qrcode.QRCodeWriter;
import com.google.zxing.qrcode.decoder.ErrorCorrectionLevel;
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
import java.util.Base64;
import java.util.HashMap;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import javax.imageio.ImageIO;
import ma.maharat.platform.i18n.CenterDates;
import ma.maharat.platform.i18n.Language;
import ma.maharat.platform.pdf.ArabicFrenchPdf;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * Renders a certificate as an A4 landscape, Arabic–French PDF with a QR code of its verification
 * address. French reads on the left, Arabic right to left on the right (ICU splits and reorders the
 * directions and finds the breaks; Amiri shapes the letters), the number, the QR code with the code
 * printed beside it and the signatory below.
 *
 * <p>Everything that does not depend on the certificate (the template; the fonts' bytes in
 * {@link ArabicFrenchPdf}) is read once;
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
    /** Days as the center writes them everywhere; Morocco's Arabic uses the Maghreb month names and Western digits. */
    private static final CenterDates DAY_FR = CenterDates.in(Language.FR);
    private static final CenterDates DAY_AR = CenterDates.in(Language.AR);
    private static final int LONG_TITLE = 70;
    private static final ZoneId CENTER_ZONE = CenterDates.CENTER_ZONE;

    private String template;
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
    }

    /** What a preview prints where an issued certificate has its number, code and address. */
    static final String PREVIEW_MARK = "APERÇU · معاينة";
    static final String PREVIEW_NUMBER = "SPÉCIMEN";
    static final String PREVIEW_NOTICE = "Aperçu sans valeur, pas un certificat · معاينة بدون قيمة، ليست شهادة";
    /** What a preview's QR code says when scanned: words, no address, so nobody is sent to a page that does not exist. */
    static final String PREVIEW_QR = "APERÇU / معاينة — Maharat : spécimen, pas un certificat / نموذج، ليس شهادة";

    /** The PDF's bytes. */
    public byte[] render(CertificateFacts facts) {
        return ArabicFrenchPdf.render(fill(facts, false), "Certificate " + facts.number());
    }

    /**
     * The PDF a certificate with these facts would have, for the administrators to look at before
     * issuing: the same page, crossed by «APERÇU · معاينة», with «SPÉCIMEN» for its number and a QR code
     * that names no address. The facts' number, code and addresses are ignored (a preview has none).
     */
    public byte[] renderPreview(CertificateFacts facts) {
        return ArabicFrenchPdf.render(fill(facts, true), "Certificate preview of " + facts.holderName());
    }

    /** The page's XHTML for these facts: every value escaped, optional lines left out when unknown. */
    String fill(CertificateFacts facts) {
        return fill(facts, false);
    }

    String fill(CertificateFacts facts, boolean preview) {
        Map<String, String> values = new HashMap<>();
        values.put("documentTitle", escape(preview ? "Aperçu de certificat" : "Certificat " + facts.number()));
        values.put("watermark", preview ? "<div class=\"watermark\">" + escape(PREVIEW_MARK) + "</div>" : "");
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
        values.put("qrCode", qrCode(preview ? PREVIEW_QR : facts.verificationUrl()));
        values.put("verificationCode", escape(preview ? "—" : facts.verificationCode()));
        values.put("verificationUrl", escape(preview ? PREVIEW_NOTICE : facts.verificationUrl()));
        values.put("number", escape(preview ? PREVIEW_NUMBER : facts.number()));
        LocalDate issuedOn = facts.issuedAt().atZone(CENTER_ZONE).toLocalDate();
        values.put("issuedOnFr", escape(DAY_FR.day(issuedOn)));
        values.put("issuedOnAr", escape(DAY_AR.day(issuedOn)));
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
            lines.append(div("detail", "Du " + DAY_FR.day(facts.startedOn()) + " au "
                    + DAY_FR.day(facts.completedOn())));
        } else {
            lines.append(div("detail", "Achevée le " + DAY_FR.day(facts.completedOn())));
        }
        return lines.toString();
    }

    private static String detailsAr(CertificateFacts facts) {
        StringBuilder lines = new StringBuilder();
        if (facts.hours() != null) {
            lines.append(div("detail ar", "مدة التكوين: " + facts.hours() + " " + hoursAr(facts.hours())));
        }
        if (facts.startedOn() != null) {
            lines.append(div("detail ar", "من " + DAY_AR.day(facts.startedOn()) + " إلى "
                    + DAY_AR.day(facts.completedOn())));
        } else {
            lines.append(div("detail ar", "تاريخ الإتمام: " + DAY_AR.day(facts.completedOn())));
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

    static String escape(String text) {
        return ArabicFrenchPdf.escape(text);
    }

    private static String orElse(String value, String fallback) {
        return value == null || value.isBlank() ? fallback : value;
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
