package ma.maharat.authoring.boundary;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Random;
import ma.maharat.platform.i18n.Language;
import ma.maharat.quiz.calculated.CalculatedPreview;
import ma.maharat.quiz.calculated.CalculatedQuestion;
import ma.maharat.quiz.calculated.CalculatedQuestionReader;
import org.junit.jupiter.api.Test;

/** Which files the draft's text editor opens, and the example a new calculated questions file starts from. */
class FileEditorTest {

    @Test
    void theCalculatedQuestionsFileIsEditedNextToTheBanks() {
        assertTrue(FileEditor.isEditable("course.yaml"));
        assertTrue(FileEditor.isEditable("quiz/bank.fr.gift"));
        assertTrue(FileEditor.isEditable("quiz/bank.calculated.yaml"));
        assertFalse(FileEditor.isEditable("quiz/bank.calculated.yml"));
        assertFalse(FileEditor.isEditable("quiz/../course.calculated.yaml"));
        assertFalse(FileEditor.isEditable("lessons/cost.calculated.yaml"));
        assertFalse(FileEditor.isEditable(null));
        assertEquals("quiz/bank", FileEditor.bankOf("quiz/bank.calculated.yaml"));
    }

    @Test
    void theExampleReadsWithoutProblemsUnderTheCoursesFirstCategoryAndPreviews() {
        String example = FileEditor.template("sourcing", List.of("sourcing/fibres", "sourcing/suppliers"));
        CalculatedQuestionReader.Reading reading = new CalculatedQuestionReader().read(example);
        assertEquals(List.of(), reading.problems());
        CalculatedQuestion question = reading.questions().get(0);
        assertEquals("sourcing-c-new", question.name());
        assertEquals("sourcing/fibres", question.category());
        assertEquals("DH", question.unit(Language.FR));
        assertEquals("درهم", question.unit(Language.AR));
        CalculatedPreview preview = CalculatedPreview.draw(question, new Random(2), Language.AR);
        assertFalse(preview.text().contains("{"), preview.text());
        assertEquals(3, preview.worked().steps().size() + 1, "one step, then the answer: " + preview.worked().steps());
    }
}
