package ma.maharat.training.boundary;

import jakarta.json.Json;
import jakarta.json.JsonArrayBuilder;
import java.util.List;
import java.util.function.Function;
import ma.maharat.training.boundary.CohortProgressGrid.CourseGrid;
import ma.maharat.training.boundary.CohortProgressGrid.TraineeRow;
import ma.maharat.platform.chart.HorizontalBars;

/**
 * The small chart above a cohort's progress grid: for each course of the programme, how many of its
 * trainees finished every lesson, are on the way, or have not started — a horizontal stacked bar per
 * course, so a trainer sees at a glance which course lags. Written as a Chart.js configuration for
 * PrimeFaces' own {@code p:chart} (its script comes with the page's CSP nonce; no other library), built
 * with JSON-P so titles with quotes or Arabic cannot break it. Bars run from the right on an Arabic page.
 */
final class CohortChart {

    /** The datasets' colours: done, on the way, not started (contrast checked against white). */
    private static final String[] COLOURS = {"#1f7a4d", "#d9a21b", "#b8bec8"};
    private static final String[] KEYS = {"progressGrid.chart.finished", "progressGrid.chart.started", "progressGrid.chart.notStarted"};

    private CohortChart() {
    }

    /** How many trainees finished every lesson, started, and did not start a course. */
    static int[] counts(CourseGrid course) {
        int[] counts = new int[3];
        for (TraineeRow row : course.trainees()) {
            if (row.lessonCount() > 0 && row.lessonsDone() >= row.lessonCount()) {
                counts[0]++;
            } else if (row.lessonsDone() > 0) {
                counts[1]++;
            } else {
                counts[2]++;
            }
        }
        return counts;
    }

    /** The Chart.js configuration (type, data, options) as JSON. */
    static String of(List<CourseGrid> courses, Function<String, String> words, boolean rightToLeft) {
        JsonArrayBuilder labels = Json.createArrayBuilder();
        courses.forEach(c -> labels.add(c.title()));
        List<int[]> counts = courses.stream().map(CohortChart::counts).toList();
        JsonArrayBuilder datasets = Json.createArrayBuilder();
        for (int d = 0; d < KEYS.length; d++) {
            JsonArrayBuilder data = Json.createArrayBuilder();
            for (int[] c : counts) {
                data.add(c[d]);
            }
            datasets.add(Json.createObjectBuilder().add("label", words.apply(KEYS[d])).add("data", data)
                    .add("backgroundColor", COLOURS[d]).add("barThickness", 18));
        }
        return HorizontalBars.json(labels, datasets, rightToLeft, true);
    }
}
