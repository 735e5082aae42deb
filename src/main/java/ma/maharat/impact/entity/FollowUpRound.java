package ma.maharat.impact.entity;

import java.time.LocalDate;

/**
 * When a cooperative is followed up after a cohort: a baseline before training, then 3, 6 and 12 months
 * after the cohort's last day. Constants, not a setting: the partners compare cohorts round by round, which
 * only holds if every cohort is followed at the same months (issue 16 names these three).
 */
public enum FollowUpRound {
    BASELINE(0),
    MONTHS_3(3),
    MONTHS_6(6),
    MONTHS_12(12);

    private final int monthsAfterEnd;

    FollowUpRound(int monthsAfterEnd) {
        this.monthsAfterEnd = monthsAfterEnd;
    }

    public int monthsAfterEnd() {
        return monthsAfterEnd;
    }

    public boolean isBaseline() {
        return this == BASELINE;
    }

    /** The day the round is due: the baseline on the cohort's first day (before training), the others months after its last. */
    public LocalDate dueOn(LocalDate cohortStart, LocalDate cohortEnd) {
        return isBaseline() ? cohortStart : cohortEnd.plusMonths(monthsAfterEnd);
    }
}
