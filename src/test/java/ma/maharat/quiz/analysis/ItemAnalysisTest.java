package ma.maharat.quiz.analysis;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.OptionalDouble;

import ma.maharat.quiz.analysis.ItemStatistics.Verdict;
import org.junit.jupiter.api.Test;

/**
 * Every expected value below is worked out by hand in the comments, with Pearson's r written as
 * r = Sxy / √(Sxx · Syy), where Sxy = Σ(x − x̄)(y − ȳ), Sxx = Σ(x − x̄)², Syy = Σ(y − ȳ)²; x is the
 * fraction on the question and y the rest score (mean fraction on the attempt's other questions).
 */
class ItemAnalysisTest {

    private static final double EXACT = 1e-9;

    @Test
    void facilityIndexIsTheMeanFractionTimesHundred() {
        // (1 + 0.5 + 0 + 1) / 4 = 2.5 / 4 = 0.625, so facility 62.5.
        ItemStatistics q = single(ItemAnalysis.of(List.of(
                new AttemptScores(1, Map.of("q", 1.0)),
                new AttemptScores(2, Map.of("q", 0.5)),
                new AttemptScores(3, Map.of("q", 0.0)),
                new AttemptScores(4, Map.of("q", 1.0)))));

        assertEquals(4, q.attempts());
        assertEquals(0.625, q.meanFraction(), EXACT);
        assertEquals(62.5, q.facilityIndex().getAsDouble(), EXACT);
    }

    @Test
    void workedExampleOfFourAttemptsOnThreeQuestions() {
        //            a    b    c   | rest of a = (b+c)/2 | rest of b = (a+c)/2
        // attempt 1  1    1    1   |   1                 |   1
        // attempt 2  1    0    1   |   0.5               |   1
        // attempt 3  0    1    0   |   0.5               |   0
        // attempt 4  0    0    0   |   0                 |   0
        //
        // a: x = 1,1,0,0 (x̄ = 0.5), y = 1,0.5,0.5,0 (ȳ = 0.5)
        //    x − x̄ = .5,.5,−.5,−.5   y − ȳ = .5,0,0,−.5
        //    Sxy = .25 + 0 + 0 + .25 = 0.5   Sxx = 4 × .25 = 1   Syy = .25 + .25 = 0.5
        //    r = 0.5 / √0.5 = √0.5 = 1/√2 ≈ 0.7071, so discrimination ≈ 70.71; facility 50: GOOD.
        // b: x = 1,0,1,0 (x̄ = 0.5), y = 1,1,0,0 (ȳ = 0.5)
        //    Sxy = .25 − .25 − .25 + .25 = 0, so discrimination 0: present but under 20, WEAK.
        // c has the same fractions as a, and its rest (a+b)/2 equals a's rest (b+c)/2 row by row, so 70.71.
        List<ItemStatistics> items = ItemAnalysis.of(List.of(
                new AttemptScores(1, Map.of("a", 1.0, "b", 1.0, "c", 1.0)),
                new AttemptScores(2, Map.of("a", 1.0, "b", 0.0, "c", 1.0)),
                new AttemptScores(3, Map.of("a", 0.0, "b", 1.0, "c", 0.0)),
                new AttemptScores(4, Map.of("a", 0.0, "b", 0.0, "c", 0.0))));

        ItemStatistics a = named(items, "a");
        assertEquals(50, a.facilityIndex().getAsDouble(), EXACT);
        assertEquals(100 / Math.sqrt(2), a.discriminationIndex().getAsDouble(), EXACT);
        assertEquals(Verdict.GOOD, a.verdict());

        ItemStatistics b = named(items, "b");
        assertEquals(0, b.discriminationIndex().getAsDouble(), EXACT);
        assertEquals(Verdict.WEAK, b.verdict());

        assertEquals(100 / Math.sqrt(2), named(items, "c").discriminationIndex().getAsDouble(), EXACT);
    }

    @Test
    void itemThatRisesExactlyWithTheRestDiscriminatesAtPlusHundred() {
        // key: x = 1,1,0,0 (x̄ = 0.5); rest = other: y = .8,.8,.2,.2 (ȳ = 0.5)
        // x − x̄ = ±.5, y − ȳ = ±.3 with the same signs: Sxy = 4 × .15 = 0.6, Sxx = 1, Syy = 4 × .09 = 0.36
        // r = 0.6 / √0.36 = 0.6 / 0.6 = 1, so +100; facility 50: GOOD.
        ItemStatistics key = named(ItemAnalysis.of(List.of(
                new AttemptScores(1, Map.of("key", 1.0, "other", 0.8)),
                new AttemptScores(2, Map.of("key", 1.0, "other", 0.8)),
                new AttemptScores(3, Map.of("key", 0.0, "other", 0.2)),
                new AttemptScores(4, Map.of("key", 0.0, "other", 0.2)))), "key");

        assertEquals(100, key.discriminationIndex().getAsDouble(), EXACT);
        assertEquals(Verdict.GOOD, key.verdict());
    }

    @Test
    void itemTheStrongestTraineesMissIsMisleading() {
        // trap: x = 0,0,1,1 (x̄ = 0.5); rest = mean of (b, c): y = 1,0.5,0.5,0 (ȳ = 0.5)
        // x − x̄ = −.5,−.5,.5,.5   y − ȳ = .5,0,0,−.5
        // Sxy = −.25 + 0 + 0 − .25 = −0.5, Sxx = 1, Syy = 0.5; r = −0.5 / √0.5 = −1/√2 ≈ −70.71
        // Facility 50 would be fine, but a negative discrimination comes first: MISLEADING.
        ItemStatistics trap = named(ItemAnalysis.of(List.of(
                new AttemptScores(1, Map.of("trap", 0.0, "b", 1.0, "c", 1.0)),
                new AttemptScores(2, Map.of("trap", 0.0, "b", 1.0, "c", 0.0)),
                new AttemptScores(3, Map.of("trap", 1.0, "b", 0.0, "c", 1.0)),
                new AttemptScores(4, Map.of("trap", 1.0, "b", 0.0, "c", 0.0)))), "trap");

        assertEquals(-100 / Math.sqrt(2), trap.discriminationIndex().getAsDouble(), EXACT);
        assertEquals(Verdict.MISLEADING, trap.verdict());
    }

    @Test
    void zeroVarianceOnEitherSideGivesNoDiscrimination() {
        // easy: 1,1,1 — its own fractions never vary, so Sxx = 0 and r = 0/0. Facility 100 > 90: TOO_EASY.
        // other: 1,0,0.5 vary, but its rest is easy's 1,1,1, so Syy = 0. Facility 1.5 / 3 = 50: GOOD,
        // since nothing measured is wrong with it.
        List<ItemStatistics> items = ItemAnalysis.of(List.of(
                new AttemptScores(1, Map.of("easy", 1.0, "other", 1.0)),
                new AttemptScores(2, Map.of("easy", 1.0, "other", 0.0)),
                new AttemptScores(3, Map.of("easy", 1.0, "other", 0.5))));

        ItemStatistics easy = named(items, "easy");
        assertTrue(easy.discriminationIndex().isEmpty());
        assertEquals(100, easy.facilityIndex().getAsDouble(), EXACT);
        assertEquals(Verdict.TOO_EASY, easy.verdict());

        ItemStatistics other = named(items, "other");
        assertTrue(other.discriminationIndex().isEmpty());
        assertEquals(50, other.facilityIndex().getAsDouble(), EXACT);
        assertEquals(Verdict.GOOD, other.verdict());
    }

    @Test
    void twoAttemptsAreNotEnoughData() {
        // Two points always lie on a line, so r would be ±1 whatever the question is like.
        // Facility is still reported: (1 + 0) / 2 = 0.5, so 50.
        ItemStatistics q = named(ItemAnalysis.of(List.of(
                new AttemptScores(1, Map.of("q", 1.0, "other", 1.0)),
                new AttemptScores(2, Map.of("q", 0.0, "other", 0.0)))), "q");

        assertEquals(2, q.attempts());
        assertEquals(50, q.facilityIndex().getAsDouble(), EXACT);
        assertTrue(q.discriminationIndex().isEmpty());
        assertEquals(Verdict.NOT_ENOUGH_DATA, q.verdict());
    }

    @Test
    void questionMissingFromAnAttemptIsJudgedOnlyOnTheAttemptsThatDrewIt() {
        //            a    b    c
        // attempt 1  1    1    -
        // attempt 2  1    -    1
        // attempt 3  0    0    -
        // attempt 4  0    -    0.5
        // attempt 5  -    1    0
        //
        // a: attempts 1-4, facility (1+1+0+0)/4 = 50 (not 40, as counting attempt 5 as a zero would give).
        //    rest = the one other question: y = 1 (b), 1 (c), 0 (b), 0.5 (c); ȳ = 2.5/4 = .625
        //    x − x̄ = .5,.5,−.5,−.5   y − ȳ = .375,.375,−.625,−.125
        //    Sxy = .5 × (.375 + .375 + .625 + .125) = .75, Sxx = 1,
        //    Syy = .140625 + .140625 + .390625 + .015625 = .6875 = 11/16
        //    r = .75 / (√11 / 4) = 3/√11 ≈ 0.9045, so ≈ 90.45.
        // b: attempts 1, 3, 5: x = 1,0,1 (x̄ = 2/3), rest y = 1 (a), 0 (a), 0 (c) (ȳ = 1/3), facility 200/3 ≈ 66.67
        //    x − x̄ = 1/3,−2/3,1/3   y − ȳ = 2/3,−1/3,−1/3
        //    Sxy = 2/9 + 2/9 − 1/9 = 1/3, Sxx = 6/9 = 2/3, Syy = 6/9 = 2/3; r = (1/3)/(2/3) = 0.5, so 50.
        // c: attempts 2, 4, 5: x = 1,.5,0 (x̄ = .5, facility 50), rest y = 1 (a), 0 (a), 1 (b) (ȳ = 2/3)
        //    x − x̄ = .5,0,−.5   y − ȳ = 1/3,−2/3,1/3;  Sxy = 1/6 + 0 − 1/6 = 0, so 0: WEAK.
        List<ItemStatistics> items = ItemAnalysis.of(List.of(
                new AttemptScores(1, Map.of("a", 1.0, "b", 1.0)),
                new AttemptScores(2, Map.of("a", 1.0, "c", 1.0)),
                new AttemptScores(3, Map.of("a", 0.0, "b", 0.0)),
                new AttemptScores(4, Map.of("a", 0.0, "c", 0.5)),
                new AttemptScores(5, Map.of("b", 1.0, "c", 0.0))));

        ItemStatistics a = named(items, "a");
        assertEquals(4, a.attempts());
        assertEquals(50, a.facilityIndex().getAsDouble(), EXACT);
        assertEquals(300 / Math.sqrt(11), a.discriminationIndex().getAsDouble(), EXACT);

        ItemStatistics b = named(items, "b");
        assertEquals(3, b.attempts());
        assertEquals(200.0 / 3, b.facilityIndex().getAsDouble(), EXACT);
        assertEquals(50, b.discriminationIndex().getAsDouble(), EXACT);
        assertEquals(Verdict.GOOD, b.verdict());

        ItemStatistics c = named(items, "c");
        assertEquals(3, c.attempts());
        assertEquals(50, c.facilityIndex().getAsDouble(), EXACT);
        assertEquals(0, c.discriminationIndex().getAsDouble(), EXACT);
        assertEquals(Verdict.WEAK, c.verdict());
    }

    @Test
    void attemptsOfOneQuestionHaveNoRestScoreSoNoDiscrimination() {
        // Three attempts, each holding q alone: the rest is 0/0, nothing to correlate with.
        // Facility (1 + 0 + 1) / 3 = 200/3 ≈ 66.67, inside 20..90 and no discrimination to fault: GOOD.
        ItemStatistics q = single(ItemAnalysis.of(List.of(
                new AttemptScores(1, Map.of("q", 1.0)),
                new AttemptScores(2, Map.of("q", 0.0)),
                new AttemptScores(3, Map.of("q", 1.0)))));

        assertEquals(3, q.attempts());
        assertEquals(200.0 / 3, q.facilityIndex().getAsDouble(), EXACT);
        assertTrue(q.discriminationIndex().isEmpty());
        assertEquals(Verdict.GOOD, q.verdict());
    }

    @Test
    void attemptHoldingOnlyThisQuestionCountsForFacilityButNotForDiscrimination() {
        // q is in all 4 attempts: facility (1 + 0 + 1 + 0) / 4 = 50.
        // Attempt 4 has no rest, so r uses attempts 1-3: x = 1,0,1 (x̄ = 2/3), y = 1,0,.5 (ȳ = .5)
        //    x − x̄ = 1/3,−2/3,1/3   y − ȳ = .5,−.5,0
        //    Sxy = 1/6 + 1/3 + 0 = .5, Sxx = 2/3, Syy = .5; r = .5 / √(1/3) = √3/2 ≈ 0.8660, so ≈ 86.60.
        ItemStatistics q = named(ItemAnalysis.of(List.of(
                new AttemptScores(1, Map.of("q", 1.0, "r", 1.0)),
                new AttemptScores(2, Map.of("q", 0.0, "r", 0.0)),
                new AttemptScores(3, Map.of("q", 1.0, "r", 0.5)),
                new AttemptScores(4, Map.of("q", 0.0)))), "q");

        assertEquals(4, q.attempts());
        assertEquals(50, q.facilityIndex().getAsDouble(), EXACT);
        assertEquals(50 * Math.sqrt(3), q.discriminationIndex().getAsDouble(), EXACT);
    }

    @Test
    void verdictLooksForAWrongKeyBeforeDifficultyAndForDifficultyBeforeWeakness() {
        assertEquals(Verdict.NOT_ENOUGH_DATA, Verdict.of(2, OptionalDouble.of(50), OptionalDouble.of(-50)));
        // A negative discrimination is reported even where the facility is also out of range.
        assertEquals(Verdict.MISLEADING, Verdict.of(30, OptionalDouble.of(95), OptionalDouble.of(-5)));
        assertEquals(Verdict.MISLEADING, Verdict.of(30, OptionalDouble.of(10), OptionalDouble.of(-5)));
        // A weak discrimination is what an extreme facility causes, so the facility is named.
        assertEquals(Verdict.TOO_HARD, Verdict.of(30, OptionalDouble.of(10), OptionalDouble.of(5)));
        assertEquals(Verdict.TOO_EASY, Verdict.of(30, OptionalDouble.of(95), OptionalDouble.of(5)));
        assertEquals(Verdict.TOO_HARD, Verdict.of(30, OptionalDouble.of(10), OptionalDouble.empty()));
        assertEquals(Verdict.WEAK, Verdict.of(30, OptionalDouble.of(50), OptionalDouble.of(5)));
        assertEquals(Verdict.GOOD, Verdict.of(30, OptionalDouble.of(50), OptionalDouble.of(35)));
        assertEquals(Verdict.GOOD, Verdict.of(30, OptionalDouble.of(50), OptionalDouble.empty()));
    }

    @Test
    void thresholdValuesThemselvesAreAcceptable() {
        // The rule uses strict comparisons: facility 20 and 90 are in range, discrimination 20 is enough,
        // and 0 is weak, not misleading.
        assertEquals(Verdict.GOOD, Verdict.of(3, OptionalDouble.of(20), OptionalDouble.of(20)));
        assertEquals(Verdict.GOOD, Verdict.of(3, OptionalDouble.of(90), OptionalDouble.of(20)));
        assertEquals(Verdict.WEAK, Verdict.of(3, OptionalDouble.of(50), OptionalDouble.of(0)));
        assertEquals(Verdict.TOO_HARD, Verdict.of(3, OptionalDouble.of(19.9), OptionalDouble.of(20)));
        assertEquals(Verdict.TOO_EASY, Verdict.of(3, OptionalDouble.of(90.1), OptionalDouble.of(20)));
    }

    @Test
    void fractionOutsideZeroToOneIsRejected() {
        assertThrows(IllegalArgumentException.class, () -> new AttemptScores(1, Map.of("q", 1.5)));
        assertThrows(IllegalArgumentException.class, () -> new AttemptScores(1, Map.of("q", -0.1)));
        assertThrows(IllegalArgumentException.class, () -> new AttemptScores(1, Map.of("q", Double.NaN)));
        Map<String, Double> withNulls = new HashMap<>();
        withNulls.put("q", null);
        assertThrows(IllegalArgumentException.class, () -> new AttemptScores(1, withNulls));
        withNulls.clear();
        withNulls.put(null, 0.5);
        assertThrows(IllegalArgumentException.class, () -> new AttemptScores(1, withNulls));
        assertThrows(IllegalArgumentException.class, () -> new AttemptScores(1, null));
    }

    @Test
    void attemptKeepsItsOwnCopyOfTheScores() {
        Map<String, Double> scores = new HashMap<>(Map.of("q", 0.5));
        AttemptScores attempt = new AttemptScores(1, scores);
        scores.put("q", 1.0);

        assertEquals(Map.of("q", 0.5), attempt.fractionByQuestion());
    }

    @Test
    void questionsComeSortedByName() {
        // String order, not numeric: "q10" sorts before "q2".
        List<ItemStatistics> items = ItemAnalysis.of(List.of(
                new AttemptScores(1, Map.of("q2", 1.0, "q10", 0.0)),
                new AttemptScores(2, Map.of("q1", 0.5, "q2", 0.0))));

        assertEquals(List.of("q1", "q10", "q2"), items.stream().map(ItemStatistics::question).toList());
    }

    @Test
    void noAttemptsGiveNoStatisticsAndAMissingListIsRefused() {
        assertEquals(List.of(), ItemAnalysis.of(List.of()));
        assertThrows(IllegalArgumentException.class, () -> ItemAnalysis.of(null));
    }

    private static ItemStatistics single(List<ItemStatistics> items) {
        assertEquals(1, items.size());
        return items.get(0);
    }

    private static ItemStatistics named(List<ItemStatistics> items, String question) {
        return items.stream().filter(item -> item.question().equals(question)).findFirst().orElseThrow();
    }
}
