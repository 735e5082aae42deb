package ma.maharat.intake.control;

import java.io.Serializable;
import java.text.Normalizer;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import ma.maharat.intake.entity.IntakeApplication;
import ma.maharat.intake.entity.IntakeCall;

/**
 * Whether an application meets its call's rules, with the reasons when it does not: not withdrawn, in the
 * call's region, of an accepted legal form, with a textile activity when the call asks for one, with the
 * minimum number of members. The applicant types her province freely, so it is compared without accents,
 * case, spaces or hyphens, in Latin or Arabic script, with the provinces of the regions the centre serves;
 * a province the list does not know is not refused but flagged for the committee to check. Pure.
 */
public final class Eligibility {

    /** The provinces of each region, as the applicants may write them. */
    private static final Map<String, Set<String>> PROVINCES = Map.of(
            key("Laâyoune-Sakia El Hamra"), keys("Laâyoune", "Laayoune", "El Aaiún", "Boujdour", "Tarfaya", "Es-Semara", "Smara",
                    "Essemara", "Semara", "العيون", "بوجدور", "طرفاية", "السمارة"),
            key("Guelmim-Oued Noun"), keys("Guelmim", "Tan-Tan", "Assa-Zag", "Sidi Ifni", "كلميم", "طانطان", "أسا الزاك", "سيدي إفني"),
            key("Dakhla-Oued Ed-Dahab"), keys("Oued Ed-Dahab", "Dakhla", "Aousserd", "وادي الذهب", "الداخلة", "أوسرد"));

    private Eligibility() {}

    /** A reason, as a message key and its arguments; {@code blocking} false for what the committee must check by hand. */
    public record Reason(String key, List<Serializable> arguments, boolean blocking) implements Serializable {}

    public record Verdict(List<Reason> reasons) implements Serializable {
        public Verdict {
            reasons = List.copyOf(reasons);
        }

        public boolean eligible() {
            return reasons.stream().noneMatch(Reason::blocking);
        }
    }

    public static Verdict check(IntakeCall call, IntakeApplication application) {
        List<Reason> reasons = new ArrayList<>();
        if (application.isWithdrawn()) {
            reasons.add(new Reason("selection.reason.withdrawn", List.of(), true));
        }
        Set<String> provinces = PROVINCES.get(key(call.getRegion()));
        String province = key(application.getProvince());
        if (provinces == null) {
            if (!province.equals(key(call.getRegion()))) {
                reasons.add(new Reason("selection.reason.regionUnchecked", List.of(application.getProvince(), call.getRegion()), false));
            }
        } else if (!provinces.contains(province)) {
            reasons.add(new Reason("selection.reason.outsideRegion", List.of(application.getProvince(), call.getRegion()), true));
        }
        if (!call.getLegalForms().contains(application.getLegalForm())) {
            reasons.add(new Reason("selection.reason.legalForm", List.of("legalForm." + application.getLegalForm()), true));
        }
        if (call.isTextileRequired() && !application.isTextile()) {
            reasons.add(new Reason("selection.reason.notTextile", List.of(), true));
        }
        if (application.getMembers() < call.getMinimumMembers()) {
            reasons.add(new Reason("selection.reason.tooFewMembers", List.of(application.getMembers(), call.getMinimumMembers()), true));
        }
        return new Verdict(reasons);
    }

    private static Set<String> keys(String... names) {
        return Arrays.stream(names).map(Eligibility::key).collect(Collectors.toUnmodifiableSet());
    }

    /** Lower case, without accents, spaces, hyphens, apostrophes or the hamza over or under an alif. */
    static String key(String text) {
        if (text == null) {
            return "";
        }
        String plain = Normalizer.normalize(text, Normalizer.Form.NFD).replaceAll("\\p{M}", "");
        return plain.toLowerCase(Locale.ROOT).replaceAll("[\\s\\-'’_.]", "");
    }
}
