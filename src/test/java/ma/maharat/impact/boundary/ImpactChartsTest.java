package ma.maharat.impact.boundary;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.json.Json;
import jakarta.json.JsonArray;
import jakarta.json.JsonObject;
import java.io.StringReader;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import ma.maharat.impact.control.ImpactReport;
import ma.maharat.impact.entity.FollowUpRound;
import org.junit.jupiter.api.Test;

/** The orders over time: one line per cohort, a point per round, a gap (not a zero) where a round is not recorded. */
class ImpactChartsTest {

    private static final List<ImpactReport.Scope> COHORTS = List.of(new ImpactReport.Scope("cohort", 1L, "Cycle « 1 »", null, List.of()),
            new ImpactReport.Scope("cohort", 2L, "Cycle 2", null, List.of()));

    private static JsonObject chart(Map<Long, Map<FollowUpRound, Long>> values, boolean rightToLeft) {
        return Json.createReader(new StringReader(ImpactCharts.ordersOverTime(COHORTS, values, key -> "[" + key + "]", rightToLeft)))
                .readObject();
    }

    @Test
    void eachCohortIsALineWithAPointPerRecordedRoundAndAGapForTheOthers() {
        Map<FollowUpRound, Long> first = new EnumMap<>(FollowUpRound.class);
        first.put(FollowUpRound.BASELINE, 90_000L);
        first.put(FollowUpRound.MONTHS_3, 0L);
        first.put(FollowUpRound.MONTHS_6, 533_000L);
        JsonObject chart = chart(Map.of(1L, first), false);

        assertEquals("line", chart.getString("type"));
        assertEquals(List.of("[impactHome.round.BASELINE]", "[impactHome.round.MONTHS_3]", "[impactHome.round.MONTHS_6]",
                "[impactHome.round.MONTHS_12]"), chart.getJsonObject("data").getJsonArray("labels").getValuesAs(v -> v.toString().replace("\"", "")));
        JsonArray datasets = chart.getJsonObject("data").getJsonArray("datasets");
        assertEquals(2, datasets.size());
        assertEquals("Cycle « 1 »", datasets.getJsonObject(0).getString("label"));
        assertEquals("[90000,0,533000,null]", datasets.getJsonObject(0).getJsonArray("data").toString(),
                "a round with follow-ups but no order is 0; one not recorded yet is a gap");
        assertEquals("[null,null,null,null]", datasets.getJsonObject(1).getJsonArray("data").toString());
        assertTrue(!datasets.getJsonObject(0).getString("borderColor").equals(datasets.getJsonObject(1).getString("borderColor")),
                "each cohort its colour");
        assertEquals(false, chart.getJsonObject("options").getJsonObject("scales").getJsonObject("x").getBoolean("reverse"));
    }

    @Test
    void onAnArabicPageTimeRunsFromTheRight() {
        JsonObject scales = chart(Map.of(), true).getJsonObject("options").getJsonObject("scales");
        assertEquals(true, scales.getJsonObject("x").getBoolean("reverse"));
        assertEquals("right", scales.getJsonObject("y").getString("position"));
    }
}
