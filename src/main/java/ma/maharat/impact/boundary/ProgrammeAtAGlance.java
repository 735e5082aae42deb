package ma.maharat.impact.boundary;

import jakarta.annotation.PostConstruct;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.util.List;
import ma.maharat.impact.control.ImpactReport;
import ma.maharat.impact.control.ReportPeriod;
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

    private ImpactReport.Report report;

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

    public String getPeopleChart() {
        return ImpactCharts.people(getCohorts(), messages::text, language.isRightToLeft());
    }
}
