package ma.maharat.quiz.control;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** Learning gains on hand-made scores: who counts, the aggregates, the median and the small-count rule. */
class LearningGainsTest {

    private static final double DELTA = 1e-9;
    private static final long MODELING = 1;
    private static final long SOURCING = 2;

    private static LearningGains.Scores scores(long trainee, long course, Long cooperative, Double before, Double after) {
        return new LearningGains.Scores(trainee, course, course == MODELING ? "modeling" : "sourcing", null, cooperative,
                before, after);
    }

    private static String shown(LearningGains.Gain gain, double figure, boolean administrator) {
        return gain.shown(figure, administrator, value -> String.format(Locale.ROOT, "%.1f", value));
    }

    @Test
    void noTraineeGivesNoFigureAndIsSmall() {
        LearningGains.Gain gain = LearningGains.of(List.of());
        assertEquals(0, gain.n());
        assertTrue(Double.isNaN(gain.meanGain()));
        assertTrue(Double.isNaN(gain.medianGain()));
        assertTrue(gain.isSmall());
        assertTrue(LearningGains.perCourse(List.of()).isEmpty());
    }

    @Test
    void onlyTraineesWithBothAttemptsCount() {
        List<LearningGains.Scores> all = List.of(scores(1, MODELING, 10L, 40.0, 70.0), scores(2, MODELING, 10L, 50.0, null),
                scores(3, MODELING, 10L, null, 90.0));
        List<LearningGains.TraineeGain> gains = LearningGains.perTrainee(all);
        assertEquals(1, gains.size());
        assertEquals(1, gains.get(0).scores().traineeId());
        assertEquals(30.0, gains.get(0).gain(), DELTA);
        LearningGains.Gain modeling = LearningGains.perCourse(all).get(MODELING);
        assertEquals(1, modeling.n());
        assertEquals(30.0, modeling.meanGain(), DELTA);
        assertEquals(30.0, modeling.medianGain(), DELTA);
        assertEquals(1.0, modeling.improved(), DELTA);
    }

    @Test
    void improvementAndDeclineAverageOutAndOnlyImproversCountAsImproved() {
        List<LearningGains.Scores> all = List.of(scores(1, MODELING, 10L, 40.0, 80.0), scores(2, MODELING, 10L, 60.0, 50.0),
                scores(3, MODELING, 11L, 50.0, 50.0), scores(4, SOURCING, 11L, 20.0, 60.0));
        Map<Long, LearningGains.Gain> perCourse = LearningGains.perCourse(all);
        LearningGains.Gain modeling = perCourse.get(MODELING);
        assertEquals(3, modeling.n());
        assertEquals(50.0, modeling.meanBefore(), DELTA);
        assertEquals(60.0, modeling.meanAfter(), DELTA);
        assertEquals(10.0, modeling.meanGain(), DELTA);
        assertEquals(0.0, modeling.medianGain(), DELTA, "gains 40, -10 and 0: the middle one");
        assertEquals(1.0 / 3, modeling.improved(), DELTA, "a trainee who stayed the same did not improve");
        assertEquals(40.0, perCourse.get(SOURCING).meanGain(), DELTA);
        Map<Long, LearningGains.Gain> perCooperative = LearningGains.perCooperative(all);
        assertEquals(15.0, perCooperative.get(10L).meanGain(), DELTA);
        assertEquals(20.0, perCooperative.get(11L).meanGain(), DELTA);
        assertEquals(List.of("modeling", "sourcing"), List.copyOf(LearningGains.perTopic(all).keySet()));
    }

    @Test
    void cohortsComeFromTheCallerAndTraineesWithoutOneAreLeftOut() {
        List<LearningGains.Scores> all = List.of(scores(1, MODELING, null, 40.0, 80.0).inCohort(7L),
                scores(2, MODELING, null, 60.0, 50.0).inCohort(8L), scores(3, MODELING, null, 50.0, 70.0));
        Map<Long, LearningGains.Gain> perCohort = LearningGains.perCohort(all);
        assertEquals(List.of(7L, 8L), List.copyOf(perCohort.keySet()));
        assertEquals(-10.0, perCohort.get(8L).meanGain(), DELTA);
        assertTrue(LearningGains.perCooperative(all).isEmpty(), "no cooperative: not in any cooperative's figures");
    }

    @Test
    void medianOfAnEvenCountIsTheMeanOfTheTwoMiddleGains() {
        assertEquals(15.0, LearningGains.median(List.of(40.0, -10.0, 10.0, 20.0)), DELTA);
        assertEquals(10.0, LearningGains.median(List.of(40.0, -10.0, 10.0)), DELTA);
        assertEquals(-5.0, LearningGains.median(List.of(-5.0)), DELTA);
    }

    @Test
    void fewerThanFiveTraineesAreHiddenOutsideTheAdministratorsScreen() {
        List<LearningGains.Scores> four = new ArrayList<>();
        for (long trainee = 1; trainee <= 4; trainee++) {
            four.add(scores(trainee, MODELING, 10L, 40.0, 60.0));
        }
        LearningGains.Gain small = LearningGains.perCourse(four).get(MODELING);
        assertTrue(small.isSmall());
        assertEquals("< 5", shown(small, small.meanGain(), false));
        assertEquals("20.0", shown(small, small.meanGain(), true), "the administrator sees every figure");

        four.add(scores(5, MODELING, 10L, 50.0, 55.0));
        LearningGains.Gain five = LearningGains.perCourse(four).get(MODELING);
        assertFalse(five.isSmall());
        assertEquals("17.0", shown(five, five.meanGain(), false));
    }
}
