package ma.maharat.quiz.control;

import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.TreeMap;
import java.util.function.Function;
import java.util.stream.Collectors;

/**
 * Learning gain from a course's diagnostic quiz: per trainee, her "after" score minus her "before" score
 * in percentage points (only trainees who took both), and aggregates of those gains per course, topic,
 * cohort and cooperative: how many, the mean and median gain, the means before and after, and the share
 * of trainees who improved. Plain computation on plain records: {@link DiagnosticScores} reads the scores,
 * callers that know cohorts (training, impact) add them with {@link Scores#inCohort}.
 *
 * <p>Small counts: an aggregate over fewer than {@value #SMALL_COUNT} trainees may point at a person, so
 * outside the administrator's screen it is shown as {@value #SMALL_COUNT_SHOWN} ({@link Gain#shown}).
 */
public final class LearningGains {

    /** Aggregates over fewer trainees than this are hidden outside the administrator's screen. */
    public static final int SMALL_COUNT = 5;
    public static final String SMALL_COUNT_SHOWN = "< 5";

    private LearningGains() {}

    /**
     * One trainee's diagnostic scores in one course, in percent; {@code null} when not taken.
     *
     * @param topic         the course's topic, or its code when the course has none
     * @param cohortId      her cohort, or {@code null} when unknown or none
     * @param cooperativeId her cooperative, or {@code null} when none
     */
    public record Scores(long traineeId, long courseId, String topic, Long cohortId, Long cooperativeId,
            Double before, Double after) {

        public Scores inCohort(Long cohort) {
            return new Scores(traineeId, courseId, topic, cohort, cooperativeId, before, after);
        }

        public boolean hasBoth() {
            return before != null && after != null;
        }
    }

    /** One trainee's gain in one course, in percentage points. */
    public record TraineeGain(Scores scores) {
        public double gain() {
            return scores.after() - scores.before();
        }
    }

    /**
     * The gains of a group of trainees; every figure in percent or percentage points, NaN when {@code n} is 0.
     *
     * @param improved the share (0 to 1) of trainees whose "after" is above their "before"
     */
    public record Gain(int n, double meanBefore, double meanAfter, double meanGain, double medianGain, double improved) {

        /** Whether the group is too small to show outside the administrator's screen. */
        public boolean isSmall() {
            return n < SMALL_COUNT;
        }

        /**
         * A figure as it may be shown: {@value #SMALL_COUNT_SHOWN} for a small group outside the
         * administrator's screen, else the figure as {@code format} writes it.
         */
        public String shown(double figure, boolean administratorScreen, Function<Double, String> format) {
            return isSmall() && !administratorScreen ? SMALL_COUNT_SHOWN : format.apply(figure);
        }
    }

    /** The gains of the trainees who took both attempts, in the order given. */
    public static List<TraineeGain> perTrainee(Collection<Scores> scores) {
        return scores.stream().filter(Scores::hasBoth).map(TraineeGain::new).toList();
    }

    public static Gain of(Collection<TraineeGain> gains) {
        int n = gains.size();
        if (n == 0) {
            return new Gain(0, Double.NaN, Double.NaN, Double.NaN, Double.NaN, Double.NaN);
        }
        double before = gains.stream().mapToDouble(g -> g.scores().before()).average().orElseThrow();
        double after = gains.stream().mapToDouble(g -> g.scores().after()).average().orElseThrow();
        double mean = gains.stream().mapToDouble(TraineeGain::gain).average().orElseThrow();
        long improved = gains.stream().filter(g -> g.gain() > 0).count();
        return new Gain(n, before, after, mean, median(gains.stream().map(TraineeGain::gain).toList()), (double) improved / n);
    }

    public static Map<Long, Gain> perCourse(Collection<Scores> scores) {
        return per(scores, Scores::courseId);
    }

    public static Map<String, Gain> perTopic(Collection<Scores> scores) {
        return per(scores, Scores::topic);
    }

    /** Trainees without a cohort are left out. */
    public static Map<Long, Gain> perCohort(Collection<Scores> scores) {
        return per(scores, Scores::cohortId);
    }

    /** Trainees without a cooperative are left out. */
    public static Map<Long, Gain> perCooperative(Collection<Scores> scores) {
        return per(scores, Scores::cooperativeId);
    }

    /** Gains grouped by a key, sorted by it; rows whose key is null are left out. */
    public static <K extends Comparable<K>> Map<K, Gain> per(Collection<Scores> scores, Function<Scores, K> key) {
        Map<K, List<TraineeGain>> groups = perTrainee(scores).stream().filter(g -> key.apply(g.scores()) != null)
                .collect(Collectors.groupingBy(g -> key.apply(g.scores()), TreeMap::new, Collectors.toList()));
        Map<K, Gain> gains = new TreeMap<>();
        groups.forEach((k, group) -> gains.put(k, of(group)));
        return gains;
    }

    static double median(List<Double> values) {
        List<Double> sorted = new ArrayList<>(values);
        sorted.removeIf(Objects::isNull);
        if (sorted.isEmpty()) {
            return Double.NaN;
        }
        sorted.sort(null);
        int middle = sorted.size() / 2;
        return sorted.size() % 2 == 1 ? sorted.get(middle) : (sorted.get(middle - 1) + sorted.get(middle)) / 2;
    }
}
