package ma.maharat.impact.control;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import ma.maharat.impact.entity.FollowUpRound;

/** A small hand-made partners' report for the unit tests: figures chosen so that some counts are small and some are not. */
final class PartnersReportSample {

    private PartnersReportSample() {}

    static ImpactReport.Scope scope(String kind, Long id, String name, long cooperatives, long women, long men, long valueBefore, long valueAfter) {
        List<Indicator> indicators = new ArrayList<>();
        for (String key : Indicators.KEYS) {
            indicators.add(switch (key) {
                case "cooperativesTrained" -> Indicator.count(key, "9.3", cooperatives);
                case "womenLedShare" -> Indicator.share(key, "5.5", cooperatives - 1, cooperatives);
                case "peopleTrained" -> Indicator.count(key, "8.5", women + men);
                case "womenTrained" -> Indicator.count(key, "5.5", women);
                case "menTrained" -> Indicator.count(key, "8.5", men);
                case "completionRate" -> Indicator.share(key, "8.5", 13, 21);
                case "ordersValueBaseline" -> Indicator.mad(key, "8.3", valueBefore);
                case "ordersValueAfter" -> Indicator.mad(key, "8.3", valueAfter);
                case "learningGain" -> Indicator.points(key, "8.5", 31.5, 9);
                case "jobsCreated" -> Indicator.count(key, "8.5", 12);
                default -> Indicator.count(key, "8.5", 0);
            });
        }
        return new ImpactReport.Scope(kind, id, name, null, indicators);
    }

    static PartnersReport report(List<PartnersReport.Story> stories) {
        ImpactReport.Scope cycle1 = scope("cohort", 1L, "Cycle 1 — 2026", 4, 8, 1, 113_000, 533_000);
        ImpactReport.Scope cycle2 = scope("cohort", 2L, "دورة 2", 6, 12, 6, 20_000, 0);
        List<PartnersReport.Name> names = List.of(new PartnersReport.Name("Coopérative Tifawin", "تعاونية تيفاوين"),
                new PartnersReport.Name("Al Amal", ""));
        return new PartnersReport(new ReportPeriod(LocalDate.of(2026, 1, 1), null, null), null, LocalDate.of(2026, 12, 6),
                scope("programme", null, null, 10, 20, 7, 133_000, 533_000),
                List.of(new PartnersReport.CohortPage(cycle1, LocalDate.of(2026, 1, 12), LocalDate.of(2026, 4, 30), names),
                        new PartnersReport.CohortPage(cycle2, LocalDate.of(2026, 5, 4), LocalDate.of(2026, 7, 31), names)),
                List.of(scope("province", null, "Laâyoune", 6, 12, 2, 0, 400_000), scope("province", null, null, 4, 8, 5, 0, 133_000)),
                List.of(scope("cooperative", 10L, "Coopérative Tifawin", 1, 3, 0, 0, 420_000)), stories);
    }

    static List<PartnersReport.Story> stories() {
        return List.of(new PartnersReport.Story(new PartnersReport.Name("Coopérative Tifawin", "تعاونية تيفاوين"), "Cycle 1 — 2026", FollowUpRound.MONTHS_3,
                "Après la formation, nous avons gagné une commande de 1400 vêtements <b>pour</b> un hôtel d'Agadir."),
                new PartnersReport.Story(new PartnersReport.Name("Al Amal", "الأمل"), "Cycle 1 — 2026", FollowUpRound.MONTHS_6,
                        "بعد التكوين صرنا نخيط 300 قطعة في الأسبوع لزبون من الداخلة."),
                new PartnersReport.Story(new PartnersReport.Name("Nour", null), "Cycle 1 — 2026", FollowUpRound.MONTHS_6, "=HYPERLINK(\"http://x\")"));
    }
}
