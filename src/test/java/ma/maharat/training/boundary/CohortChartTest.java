package ma.maharat.training.boundary;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;

import jakarta.json.Json;
import jakarta.json.JsonObject;
import java.io.StringReader;
import java.util.List;
import ma.maharat.training.boundary.CohortProgressGrid.CourseGrid;
import ma.maharat.training.boundary.CohortProgressGrid.TraineeRow;
import org.junit.jupiter.api.Test;

class CohortChartTest {

    private static TraineeRow row(int done, int count) {
        return new TraineeRow(done, "t" + done, "T", "C", List.of(), done, count, null, false, false, 0);
    }

    private static final CourseGrid MODELING = new CourseGrid("modeling", "Modélisme « \"avancé\" »", List.of(),
            List.of(row(4, 4), row(2, 4), row(0, 4), row(0, 4)), 1, 0);
    private static final CourseGrid EMPTY = new CourseGrid("sourcing", "التوريد", List.of(), List.of(row(0, 0)), 0, 0);

    @Test
    void countsFinishedStartedAndNotStarted() {
        assertArrayEquals(new int[] {1, 1, 2}, CohortChart.counts(MODELING));
        assertArrayEquals(new int[] {0, 0, 1}, CohortChart.counts(EMPTY), "a course without lessons is not finished by anyone");
    }

    @Test
    void configurationIsValidJsonWithOneStackPerCourse() {
        JsonObject chart = Json.createReader(new StringReader(CohortChart.of(List.of(MODELING, EMPTY), key -> "«" + key + "»", true)))
                .readObject();
        assertEquals("bar", chart.getString("type"));
        assertEquals(List.of("Modélisme « \"avancé\" »", "التوريد"), chart.getJsonObject("data").getJsonArray("labels")
                .getValuesAs(jakarta.json.JsonString.class).stream().map(jakarta.json.JsonString::getString).toList());
        var datasets = chart.getJsonObject("data").getJsonArray("datasets");
        assertEquals(3, datasets.size());
        assertEquals("«progressGrid.chart.notStarted»", datasets.getJsonObject(2).getString("label"));
        assertEquals(2, datasets.getJsonObject(2).getJsonArray("data").getInt(0));
        assertEquals("y", chart.getJsonObject("options").getString("indexAxis"));
        assertEquals(true, chart.getJsonObject("options").getJsonObject("scales").getJsonObject("x").getBoolean("reverse"),
                "bars grow from the right on an Arabic page");
    }
}
