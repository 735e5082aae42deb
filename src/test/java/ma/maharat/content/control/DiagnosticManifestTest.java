package ma.maharat.content.control;

import static ma.maharat.content.control.CourseFixture.assertProblems;
import static ma.maharat.content.control.CourseFixture.editManifest;
import static ma.maharat.content.control.CourseFixture.problem;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;

import java.nio.file.Path;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import ma.maharat.content.entity.CourseDefinition;
import ma.maharat.content.entity.CourseReadResult;
import ma.maharat.content.entity.DiagnosticSettings;

/**
 * The {@code diagnostic:} block of course.yaml, written after {@link CourseFixture}'s manifest: the key on
 * line 23, its entries from line 24. The French bank holds three questions: one filed under no category,
 * then two under {@code $CATEGORY: sourcing/suppliers}.
 */
class DiagnosticManifestTest {

    private static final String MANIFEST = "sourcing/course.yaml";

    @TempDir
    Path modulesContent;

    private Path course;
    private final CourseFolderReader reader = new CourseFolderReader();

    @BeforeEach
    void writeValidCourseWithACategorisedBank() {
        course = new CourseFixture(modulesContent).validCourse("sourcing");
        CourseFixture.write(course, "quiz/bank.fr.gift", """
                ::sourcing-q01:: Un bon fournisseur livre à temps {T}

                $CATEGORY: sourcing/suppliers

                ::sourcing-q02:: Le devis le moins cher est toujours le meilleur {F}

                ::sourcing-q03:: On compare les prix transport compris {T}
                """);
        CourseFixture.write(course, "quiz/bank.ar.gift", """
                ::sourcing-q01:: المورد الجيد يسلّم في الوقت {T}

                $CATEGORY: sourcing/suppliers

                ::sourcing-q02:: العرض الأرخص هو الأفضل دائما {F}

                ::sourcing-q03:: نقارن الأسعار مع احتساب النقل {T}
                """);
    }

    /** Appends a diagnostic block: {@code diagnostic:} on line 23, these lines from 24. */
    private void diagnostic(String lines) {
        editManifest(course, "  bank: quiz/bank\n", "  bank: quiz/bank\ndiagnostic:\n" + lines.indent(2));
    }

    private CourseReadResult rejected() {
        CourseReadResult result = reader.read(course);
        assertFalse(result.isValid(), "the course should be rejected");
        return result;
    }

    private CourseDefinition accepted() {
        CourseReadResult result = reader.read(course);
        assertProblems(result);
        return result.course().orElseThrow();
    }

    @Test
    void aCourseWithoutDiagnosticHasNone() {
        assertNull(accepted().diagnostic());
    }

    @Test
    void questionsAloneDrawFromTheWholeBankAndTheSameItemsAfter() {
        diagnostic("questions: 3");
        assertEquals(new DiagnosticSettings(3, null, false), accepted().diagnostic());
    }

    @Test
    void aCategoryAndAParallelFormAreRead() {
        diagnostic("""
                questions: 1
                category: sourcing/suppliers
                form: parallel
                """);
        assertEquals(new DiagnosticSettings(1, "sourcing/suppliers", true), accepted().diagnostic());
    }

    @Test
    void sameFormIsTheDefaultWrittenOut() {
        diagnostic("{questions: 2, form: same}");
        assertEquals(new DiagnosticSettings(2, null, false), accepted().diagnostic());
    }

    @Test
    void aParallelFormNeedsTwiceAsManyQuestionsInItsCategory() {
        diagnostic("""
                questions: 2
                category: sourcing/suppliers
                form: parallel
                """);
        assertProblems(rejected(), problem(MANIFEST, 24, "diagnostic draws 2 questions twice, other ones after (form: parallel),"
                + " so it needs 4 but quiz/bank.fr.gift has 2 under $CATEGORY: sourcing/suppliers"));
    }

    @Test
    void moreQuestionsThanTheBankHoldsIsReported() {
        diagnostic("questions: 4");
        assertProblems(rejected(), problem(MANIFEST, 24, "diagnostic draws 4 questions but quiz/bank.fr.gift has 3"));
    }

    @Test
    void aCategoryThatFilesNoQuestionIsReportedAtItsLine() {
        diagnostic("""
                questions: 1
                category: sourcing/supplier
                """);
        assertProblems(rejected(), problem(MANIFEST, 25, "diagnostic category 'sourcing/supplier' files no question in"
                + " quiz/bank.fr.gift (write a $CATEGORY: line of the bank, e.g. sourcing/diagnostic)"));
    }

    @Test
    void anUnknownFormIsReported() {
        diagnostic("""
                questions: 1
                form: other
                """);
        assertProblems(rejected(), problem(MANIFEST, 25, "form in diagnostic must be same (the same questions before and after)"
                + " or parallel (other questions of the same category after), found 'other'"));
    }

    @Test
    void zeroQuestionsIsNotAPositiveNumber() {
        diagnostic("questions: 0");
        assertProblems(rejected(), problem(MANIFEST, 24, "questions in diagnostic must be a positive whole number, found '0'"));
    }

    @Test
    void questionsAreRequired() {
        diagnostic("form: same");
        assertProblems(rejected(), problem(MANIFEST, 23, "missing required key 'questions' in diagnostic"));
    }

    @Test
    void aBankOfItsOwnIsAnUnknownKey() {
        diagnostic("""
                questions: 1
                bank: quiz/other
                """);
        assertProblems(rejected(), problem(MANIFEST, 25, "unknown key 'bank' in diagnostic (allowed keys: questions, category, form)"));
    }

    @Test
    void aDiagnosticThatIsNotAMapIsReported() {
        editManifest(course, "  bank: quiz/bank\n", "  bank: quiz/bank\ndiagnostic: 6\n");
        assertProblems(rejected(), problem(MANIFEST, 23,
                "diagnostic must be a map with at least the key questions, e.g. diagnostic: {questions: 6}"));
    }

    @Test
    void aLessonMayNotBeCalledDiagnosticWhenTheCourseHasOne() {
        editManifest(course, "- id: comparing-offers", "- id: diagnostic");
        CourseFixture.delete(course, "lessons/comparing-offers.fr.md");
        CourseFixture.delete(course, "lessons/comparing-offers.ar.md");
        CourseFixture.write(course, "lessons/diagnostic.fr.md", CourseFixture.FRENCH_LESSON);
        CourseFixture.write(course, "lessons/diagnostic.ar.md", CourseFixture.ARABIC_LESSON);
        diagnostic("questions: 1");
        assertProblems(rejected(), problem(MANIFEST, 18,
                "lesson id 'diagnostic' is reserved for the course's diagnostic: rename the lesson"));
    }
}
