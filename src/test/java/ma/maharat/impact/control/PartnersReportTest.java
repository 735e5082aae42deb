package ma.maharat.impact.control;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.ArrayList;
import java.util.List;
import java.util.stream.IntStream;
import ma.maharat.impact.entity.FollowUpRound;
import org.junit.jupiter.api.Test;

class PartnersReportTest {

    private static PartnersReport.Story story(String text) {
        return new PartnersReport.Story(new PartnersReport.Name("Coopérative", "تعاونية"), "Cycle", FollowUpRound.MONTHS_3, text);
    }

    @Test
    void chosenStoriesKeepTheirOrderLeaveOutTheEmptyOnesAndStopAtTheBound() {
        List<PartnersReport.Story> stories = new ArrayList<>(List.of(story("  "), story(null), story("first")));
        IntStream.range(0, 40).forEach(i -> stories.add(story("story " + i)));
        List<PartnersReport.Story> chosen = PartnersReport.chosen(stories);
        assertEquals(PartnersReport.MAX_STORIES, chosen.size());
        assertEquals("first", chosen.get(0).text());
        assertEquals("story 28", chosen.get(PartnersReport.MAX_STORIES - 1).text());
    }

    @Test
    void aNameIsGivenInTheReportsLanguageOrElseInTheOther() {
        assertEquals("تعاونية", new PartnersReport.Name("Coopérative", "تعاونية").in(true));
        assertEquals("Coopérative", new PartnersReport.Name("Coopérative", "تعاونية").in(false));
        assertEquals("Al Amal", new PartnersReport.Name("Al Amal", " ").in(true));
        assertEquals("الأمل", new PartnersReport.Name(null, "الأمل").in(false));
    }
}
