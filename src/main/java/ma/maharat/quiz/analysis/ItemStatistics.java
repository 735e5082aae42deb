package ma.maharat.quiz.analysis;

import java.util.OptionalDouble;

/**
 * How one question behaved over the attempts that contained it.
 *
 * @param question the question's name
 * @param attempts how many attempts contained the question
 * @param meanFraction the mean fraction earned on it, in [0, 1]
 * @param facilityIndex {@code meanFraction} × 100, as Moodle defines it: 100 means everyone got full
 *     marks. Present whenever {@code attempts > 0}, which {@link ItemAnalysis#of} always gives.
 * @param discriminationIndex the Pearson correlation × 100, in [-100, 100], between the fraction earned
 *     on this question and the mean fraction earned on the other questions of the same attempt (the
 *     corrected item-total correlation: leaving the question out of the total keeps it from
 *     correlating with itself). Empty when it would mean nothing: fewer than 3 attempts contained the
 *     question together with at least one other question, or the question's fractions or the rest
 *     scores are all the same (zero variance, so the correlation would be 0/0).
 * @param verdict what an author should make of the two indices
 */
public record ItemStatistics(
        String question, int attempts, double meanFraction, OptionalDouble facilityIndex, OptionalDouble discriminationIndex, Verdict verdict) {

    /**
     * Fewer attempts than this say nothing: through two points there is always a straight line, so any
     * two attempts correlate at +100 or -100, and a facility from one or two trainees is an anecdote.
     */
    static final int FEWEST_ATTEMPTS = 3;

    /**
     * What to do about a question, the first that applies in this order. The thresholds are the
     * conventions of classical test theory, not laws: they tell an author where to look first.
     */
    public enum Verdict {
        /** Fewer than 3 attempts contained it: wait for more trainees before judging. */
        NOT_ENOUGH_DATA,
        /**
         * More than 90% of the marks are earned: it hardly separates anyone and mostly checks attention.
         * Fine for a warm-up, worth replacing in a quiz that certifies a skill. Judged before
         * {@link #WEAK} for the same reason as {@link #TOO_HARD}.
         */
        TOO_EASY,
        /**
         * Less than 20% of the marks are earned: often a wrong key, an unclear wording or a topic the
         * lessons never taught rather than a fair challenge. Judged before {@link #WEAK} because a
         * question almost nobody gets right cannot discriminate anyway; its difficulty is the cause.
         */
        TOO_HARD,
        /**
         * Negative discrimination: the trainees who do best on the rest of the quiz get this question
         * wrong more often than those who do worst. Usually a wrong key or a trap in the wording, so it
         * is checked right after {@link #NOT_ENOUGH_DATA}, before easiness or hardness could hide it.
         */
        MISLEADING,
        /**
         * Discrimination under 20: whether a trainee gets it right says little about how well they do
         * elsewhere. Classical guidelines (Ebel's, often quoted) call items under 0.20 poor and worth
         * revising, 0.20 to 0.30 marginal.
         */
        WEAK,
        /** Within all the thresholds, or discrimination cannot be computed and nothing else is wrong. */
        GOOD;

        static final double HARDEST_FACILITY = 20;
        static final double EASIEST_FACILITY = 90;
        static final double WEAKEST_DISCRIMINATION = 20;

        /** The rule, in the order the constants' documentation explains. */
        static Verdict of(int attempts, OptionalDouble facilityIndex, OptionalDouble discriminationIndex) {
            if (attempts < FEWEST_ATTEMPTS) {
                return NOT_ENOUGH_DATA;
            }
            if (discriminationIndex.isPresent() && discriminationIndex.getAsDouble() < 0) {
                return MISLEADING;
            }
            if (facilityIndex.isPresent() && facilityIndex.getAsDouble() < HARDEST_FACILITY) {
                return TOO_HARD;
            }
            if (facilityIndex.isPresent() && facilityIndex.getAsDouble() > EASIEST_FACILITY) {
                return TOO_EASY;
            }
            if (discriminationIndex.isPresent() && discriminationIndex.getAsDouble() < WEAKEST_DISCRIMINATION) {
                return WEAK;
            }
            return GOOD;
        }
    }
}
