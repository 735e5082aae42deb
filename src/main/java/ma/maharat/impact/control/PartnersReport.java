package ma.maharat.impact.control;

import java.time.LocalDate;
import java.util.List;
import ma.maharat.impact.entity.FollowUpRound;

/**
 * What the partners' report says (ADR 21): the period, the programme's indicators, a page per cohort, the
 * indicators per province and the stories the administrator chose. Its figures are exact; the PDF and the
 * workbook publish them under the small-count rule ({@link Indicator#published()}).
 */
public record PartnersReport(ReportPeriod period, String cohortName, LocalDate madeOn, ImpactReport.Scope programme, List<CohortPage> cohorts,
        List<ImpactReport.Scope> provinces, List<ImpactReport.Scope> cooperatives, List<Story> stories) {

    /** At most this many stories: the newest chosen ones, so the report's length does not grow without end. */
    public static final int MAX_STORIES = 30;

    /** A cohort's page: its indicators, its days and the names of its cooperatives (French, Arabic). */
    public record CohortPage(ImpactReport.Scope scope, LocalDate start, LocalDate end, List<Name> cooperatives) {}

    /** A name in French and in Arabic (either may be blank). */
    public record Name(String fr, String ar) {

        /** The name in the report's language, or the other one when it has none. */
        public String in(boolean arabic) {
            String wanted = arabic ? ar : fr;
            return wanted == null || wanted.isBlank() ? (arabic ? fr : ar) : wanted;
        }
    }

    /** A story chosen for the report, in the cooperative's words. */
    public record Story(Name cooperative, String cohort, FollowUpRound round, String text) {}

    public PartnersReport {
        cohorts = List.copyOf(cohorts);
        provinces = List.copyOf(provinces);
        cooperatives = List.copyOf(cooperatives);
        stories = List.copyOf(stories);
    }

    /**
     * The chosen stories as the report prints them: the newest first (as given), at most {@link #MAX_STORIES},
     * those with no words left out.
     */
    public static List<Story> chosen(List<Story> newestFirst) {
        return newestFirst.stream().filter(s -> s.text() != null && !s.text().isBlank()).limit(MAX_STORIES).toList();
    }
}
