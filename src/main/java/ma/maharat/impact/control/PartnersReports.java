package ma.maharat.impact.control;

import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;
import ma.maharat.impact.entity.FollowUp;
import ma.maharat.platform.i18n.CenterDates;
import ma.maharat.training.entity.Cohort;

/**
 * Gathers the partners' report for a period: the indicators ({@link ImpactReport}), each cohort's days and
 * cooperatives, and the stories chosen for it. A fixed number of queries; the stories are bounded
 * ({@link PartnersReport#MAX_STORIES}).
 */
@Stateless
public class PartnersReports {

    @Inject
    ImpactReport reports;

    @Inject
    ImpactFacts facts;

    @PersistenceContext
    EntityManager em;

    public PartnersReport of(ReportPeriod period) {
        ImpactReport.Report report = reports.of(period);
        Map<Long, Cohort> cohorts = facts.cohorts(period.from(), period.to(), period.cohortId()).stream()
                .collect(Collectors.toMap(Cohort::getId, Function.identity()));
        List<PartnersReport.CohortPage> pages = report.of("cohort").stream().map(scope -> {
            Cohort cohort = cohorts.get(scope.id());
            return new PartnersReport.CohortPage(scope, cohort.getStartDate(), cohort.getEndDate(), cohort.getCooperatives().stream()
                    .map(co -> new PartnersReport.Name(co.getNameFr(), co.getNameAr())).sorted(java.util.Comparator.comparing(PartnersReport.Name::fr))
                    .toList());
        }).toList();
        List<PartnersReport.Story> stories = cohorts.isEmpty() ? List.of()
                : PartnersReport.chosen(em.createNamedQuery(FollowUp.CHOSEN_STORIES, FollowUp.class).setParameter("cohorts", cohorts.keySet())
                        .setMaxResults(PartnersReport.MAX_STORIES).getResultList().stream()
                        .map(f -> new PartnersReport.Story(new PartnersReport.Name(f.getCooperative().getNameFr(), f.getCooperative().getNameAr()),
                                f.getCohort().getName(), f.getRound(), f.getStory()))
                        .toList());
        String cohortName = period.cohortId() == null || !cohorts.containsKey(period.cohortId()) ? null : cohorts.get(period.cohortId()).getName();
        return new PartnersReport(period, cohortName, LocalDate.now(CenterDates.CENTER_ZONE), report.programme(), pages, report.of("province"),
                report.of("cooperative"), stories);
    }
}
