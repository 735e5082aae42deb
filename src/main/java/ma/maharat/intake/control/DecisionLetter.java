package ma.maharat.intake.control;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import ma.maharat.intake.entity.Decision;
import ma.maharat.intake.entity.IntakeApplication;
import ma.maharat.intake.entity.IntakeCall;
import ma.maharat.platform.i18n.CenterDates;
import ma.maharat.platform.i18n.Language;
import ma.maharat.platform.pdf.ArabicFrenchPdf;

/**
 * The committee's letter to an applicant about its decision, as an A4 PDF in Arabic (right to left) or
 * French: the centre, the day, the cooperative as it named itself in that language, the call, the decision
 * and, for a waiting list or a refusal, the committee's reason. Letters are written only once decided.
 * Stateless and thread-safe; the template is read once.
 */
public final class DecisionLetter {

    static final String CENTER_FR = "Centre de développement des compétences — filière textile, Laâyoune";
    static final String CENTER_AR = "مركز تنمية الكفاءات في قطاع النسيج – العيون";

    private static final Pattern PLACEHOLDER = Pattern.compile("\\{\\{([A-Za-z]+)}}");
    private static final String TEMPLATE = read();

    private DecisionLetter() {}

    public static byte[] pdf(IntakeApplication application, Language language, LocalDate today) {
        return ArabicFrenchPdf.render(xhtml(application, language, today), "Decision letter " + application.getReference());
    }

    static String xhtml(IntakeApplication a, Language language, LocalDate today) {
        if (a.getDecision() == null) {
            throw new IntakeRuleViolation("selection.letter.notDecided");
        }
        boolean ar = language == Language.AR;
        IntakeCall call = a.getCall();
        CenterDates days = CenterDates.in(ar ? Language.AR : Language.FR);
        Map<String, String> v = new HashMap<>();
        v.put("lang", ar ? "ar" : "fr");
        v.put("dir", ar ? "rtl" : "ltr");
        v.put("align", ar ? "right" : "left");
        v.put("end", ar ? "left" : "right");
        v.put("start", ar ? "right" : "left");
        v.put("documentTitle", esc((ar ? "رسالة القرار " : "Lettre de décision ") + References.grouped(a.getReference())));
        v.put("center", esc(ar ? CENTER_AR : CENTER_FR));
        v.put("place", esc((ar ? "العيون، في " : "Laâyoune, le ") + days.day(today)));
        v.put("toLabel", esc(ar ? "إلى السيدة رئيسة أو السيد رئيس" : "À l’attention de la présidence de"));
        v.put("name", esc(ar ? a.getNameAr() : a.getNameFr()));
        v.put("address", esc(a.getCity() + (a.getCity().equalsIgnoreCase(a.getProvince()) ? "" : " — " + a.getProvince())));
        String title = ar ? call.getTitleAr() : call.getTitleFr();
        v.put("subject", esc((ar ? "الموضوع: نتيجة ترشيحكم إلى «" : "Objet : résultat de votre candidature à « ") + title
                + (ar ? "»" : " »")));
        v.put("body", body(a, ar));
        v.put("signature", esc(ar ? "عن لجنة الانتقاء، مدير المركز" : "Pour le comité de sélection, le directeur du centre"));
        v.put("reference", "<span>" + esc(ar ? "رقم الترشيح: " : "Numéro de candidature : ") + "</span><span class=\"ltr\">"
                + esc(References.grouped(a.getReference())) + "</span>");
        Matcher m = PLACEHOLDER.matcher(TEMPLATE);
        StringBuilder page = new StringBuilder(TEMPLATE.length() + 2048);
        while (m.find()) {
            String value = v.get(m.group(1));
            if (value == null) {
                throw new IllegalStateException("letter.xhtml names an unknown value: " + m.group());
            }
            m.appendReplacement(page, Matcher.quoteReplacement(value));
        }
        m.appendTail(page);
        return page.toString();
    }

    private static String body(IntakeApplication a, boolean ar) {
        StringBuilder b = new StringBuilder();
        b.append(p(ar ? "تحية طيبة، وبعد،" : "Madame, Monsieur,"));
        b.append(p(ar ? "نشكركم على ترشيحكم. بعد الزيارة الميدانية ودراسة الملفات، قررت لجنة الانتقاء ما يلي بخصوص تعاونيتكم:"
                : "Nous vous remercions de votre candidature. Après la visite de terrain et l’étude des dossiers, le comité de "
                        + "sélection a pris la décision suivante au sujet de votre structure :"));
        b.append("<p class=\"decision\">").append(esc(decision(a.getDecision(), ar))).append("</p>");
        if (a.getDecisionReason() != null && a.getDecision() != Decision.SELECTED) {
            // A reason typed in French keeps its own direction inside an Arabic letter (its full stop at its end).
            boolean latin = a.getDecisionReason().codePoints().noneMatch(c -> Character.UnicodeScript.of(c) == Character.UnicodeScript.ARABIC);
            b.append("<div class=\"reason\">").append(ar && latin ? "<span class=\"ltr\">" : "<span>").append(esc(a.getDecisionReason()))
                    .append("</span></div>");
        }
        b.append(p(switch (a.getDecision()) {
            case SELECTED -> ar ? "سنتصل بكم قريبا لتحديد موعد انطلاق التكوين وبرنامجه الملائم لحاجياتكم."
                    : "Nous vous contacterons prochainement pour convenir du début de la formation et de son programme, adapté à vos besoins.";
            case WAITING_LIST -> ar ? "إذا شغر مقعد، سنتصل بكم حسب ترتيبكم في لائحة الانتظار."
                    : "Si une place se libère, nous vous contacterons selon votre rang sur la liste d’attente.";
            case REFUSED -> ar ? "نتمنى لكم التوفيق، ونشجعكم على الترشح للنداءات المقبلة."
                    : "Nous vous souhaitons bonne continuation et vous encourageons à candidater aux prochains appels.";
        }));
        b.append(p(ar ? "وتقبلوا فائق عبارات التقدير والاحترام." : "Veuillez agréer nos salutations distinguées."));
        return b.toString();
    }

    static String decision(Decision decision, boolean ar) {
        return switch (decision) {
            case SELECTED -> ar ? "تم انتقاء تعاونيتكم للاستفادة من البرنامج." : "Votre structure est retenue pour le programme.";
            case WAITING_LIST -> ar ? "تم وضع تعاونيتكم في لائحة الانتظار." : "Votre structure est inscrite sur la liste d’attente.";
            case REFUSED -> ar ? "لم يتم انتقاء تعاونيتكم هذه المرة." : "Votre structure n’a pas été retenue cette fois.";
        };
    }

    private static String p(String text) {
        return "<p>" + esc(text) + "</p>";
    }

    private static String esc(String text) {
        return ArabicFrenchPdf.escape(text);
    }

    private static String read() {
        try (InputStream in = DecisionLetter.class.getResourceAsStream("/ma/maharat/intake/letter.xhtml")) {
            if (in == null) {
                throw new IllegalStateException("letter.xhtml is missing from the build");
            }
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
