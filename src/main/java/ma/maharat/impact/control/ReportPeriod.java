package ma.maharat.impact.control;

import java.time.LocalDate;
import java.time.format.DateTimeParseException;

/**
 * The period and cohort an impact report is asked for, read from an address's parameters ({@code from},
 * {@code to}: ISO days, either may be left out; {@code cohort}: an id). Pure; a bad parameter is refused with
 * a message that says which and why.
 */
public record ReportPeriod(LocalDate from, LocalDate to, Long cohortId) {

    /** A parameter that cannot be read. */
    public static class Refused extends IllegalArgumentException {

        private static final long serialVersionUID = 1L;

        private final String code;

        Refused(String code, String message) {
            super(message);
            this.code = code;
        }

        /** A short name for programs: {@code bad_from}, {@code bad_to}, {@code bad_cohort}, {@code from_after_to}. */
        public String code() {
            return code;
        }
    }

    public static ReportPeriod parse(String from, String to, String cohort) {
        LocalDate fromDay = day(from, "bad_from", "from");
        LocalDate toDay = day(to, "bad_to", "to");
        if (fromDay != null && toDay != null && fromDay.isAfter(toDay)) {
            throw new Refused("from_after_to", "from (" + fromDay + ") comes after to (" + toDay + ")");
        }
        Long cohortId = null;
        if (cohort != null && !cohort.isBlank()) {
            try {
                cohortId = Long.parseLong(cohort.strip());
            } catch (NumberFormatException e) {
                throw new Refused("bad_cohort", "cohort must be a cohort's id (a whole number), not \"" + shortened(cohort) + "\"");
            }
            if (cohortId <= 0) {
                throw new Refused("bad_cohort", "cohort must be a cohort's id (a positive whole number)");
            }
        }
        return new ReportPeriod(fromDay, toDay, cohortId);
    }

    private static LocalDate day(String typed, String code, String name) {
        if (typed == null || typed.isBlank()) {
            return null;
        }
        try {
            return LocalDate.parse(typed.strip());
        } catch (DateTimeParseException e) {
            throw new Refused(code, name + " must be a day written YYYY-MM-DD, not \"" + shortened(typed) + "\"");
        }
    }

    private static String shortened(String typed) {
        String kept = typed.length() > 20 ? typed.substring(0, 20) + "…" : typed;
        return kept.replaceAll("[^\\p{L}\\p{N} ._:/-]", "?");
    }
}
