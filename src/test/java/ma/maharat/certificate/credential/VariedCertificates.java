package ma.maharat.certificate.credential;

import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import ma.maharat.certificate.document.CertificateFacts;

/**
 * Certificates whose text varies the way canonicalization bugs like: Arabic and French names with
 * accents, apostrophes (straight and typographic), quotes, commas, backslashes, line breaks, tabs and
 * control characters, emoji, very long titles, missing optional facts; courses and programmes alike.
 */
final class VariedCertificates {

    static final String BASE = "https://maharat.example.ma";

    private static final String[] LATIN = {"Khadija El Mansouri", "Marie-Hélène d'Aubigné", "Fatima-Zahra O’Brien",
            "Aïcha \"Lalla\" Benali", "Zineb, dite « Zizi »", "Saïd Ben\\Ali", "Ñuñez Çelik Øster",
            "Hajar\nAit Lahcen", "Naïma\tTab", "Leïla 🌟 Amrani", "Ouarda\u000bVertical", "Imane\r\nCRLF",
            "Yasmine <b>&amp;</b>", "A", "Very Long Name ".repeat(12).strip()};
    private static final String[] ARABIC = {"خديجة المنصوري", "فاطمة الزهراء", "عائشة بنعلي", null, "زينب «زيزي»",
            "نعيمة، آيت لحسن", "ليلى 🌟 العمراني", "هاجر\nأيت لحسن", null, "إيمان ‹الصغيرة›"};
    private static final String[] TITLES_FR = {"Couture et finition des caftans", "Tissage traditionnel : l’art du métier",
            "Teinture naturelle à l'indigo, \"bleu de Laâyoune\"", "Gestion d’une coopérative — comptabilité, ventes",
            "Programme complet : " + "tissage, teinture, couture, broderie, ".repeat(8) + "commercialisation",
            "Broderie\\fine ✂️ 🧵", "Sécurité & hygiène <atelier>", "Qualité\tet contrôle",
            "Programme de renforcement des compétences textiles — Cycle 2 — 2026"};
    private static final String[] TITLES_AR = {"خياطة وتشطيب القفطان", "النسيج التقليدي: فن الحرفة", null,
            "تسيير التعاونية – المحاسبة والمبيعات", "برنامج متكامل: " + "النسيج والصباغة والخياطة، ".repeat(6),
            "التطريز الدقيق ✂️", "السلامة والنظافة", "الجودة\nوالمراقبة"};

    private VariedCertificates() {
    }

    static List<CertificateFacts> facts(int count) {
        List<CertificateFacts> all = new ArrayList<>(count);
        for (int i = 0; i < count; i++) {
            String code = String.format("C%03d-%04X", i, i * 7919 % 65536);
            boolean knownDates = i % 3 != 0;
            all.add(new CertificateFacts(
                    String.format("MAH-2026-%06d", i + 1),
                    code,
                    BASE + "/verify/" + code,
                    LATIN[i % LATIN.length],
                    ARABIC[i % ARABIC.length],
                    TITLES_FR[i % TITLES_FR.length],
                    TITLES_AR[(i + i / TITLES_FR.length) % TITLES_AR.length],
                    null,
                    i % 5 == 4 ? BASE + "/achievements/programme/" + (i % 3 + 1) : BASE + "/achievements/course-" + (i % 6),
                    i % 4 == 0 ? null : 20 + i,
                    knownDates ? LocalDate.of(2026, 1 + i % 12, 1 + i % 28) : null,
                    LocalDate.of(2026, 1 + i % 12, 1 + i % 28).plusDays(30 + i),
                    Instant.parse("2026-07-03T10:15:00Z").plusSeconds(3_601L * i)));
        }
        return all;
    }

    static StatusEntry status(int i) {
        return new StatusEntry(BASE + "/credentials/status/1", i * 3 + 1);
    }
}
