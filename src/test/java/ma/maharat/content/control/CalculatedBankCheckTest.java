package ma.maharat.content.control;

import static ma.maharat.content.control.CourseFixture.assertProblems;
import static ma.maharat.content.control.CourseFixture.problem;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import ma.maharat.content.entity.CourseReadResult;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The calculated questions file next to a course's GIFT bank, read with the course: problems with file and line. */
class CalculatedBankCheckTest {

    private static final String FILE = "sourcing/quiz/bank.calculated.yaml";
    private static final String GOOD = """
            - name: sourcing-c01
              category: sourcing/suppliers
              variables:
                metres: {values: [800, 1200], ar: الكمية, fr: quantité}
                price: {from: 28, to: 34, step: 2, ar: الثمن, fr: prix}
              answer: {formula: metres * price, tolerance: 1, range: [0, 50000]}
              text:
                ar: "{metres} م بثمن {price} درهم. ما الكلفة؟"
                fr: "{metres} m à {price} MAD. Quel coût ?"
            """;

    @TempDir
    Path modulesContent;

    private Path course;

    @BeforeEach
    void writeValidCourse() {
        course = new CourseFixture(modulesContent).validCourse("sourcing");
    }

    private CourseReadResult read() {
        return new CourseFolderReader(new GiftQuestionBankCheck()).read(course);
    }

    @Test
    void aGoodFileIsReadWithTheBank() {
        CourseFixture.write(course, "quiz/bank.calculated.yaml", GOOD);
        CourseReadResult result = read();
        assertProblems(result);
        assertTrue(result.course().orElseThrow().quizBank().calculatedFile().isPresent());
    }

    @Test
    void aCourseWithoutTheFileHasNoCalculatedQuestions() {
        assertTrue(read().course().orElseThrow().quizBank().calculatedFile().isEmpty());
    }

    @Test
    void anUnknownModuleAndANameOfTheGiftBankAreRefusedAtTheQuestionsLine() {
        CourseFixture.write(course, "quiz/bank.calculated.yaml", GOOD.replace("sourcing/suppliers", "sourcing/nowhere")
                .replace("sourcing-c01", "sourcing-q01"));
        assertProblems(read(),
                problem(FILE, 1, "question 'sourcing-q01': category 'sourcing/nowhere' is not sourcing/<module-id> of a module of course.yaml"
                        + " (modules: suppliers)"),
                problem(FILE, 1, "question 'sourcing-q01' is also a question of the GIFT bank: a name is one question"));
    }

    @Test
    void aFormulaThatDividesByZeroSomewhereInTheRangeIsRefusedWithTheValues() {
        CourseFixture.write(course, "quiz/bank.calculated.yaml", GOOD.replace("metres * price", "metres / ABS(price - 30)"));
        CourseReadResult result = read();
        assertEquals(1, result.problems().size(), result.problems().toString());
        assertEquals(FILE, result.problems().get(0).file());
        assertEquals(6, result.problems().get(0).line());
        assertTrue(result.problems().get(0).message().contains("price=30"), result.problems().get(0).message());
    }
}
