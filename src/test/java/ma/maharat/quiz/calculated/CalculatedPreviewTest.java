package ma.maharat.quiz.calculated;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.ObjectOutputStream;
import java.math.BigDecimal;
import java.util.List;
import java.util.Map;
import java.util.Random;
import ma.maharat.platform.i18n.Language;
import org.junit.jupiter.api.Test;

/** The authoring preview: a fresh draw, the question as read with it, the answer with unit and tolerance, the steps. */
class CalculatedPreviewTest {

    private final CalculatedQuestion aql = new CalculatedQuestionReader().read(CalculatedQuestionReaderTest.AQL).questions().get(0);

    @Test
    void aDrawShowsTheQuestionWithItsValuesAndTheAnswerForThem() {
        CalculatedPreview preview = CalculatedPreview.draw(aql, new Random(3), Language.FR);
        Map<String, BigDecimal> values = DrawnValues.read(preview.values());
        assertEquals(DrawnValues.write(aql.draw(new Random(3))), preview.values(), "the preview's values are the draw");
        assertEquals("quality-c01", preview.name());
        assertTrue(preview.text().startsWith("Un lot de " + values.get("lot").toPlainString() + " pièces"), preview.text());
        assertTrue(preview.text().contains("NQA " + CalculatedQuestion.written(values.get("aql"), Language.FR) + "."), preview.text());
        BigDecimal answer = aql.solve(values).answer();
        assertEquals(CalculatedQuestion.written(answer, Language.FR), preview.worked().answer());
        assertEquals("pièces", preview.worked().unit());
        assertEquals("0", preview.worked().tolerance());
        // Her values with their labels, the step, then the answer; the AQL row once.
        assertEquals(List.of("taille du lot", "NQA"), preview.worked().values().stream().map(WorkedSolution.Line::label).toList());
        assertEquals(2, preview.worked().steps().size());
        assertEquals("calc.table.aql", preview.worked().steps().get(0).tables().get(0).key());
        assertEquals("unanswered", preview.worked().departure(), "the author gave no answer");
    }

    @Test
    void theArabicPreviewWritesTheArabicTextAndUnitWithADecimalComma() {
        Random random = new Random(11);
        CalculatedPreview preview = CalculatedPreview.draw(aql, random, Language.AR);
        Map<String, BigDecimal> values = DrawnValues.read(preview.values());
        assertTrue(preview.text().startsWith("دفعة من " + values.get("lot").toPlainString()), preview.text());
        assertTrue(preview.text().contains(CalculatedQuestion.written(values.get("aql"), Language.AR)), preview.text());
        assertEquals("قطعة", preview.worked().unit());
        assertEquals("حجم الدفعة", preview.worked().values().get(0).label());
    }

    @Test
    void drawsDifferFromOneClickToTheNext() {
        Random random = new Random(5);
        long distinct = java.util.stream.IntStream.range(0, 20).mapToObj(i -> CalculatedPreview.draw(aql, random, Language.FR).values())
                .distinct().count();
        assertTrue(distinct > 5, "20 draws of a 63-point grid gave " + distinct + " different sets");
    }

    @Test
    void aPreviewIsKeptInViewScopeSoItSerializes() throws IOException {
        CalculatedPreview preview = CalculatedPreview.draw(aql, new Random(1), Language.FR);
        try (ObjectOutputStream out = new ObjectOutputStream(new ByteArrayOutputStream())) {
            out.writeObject(preview);
        }
    }
}
