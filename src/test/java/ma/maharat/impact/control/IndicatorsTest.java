package ma.maharat.impact.control;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Collectors;
import ma.maharat.impact.entity.FollowUpRound;
import org.junit.jupiter.api.Test;

class IndicatorsTest {

    private static final long COHORT_1 = 1;
    private static final long COHORT_2 = 2;

    /** Two cohorts: cooperative 10 (women-led, Laâyoune) in both, 20 (Tarfaya) in the first only. */
    private static ImpactData data() {
        return new ImpactData(
                List.of(new ImpactData.Participation(COHORT_1, 10, "Laâyoune", true), new ImpactData.Participation(COHORT_1, 20, "Tarfaya", false),
                        new ImpactData.Participation(COHORT_2, 10, "Laâyoune", true)),
                List.of(new ImpactData.Trainee(COHORT_1, 100, 10, "FEMALE", 6, 6, true, 10, 9),
                        new ImpactData.Trainee(COHORT_1, 101, 10, "FEMALE", 6, 3, false, 10, 7),
                        new ImpactData.Trainee(COHORT_1, 200, 20, "MALE", 6, 0, false, 10, 4),
                        new ImpactData.Trainee(COHORT_1, 201, 20, null, 2, 1, false, 0, 0),
                        // The same woman again in the second cohort: one person, her enrolments counted per cohort.
                        new ImpactData.Trainee(COHORT_2, 100, 10, "FEMALE", 2, 2, false, 4, 4)),
                List.of(new ImpactData.FollowUpFigures(COHORT_1, 10, FollowUpRound.BASELINE, 1, 50, 10_000, 2, 0),
                        new ImpactData.FollowUpFigures(COHORT_1, 10, FollowUpRound.MONTHS_3, 2, 1400, 280_000, 5, 1),
                        new ImpactData.FollowUpFigures(COHORT_1, 10, FollowUpRound.MONTHS_6, 1, 100, 20_000, 7, 1),
                        // No baseline for 20: its orders count, its jobs cannot be compared.
                        new ImpactData.FollowUpFigures(COHORT_1, 20, FollowUpRound.MONTHS_3, 1, 10, 3_000, 9, 9)));
    }

    private static Map<String, Indicator> byKey(ImpactData data) {
        return Indicators.of(data).stream().collect(Collectors.toMap(Indicator::key, Function.identity()));
    }

    @Test
    void everyIndicatorIsComputedInTheOrderOfItsKeysWithAnSdgTarget() {
        List<Indicator> indicators = Indicators.of(data());
        assertEquals(Indicators.KEYS, indicators.stream().map(Indicator::key).toList());
        indicators.forEach(i -> assertEquals(true, i.sdgTarget().matches("[589]\\.\\d+"), i.key()));
    }

    @Test
    void cooperativesAreCountedOnceAndTheShareLedByWomenIsOfThem() {
        Map<String, Indicator> i = byKey(data());
        assertEquals(2, i.get("cooperativesTrained").value());
        assertEquals(1, i.get("womenLedShare").value());
        assertEquals(2, i.get("womenLedShare").base());
        assertEquals(50L, i.get("womenLedShare").percent());
    }

    @Test
    void peopleAreCountedOnceByGenderWithThoseWhoDidNotSay() {
        Map<String, Indicator> i = byKey(data());
        assertEquals(4, i.get("peopleTrained").value());
        assertEquals(2, i.get("womenTrained").value());
        assertEquals(1, i.get("menTrained").value());
        assertEquals(1, i.get("genderUnsaid").value());
    }

    @Test
    void completionCertificationAndAttendanceAreSharesOfTheirOwnBase() {
        Map<String, Indicator> i = byKey(data());
        assertEquals(List.of(12L, 22L), List.of(i.get("completionRate").value(), i.get("completionRate").base()));
        assertEquals(List.of(1L, 4L), List.of(i.get("certificationRate").value(), i.get("certificationRate").base()));
        assertEquals(List.of(24L, 34L), List.of(i.get("attendanceRate").value(), i.get("attendanceRate").base()));
        assertEquals(71L, i.get("attendanceRate").percent());
    }

    @Test
    void ordersAfterTrainingAreComparedWithTheBaseline() {
        Map<String, Indicator> i = byKey(data());
        assertEquals(1, i.get("ordersBaseline").value());
        assertEquals(4, i.get("ordersAfter").value());
        assertEquals(10_000, i.get("ordersValueBaseline").value());
        assertEquals(303_000, i.get("ordersValueAfter").value());
    }

    @Test
    void jobsCreatedAreTheLastRoundMinusTheBaselineOfCooperativesThatHaveBoth() {
        Map<String, Indicator> i = byKey(data());
        assertEquals(6, i.get("jobsCreated").value(), "cooperative 10: 8 paid jobs at 6 months, 2 at the baseline; 20 has no baseline");
        assertEquals(5, i.get("womenJobsCreated").value());
    }

    @Test
    void learningGainIsNotMeasuredWhileNobodyTookADiagnosticBeforeAndAfter() {
        Indicator gain = byKey(data()).get("learningGain");
        assertEquals(Indicator.Kind.NOT_MEASURED, gain.kind());
        assertEquals("", gain.published());
    }

    /** Five trainee-course pairs: gains of +40, +20, +10, 0 and -5 points, mean +13 over 5. */
    private static ImpactData withGains(int pairs) {
        double[][] scores = {{30, 70}, {50, 70}, {60, 70}, {80, 80}, {65, 60}};
        List<ImpactData.GainFigures> gains = new java.util.ArrayList<>();
        for (int i = 0; i < pairs; i++) {
            gains.add(new ImpactData.GainFigures(COHORT_1, i % 2 == 0 ? 10 : 20, 100 + i, 7, scores[i][0], scores[i][1]));
        }
        ImpactData facts = data();
        return new ImpactData(facts.participations(), facts.trainees(), facts.followUps(), gains);
    }

    @Test
    void learningGainIsTheMeanOfAfterMinusBeforeInPoints() {
        Indicator gain = byKey(withGains(5)).get("learningGain");
        assertEquals(Indicator.Kind.POINTS, gain.kind());
        assertEquals(130, gain.value(), "+13.0 points, kept in tenths");
        assertEquals(5, gain.base());
        assertEquals("+13.0", gain.published());
        assertEquals("5", gain.publishedBase());
        assertEquals("+10.0", byKey(withGains(5).ofCooperatives(java.util.Set.of(20L))).get("learningGain").signedPoints(),
                "cooperative 20's two pairs: +20 and 0, a mean of +10");
    }

    @Test
    void aLearningGainOverFewerThanFivePairsIsNotPublished() {
        Indicator gain = byKey(withGains(4)).get("learningGain");
        assertEquals("+17.5", gain.signedPoints(), "the administrator's screen still sees it");
        assertEquals(Indicator.SMALL, gain.published());
        assertEquals(Indicator.SMALL, gain.publishedBase());
    }

    @Test
    void emptyDataGivesZerosAndSharesWithoutPercentNeverADivisionByZero() {
        Map<String, Indicator> i = byKey(ImpactData.empty());
        assertEquals(0, i.get("peopleTrained").value());
        assertNull(i.get("completionRate").percent());
        assertNull(i.get("womenLedShare").percent());
        assertEquals(Indicator.SMALL, i.get("completionRate").published());
        assertEquals(0, i.get("jobsCreated").value());
    }

    @Test
    void aCohortAProvinceAndACooperativeAreFiltersOfTheSameFacts() {
        assertEquals(4, byKey(data().ofCohort(COHORT_1)).get("peopleTrained").value());
        assertEquals(1, byKey(data().ofCohort(COHORT_2)).get("peopleTrained").value());
        assertEquals(1, byKey(data().ofProvince("Tarfaya")).get("cooperativesTrained").value());
        assertEquals(2, byKey(data().ofCooperatives(Set.of(10L))).get("peopleTrained").value());
        assertEquals(0, byKey(data().ofProvince("Es-Semara")).get("cooperativesTrained").value());
        assertEquals(0, byKey(data().ofProvince(null)).get("cooperativesTrained").value(), "every cooperative here names its province");
    }

    @Test
    void smallCountsAreShownAsLessThanFiveOutsideTheScreen() {
        assertEquals("< 5", Indicator.count("k", "8.5", 4).published());
        assertEquals("< 5", Indicator.count("k", "8.5", 0).published());
        assertEquals("5", Indicator.count("k", "8.5", 5).published());
        assertEquals("< 5", Indicator.count("k", "8.5", -3).published(), "a small difference is a small count too");
        assertEquals("-7", Indicator.count("k", "8.5", -7).published());
    }

    @Test
    void aShareIsWithheldWhenItsCountOrItsBaseIsSmall() {
        assertEquals("< 5", Indicator.share("k", "8.5", 3, 20).published(), "3 of 20: the count would come back from the base");
        assertEquals("< 5", Indicator.share("k", "8.5", 4, 4).published());
        assertEquals("33 %", Indicator.share("k", "8.5", 5, 15).published());
        assertEquals(List.of("< 5", "20"), List.of(Indicator.share("k", "8.5", 3, 20).publishedValue(), Indicator.share("k", "8.5", 3, 20).publishedBase()));
        assertNull(Indicator.share("k", "8.5", 3, 20).publishedPercent());
        assertEquals(33L, Indicator.share("k", "8.5", 5, 15).publishedPercent());
    }

    @Test
    void sumsOfMoneyAreNotCountsAndAreGiven() {
        assertEquals("3000", Indicator.mad("k", "8.3", 3000).published());
    }
}
