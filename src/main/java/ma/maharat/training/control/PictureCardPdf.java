package ma.maharat.training.control;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.Base64;
import java.util.EnumMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.ResourceBundle;
import ma.maharat.identity.control.PictureSequence;
import ma.maharat.identity.entity.Picture;
import ma.maharat.platform.i18n.PageMessages;
import ma.maharat.platform.pdf.ArabicFrenchPdf;

/**
 * The printed cards of picture sign-in: one A4 page per trainee with her name in Arabic and Latin
 * letters, her cooperative and cohort, and her three pictures in order, numbered, each with its label in
 * Arabic and French (the same labels as the sign-in page, from the message bundles). The pictures run
 * right to left for a trainee who reads Arabic, left to right otherwise; the numbers settle the order.
 * The cards hold a secret: they are handed to their owner and never cached (the page's answer says
 * {@code no-store}).
 */
public final class PictureCardPdf {

    /** One card: who, and her pictures in clear (known only in the request that drew them). */
    public record Card(String fullName, String fullNameAr, String cooperativeFr, String cooperativeAr, boolean readsArabic,
            PictureSequence sequence) {}

    private static final Map<Picture, String> IMAGES = new EnumMap<>(Picture.class);

    static {
        for (Picture picture : Picture.values()) {
            IMAGES.put(picture, "data:image/png;base64," + Base64.getEncoder().encodeToString(png(picture)));
        }
    }

    private final ResourceBundle fr = ResourceBundle.getBundle(PageMessages.BUNDLE, Locale.FRENCH);
    private final ResourceBundle ar = ResourceBundle.getBundle(PageMessages.BUNDLE, Locale.forLanguageTag("ar"));

    public byte[] render(String cohortName, List<Card> cards) {
        return ArabicFrenchPdf.render(page(cohortName, cards), "Picture cards of " + cohortName);
    }

    /** The XHTML of the cards, every value escaped. */
    String page(String cohortName, List<Card> cards) {
        StringBuilder html = new StringBuilder(16 * 1024 + cards.size() * 2048);
        html.append("<html><head><meta charset=\"UTF-8\"/><title>").append(e(fr.getString("cards.documentTitle")))
                .append("</title><style>")
                .append("@page { size: A4 portrait; margin: 15mm; }")
                .append("p { margin: 1.5mm 0; }")
                .append("body { font-family: 'Amiri', 'Noto Serif'; color: #1f2a37; font-size: 13pt; }")
                .append(".card { page-break-after: always; border: 2px solid #1f2a37; border-radius: 6mm; padding: 10mm; }")
                .append(".card.last { page-break-after: auto; }")
                .append(".ar { direction: rtl; text-align: right; line-height: 1.7; }")
                .append(".name { font-size: 26pt; font-weight: bold; margin: 0; }")
                .append(".latin { font-size: 22pt; font-weight: bold; margin: 0 0 3mm 0; }")
                .append(".small { font-size: 11pt; color: #4b5563; }")
                .append("table.pictures { width: 100%; border-collapse: separate; border-spacing: 3mm; margin: 5mm 0; }")
                .append("table.pictures td { width: 33%; text-align: center; vertical-align: top; border: 1px solid #9ca3af; border-radius: 3mm; padding: 2mm; }")
                .append(".number { font-size: 24pt; font-weight: bold; }")
                .append(".picture { width: 36mm; height: 36mm; }")
                .append(".label { font-size: 14pt; margin: 1mm 0; }")
                .append(".instruction { font-size: 13pt; margin: 2mm 0; }")
                .append(".credit { font-size: 8pt; color: #6b7280; margin-top: 6mm; }")
                .append("</style></head><body>");
        for (int i = 0; i < cards.size(); i++) {
            card(html, cohortName, cards.get(i), i == cards.size() - 1);
        }
        return html.append("</body></html>").toString();
    }

    private void card(StringBuilder html, String cohortName, Card card, boolean last) {
        html.append("<div class=\"card").append(last ? " last" : "").append("\">");
        if (card.fullNameAr() != null && !card.fullNameAr().isBlank()) {
            html.append("<p class=\"name ar\" dir=\"rtl\">").append(e(card.fullNameAr())).append("</p>");
        }
        html.append("<p class=\"latin\">").append(e(card.fullName())).append("</p>");
        html.append("<p class=\"small\">").append(e(card.cooperativeFr())).append(" — ").append(e(cohortName)).append("</p>");
        if (card.cooperativeAr() != null && !card.cooperativeAr().isBlank()) {
            html.append("<p class=\"small ar\" dir=\"rtl\">").append(e(card.cooperativeAr())).append("</p>");
        }
        html.append("<p class=\"instruction ar\" dir=\"rtl\">").append(e(ar.getString("cards.instruction"))).append("</p>");
        html.append("<p class=\"instruction\">").append(e(fr.getString("cards.instruction"))).append("</p>");
        html.append("<table class=\"pictures\"><tr>");
        List<Picture> pictures = card.sequence().pictures();
        for (int i = 0; i < pictures.size(); i++) {
            // The table is laid out left to right: for a reader of Arabic, the first picture goes rightmost.
            int n = card.readsArabic() ? pictures.size() - 1 - i : i;
            Picture picture = pictures.get(n);
            html.append("<td><div class=\"number\">").append(n + 1).append("</div>")
                    .append("<img class=\"picture\" alt=\"").append(e(fr.getString(picture.getMessageKey()))).append("\" src=\"")
                    .append(IMAGES.get(picture)).append("\"/>")
                    .append("<p class=\"label ar\" dir=\"rtl\" style=\"text-align: center\">").append(e(ar.getString(picture.getMessageKey())))
                    .append("</p><p class=\"label\">").append(e(fr.getString(picture.getMessageKey()))).append("</p></td>");
        }
        html.append("</tr></table>");
        html.append("<p class=\"small ar\" dir=\"rtl\">").append(e(ar.getString("cards.keepSecret"))).append("</p>");
        html.append("<p class=\"small\">").append(e(fr.getString("cards.keepSecret"))).append("</p>");
        html.append("<p class=\"credit\">").append(e(fr.getString("pictures.credit"))).append("</p>");
        html.append("</div>");
    }

    private static String e(String text) {
        return ArabicFrenchPdf.escape(text);
    }

    private static byte[] png(Picture picture) {
        String path = "/ma/maharat/identity/pictures/" + picture.getName() + ".png";
        try (InputStream in = PictureCardPdf.class.getResourceAsStream(path)) {
            if (in == null) {
                throw new IllegalStateException("Missing picture " + path);
            }
            return in.readAllBytes();
        } catch (IOException ex) {
            throw new UncheckedIOException(ex);
        }
    }
}
