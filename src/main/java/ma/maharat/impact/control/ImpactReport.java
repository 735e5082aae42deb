package ma.maharat.impact.control;

import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import ma.maharat.cooperative.entity.Cooperative;
import ma.maharat.training.entity.Cohort;

/**
 * The indicators for a period: the whole programme, then each cohort, each province and each cooperative
 * (the same facts filtered, {@link ImpactData}). The figures are exact; whoever sends them out of the
 * administrator's screen publishes them with {@link Indicator#published()}.
 */
@Stateless
public class ImpactReport {

    @Inject
    ImpactFacts facts;

    /** One scope's indicators: {@code kind} is programme, cohort, province or cooperative. */
    public record Scope(String kind, Long id, String name, String nameAr, List<Indicator> indicators) {

        public Indicator indicator(String key) {
            return indicators.stream().filter(i -> i.key().equals(key)).findFirst().orElseThrow();
        }
    }

    public record Report(ReportPeriod period, List<Scope> scopes) {

        public Scope programme() {
            return scopes.get(0);
        }

        public List<Scope> of(String kind) {
            return scopes.stream().filter(s -> s.kind().equals(kind)).toList();
        }
    }

    public Report of(ReportPeriod period) {
        List<Cohort> cohorts = facts.cohorts(period.from(), period.to(), period.cohortId());
        ImpactData data = facts.of(cohorts);
        List<Scope> scopes = new ArrayList<>();
        scopes.add(new Scope("programme", null, null, null, Indicators.of(data)));
        for (Cohort cohort : cohorts) {
            scopes.add(new Scope("cohort", cohort.getId(), cohort.getName(), null, Indicators.of(data.ofCohort(cohort.getId()))));
        }
        Map<String, Boolean> provinces = new TreeMap<>();
        boolean provinceUnknown = false;
        Map<Long, Cooperative> cooperatives = new LinkedHashMap<>();
        for (Cohort cohort : cohorts) {
            for (Cooperative co : cohort.getCooperatives()) {
                if (co.getProvince() != null) {
                    provinces.put(co.getProvince(), true);
                } else {
                    provinceUnknown = true;
                }
                cooperatives.putIfAbsent(co.getId(), co);
            }
        }
        provinces.keySet().forEach(p -> scopes.add(new Scope("province", null, p, null, Indicators.of(data.ofProvince(p)))));
        if (provinceUnknown) {
            // Cooperatives whose record names no province: a scope of their own (its name null), so the provinces add up.
            scopes.add(new Scope("province", null, null, null, Indicators.of(data.ofProvince(null))));
        }
        cooperatives.values().stream().sorted(java.util.Comparator.comparing(Cooperative::getNameFr))
                .forEach(co -> scopes.add(new Scope("cooperative", co.getId(), co.getNameFr(), co.getNameAr(),
                        Indicators.of(data.ofCooperatives(Set.of(co.getId()))))));
        return new Report(period, List.copyOf(scopes));
    }

    /** The programme's indicators over every cohort. */
    public Scope programme() {
        return of(new ReportPeriod(null, null, null)).programme();
    }
}
