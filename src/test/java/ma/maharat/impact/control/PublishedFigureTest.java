package ma.maharat.impact.control;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import java.util.Map;
import java.util.function.Function;
import org.junit.jupiter.api.Test;

class PublishedFigureTest {

    private static final Function<String, String> WORDS = Map.of("impact.mad", "MAD", "impact.notMeasured", "Pas encore mesuré",
            "partnersReport.points", "{0} points (n = {1})")::get;

    @Test
    void countsBelowFiveEitherWayAreWithheldAndOthersGroupedByThousands() {
        assertEquals("< 5", PublishedFigure.of(Indicator.count("k", "8.5", 4), WORDS));
        assertEquals("< 5", PublishedFigure.of(Indicator.count("k", "8.5", -4), WORDS), "jobs lost are people too");
        assertEquals("< 5", PublishedFigure.of(Indicator.count("k", "8.5", 0), WORDS));
        assertEquals("5", PublishedFigure.of(Indicator.count("k", "8.5", 5), WORDS));
        assertEquals("-12", PublishedFigure.of(Indicator.count("k", "8.5", -12), WORDS));
        assertEquals("1 400", PublishedFigure.of(Indicator.count("k", "9.3", 1400), WORDS));
    }

    @Test
    void aShareIsGivenOnlyWhenItsCountAndBaseAreBothAtLeastFive() {
        assertEquals("62 % (13 / 21)", PublishedFigure.of(Indicator.share("k", "8.5", 13, 21), WORDS));
        assertEquals("< 5", PublishedFigure.of(Indicator.share("k", "8.5", 3, 21), WORDS), "the count is small");
        assertEquals("< 5", PublishedFigure.of(Indicator.share("k", "8.5", 4, 4), WORDS), "the base is small");
        assertEquals("< 5", PublishedFigure.of(Indicator.share("k", "8.5", 0, 0), WORDS), "nothing divided by zero");
    }

    @Test
    void moneyIsGivenWhateverItsSizeAndAMeanInPointsOnlyOverFivePeople() {
        assertEquals("533 000 MAD", PublishedFigure.of(Indicator.mad("k", "8.3", 533_000), WORDS));
        assertEquals("3 MAD", PublishedFigure.of(Indicator.mad("k", "8.3", 3), WORDS));
        assertEquals("+31.5 points (n = 9)", PublishedFigure.of(Indicator.points("k", "8.5", 31.5, 9), WORDS));
        assertEquals("< 5", PublishedFigure.of(Indicator.points("k", "8.5", 31.5, 4), WORDS));
        assertEquals("Pas encore mesuré", PublishedFigure.of(Indicator.notMeasured("k", "8.5"), WORDS));
    }

    @Test
    void theArabicPagePutsTheMainFigureAtTheRightEdgeOfItsLeftToRightCell() {
        Function<String, String> arabic = Map.of("impact.mad", "درهم", "impact.notMeasured", "لم يُقس بعد")::get;
        assertEquals("درهم 533 000", PublishedFigure.ofRightToLeftPage(Indicator.mad("k", "8.3", 533_000), arabic));
        assertEquals("(13 / 21)  62 %", PublishedFigure.ofRightToLeftPage(Indicator.share("k", "8.5", 13, 21), arabic));
        assertEquals("(n = 9)  +31.5", PublishedFigure.ofRightToLeftPage(Indicator.points("k", "8.5", 31.5, 9), arabic));
        assertEquals("< 5", PublishedFigure.ofRightToLeftPage(Indicator.count("k", "8.5", 2), arabic));
    }

    @Test
    void aChartDrawsOnlyWhatMayBePublished() {
        assertNull(PublishedFigure.drawable(Indicator.count("k", "8.5", 1)));
        assertEquals(8L, PublishedFigure.drawable(Indicator.count("k", "8.5", 8)));
        assertEquals(3L, PublishedFigure.drawable(Indicator.mad("k", "8.3", 3)), "money is not a count of people");
        assertNull(PublishedFigure.drawable(Indicator.notMeasured("k", "8.5")));
    }
}
