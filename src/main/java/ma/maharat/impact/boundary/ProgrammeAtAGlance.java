package ma.maharat.impact.boundary;

import jakarta.annotation.PostConstruct;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import ma.maharat.impact.control.FollowUps;
import ma.maharat.impact.control.ImpactReport;
import ma.maharat.impact.control.ReportPeriod;
import ma.maharat.impact.entity.FollowUpRound;
import ma.maharat.platform.i18n.LanguageSelection;
import ma.maharat.platform.i18n.PageMessages;

/**
 * The administrators' home page: the programme's indicators with their definitions, two charts per cohort, the
 * indicators per province and the cohorts to choose from for the partners' report.
 */
@Named
@RequestScoped
public class ProgrammeAtAGlance {

    @Inject
    ImpactReport reports;

    @Inject
    PageMessages messages;

    @Inject
    LanguageSelection language;

    @Inject
    FollowUps followUps;

    private ImpactReport.Report report;
    private Map<Long, Map<FollowUpRound, Long>> ordersByRound;

    @PostConstruct
    void load() {
        report = reports.of(new ReportPeriod(null, null, null));
    }

    public ImpactReport.Scope getProgramme() {
        return report.programme();
    }

    public List<ImpactReport.Scope> getCohorts() {
        return report.of("cohort");
    }

    /** Each province of the cooperatives trained (and those whose record names none: a name of null). */
    public List<ImpactReport.Scope> getProvinces() {
        return report.of("province");
    }

    public String getOrdersChart() {
        return ImpactCharts.orders(getCohorts(), messages::text, language.isRightToLeft());
    }

    /** The value of the orders per cohort at each follow-up round, as lines over time. */
    public String getOrdersOverTimeChart() {
        return ImpactCharts.ordersOverTime(getCohorts(), ordersByRound(), messages::text, language.isRightToLeft());
    }

    /** One cohort's order values by round, for the table that says what the line chart draws; null where not recorded. */
    public record RoundValues(String cohort, List<Long> values) {}

    public List<RoundValues> getOrdersOverTime() {
        Map<Long, Map<FollowUpRound, Long>> byRound = ordersByRound();
        return getCohorts().stream().map(c -> new RoundValues(c.name(), Arrays.stream(FollowUpRound.values())
                .map(r -> byRound.getOrDefault(c.id(), Map.of()).get(r)).toList())).toList();
    }

    public List<FollowUpRound> getRounds() {
        return List.of(FollowUpRound.values());
    }

    private Map<Long, Map<FollowUpRound, Long>> ordersByRound() {
        if (ordersByRound == null) {
            ordersByRound = followUps.orderValueByRound(getCohorts().stream().map(ImpactReport.Scope::id).toList());
        }
        return ordersByRound;
    }

    public String getPeopleChart() {
        return ImpactCharts.people(getCohorts(), messages::text, language.isRightToLeft());
    }
}
