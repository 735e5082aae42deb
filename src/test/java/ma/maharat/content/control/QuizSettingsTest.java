package ma.maharat.content.control;

import static ma.maharat.content.control.CourseFixture.assertProblems;
import static ma.maharat.content.control.CourseFixture.editManifest;
import static ma.maharat.content.control.CourseFixture.problem;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.nio.file.Path;
import java.util.Optional;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import ma.maharat.content.entity.CourseDefinition;
import ma.maharat.content.entity.CourseReadResult;
import ma.maharat.content.entity.QuizSettings;

/**
 * The quiz settings of course.yaml: the course quiz's keys beside {@code bank}, and a lesson's own
 * {@code quiz:}. Written into {@link CourseFixture}'s manifest, where the course quiz's new keys start on
 * line 23 (after {@code bank} on line 22) and a quiz given to the first lesson is on line 18, its keys
 * from line 19. The French bank holds three questions: one filed under no category, then two under
 * {@code $CATEGORY: sourcing/suppliers}, the fixture's only module.
 */
class QuizSettingsTest {

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

    /** Adds lines (indented by two spaces) to the course quiz, after {@code bank}: the first is line 23. */
    private void courseQuiz(String lines) {
        editManifest(course, "  bank: quiz/bank\n", "  bank: quiz/bank\n" + lines.indent(2));
    }

    /** Gives the first lesson a quiz with these lines: {@code quiz:} on line 18, the lines from 19. */
    private void firstLessonQuiz(String lines) {
        editManifest(course, "        minutes: 40\n", "        minutes: 40\n        quiz:\n" + lines.indent(10));
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

    // The course quiz, malformed

    @Test
    void zeroQuestionsIsNotAPositiveNumber() {
        courseQuiz("questions: 0");
        assertProblems(rejected(), problem(MANIFEST, 23, "questions in quiz must be a positive whole number, found '0'"));
    }

    @Test
    void negativeQuestionsIsNotAPositiveNumber() {
        courseQuiz("questions: -5");
        assertProblems(rejected(), problem(MANIFEST, 23, "questions in quiz must be a positive whole number, found '-5'"));
    }

    @Test
    void questionsThatIsNotAWholeNumberIsReportedWithTheValueFound() {
        courseQuiz("questions: 2.5");
        assertProblems(rejected(), problem(MANIFEST, 23, "questions in quiz must be a positive whole number, found '2.5'"));
    }

    @Test
    void questionsWrittenAsAWordIsNotANumber() {
        courseQuiz("questions: all");
        assertProblems(rejected(), problem(MANIFEST, 23, "questions in quiz must be a positive whole number, found 'all'"));
    }

    @Test
    void minutesInQuotesIsAText() {
        courseQuiz("minutes: \"20\"");
        assertProblems(rejected(), problem(MANIFEST, 23, "minutes in quiz must be a number without quotes, found '20' in quotes"));
    }

    @Test
    void zeroAttemptsIsNotAPositiveNumber() {
        courseQuiz("attempts: 0");
        assertProblems(rejected(), problem(MANIFEST, 23, "attempts in quiz must be a positive whole number, found '0'"));
    }

    @Test
    void passMarkAbove100IsRejected() {
        courseQuiz("passMark: 101");
        assertProblems(rejected(), problem(MANIFEST, 23, "passMark in quiz must be a whole number from 0 to 100, found '101'"));
    }

    @Test
    void passMarkWithAPercentSignIsRejected() {
        courseQuiz("passMark: 60%");
        assertProblems(rejected(), problem(MANIFEST, 23, "passMark in quiz must be a whole number from 0 to 100, found '60%'"));
    }

    @Test
    void unknownReviewWordIsReportedAtItsLineWithASuggestion() {
        courseQuiz("""
                review:
                  - score
                  - answer
                """);
        assertProblems(rejected(), problem(MANIFEST, 25, "unknown review word 'answer' in quiz (did you mean 'answers'?)"));
    }

    @Test
    void reviewWordFarFromAnyListsTheAllowedWords() {
        courseQuiz("review: [score, solutions]");
        assertProblems(rejected(), problem(MANIFEST, 23,
                "unknown review word 'solutions' in quiz (allowed: score, answers, feedback)"));
    }

    @Test
    void reviewWordListedTwiceIsReported() {
        courseQuiz("review: [score, score]");
        assertProblems(rejected(), problem(MANIFEST, 23, "review word 'score' is listed twice in quiz"));
    }

    @Test
    void reviewMustBeAList() {
        courseQuiz("review: score");
        assertProblems(rejected(), problem(MANIFEST, 23, "review in quiz must be a list of what the trainee sees"
                + " after submitting, among score, answers, feedback, e.g. [score, feedback]"));
    }

    @Test
    void misspeltQuizKeyIsReportedWithASuggestion() {
        courseQuiz("attempt: 3");
        assertProblems(rejected(), problem(MANIFEST, 23, "unknown key 'attempt' in quiz (did you mean 'attempts'?)"));
    }

    @Test
    void courseQuizCannotDrawMoreQuestionsThanTheFrenchBankHas() {
        courseQuiz("questions: 15");
        assertProblems(rejected(), problem(MANIFEST, 23, "quiz draws 15 questions but quiz/bank.fr.gift has 3"));
    }

    // A lesson quiz, malformed

    @Test
    void unknownKeyInALessonQuizListsTheAllowedKeys() {
        firstLessonQuiz("""
                questions: 1
                bank: quiz/bank
                """);
        assertProblems(rejected(), problem(MANIFEST, 20,
                "unknown key 'bank' in quiz of lesson 'finding-suppliers' (allowed keys: questions, minutes, attempts, passMark, review)"));
    }

    @Test
    void misspeltKeyInALessonQuizIsReportedWithASuggestion() {
        firstLessonQuiz("""
                questions: 1
                pasMark: 50
                """);
        assertProblems(rejected(), problem(MANIFEST, 20,
                "unknown key 'pasMark' in quiz of lesson 'finding-suppliers' (did you mean 'passMark'?)"));
    }

    @Test
    void lessonQuizWithoutQuestionsIsReportedAtItsQuizKey() {
        firstLessonQuiz("passMark: 50");
        assertProblems(rejected(), problem(MANIFEST, 18, "missing required key 'questions' in quiz of lesson 'finding-suppliers'"));
    }

    @Test
    void lessonQuizMustBeAMap() {
        editManifest(course, "        minutes: 40\n", "        minutes: 40\n        quiz: 2\n");
        assertProblems(rejected(), problem(MANIFEST, 18,
                "quiz of lesson 'finding-suppliers' must be a map with at least the key questions, e.g. quiz: {questions: 2}"));
    }

    @Test
    void lessonQuizCannotDrawMoreQuestionsThanItsModuleCategoryHas() {
        firstLessonQuiz("questions: 3");
        assertProblems(rejected(), problem(MANIFEST, 19, "quiz of lesson 'finding-suppliers' draws 3 questions"
                + " but quiz/bank.fr.gift has 2 under $CATEGORY: sourcing/suppliers"));
    }

    @Test
    void lessonQuizOfAModuleWithoutQuestionsSaysSo() {
        CourseFixture.write(course, "quiz/bank.fr.gift", "::sourcing-q01:: Un bon fournisseur livre à temps {T}\n");
        firstLessonQuiz("questions: 1");
        assertProblems(rejected(), problem(MANIFEST, 19, "quiz of lesson 'finding-suppliers' draws 1 question"
                + " but quiz/bank.fr.gift has none under $CATEGORY: sourcing/suppliers"));
    }

    @Test
    void everyLessonQuizProblemIsReportedAtOnce() {
        firstLessonQuiz("""
                questions: 0
                minutes: twenty
                passMark: -1
                review: [score, marks]
                """);
        assertProblems(rejected(),
                problem(MANIFEST, 19, "questions in quiz of lesson 'finding-suppliers' must be a positive whole number, found '0'"),
                problem(MANIFEST, 20, "minutes in quiz of lesson 'finding-suppliers' must be a positive whole number, found 'twenty'"),
                problem(MANIFEST, 21, "passMark in quiz of lesson 'finding-suppliers' must be a whole number from 0 to 100, found '-1'"),
                problem(MANIFEST, 22, "unknown review word 'marks' in quiz of lesson 'finding-suppliers' (allowed: score, answers, feedback)"));
    }

    // Accepted settings reach the course definition

    @Test
    void onlyABankGivesTheDefaultsAndLessonsHaveNoQuiz() {
        CourseDefinition definition = accepted();
        assertEquals(new QuizSettings(null, null, null, 60, true, true, true), definition.quiz());
        assertEquals(QuizSettings.defaults(), definition.quiz());
        definition.lessons().forEach(lesson -> assertEquals(Optional.empty(), lesson.quiz(), lesson.id()));
    }

    @Test
    void everyCourseQuizSettingIsRead() {
        courseQuiz("""
                questions: 3
                minutes: 20
                attempts: 2
                passMark: 75
                review: [score, feedback]
                """);
        assertEquals(new QuizSettings(3, 20, 2, 75, true, false, true), accepted().quiz());
    }

    @Test
    void emptyReviewShowsNothingAndZeroIsAPassMark() {
        courseQuiz("""
                passMark: 0
                review: []
                """);
        assertEquals(new QuizSettings(null, null, null, 0, false, false, false), accepted().quiz());
    }

    @Test
    void lessonQuizIsReadWithItsDefaultsAndOtherLessonsHaveNone() {
        firstLessonQuiz("""
                questions: 2
                passMark: 50
                """);
        CourseDefinition definition = accepted();
        assertEquals(Optional.of(new QuizSettings(2, null, null, 50, true, true, true)),
                definition.lesson("finding-suppliers").orElseThrow().quiz());
        assertEquals(Optional.empty(), definition.lesson("comparing-offers").orElseThrow().quiz());
        assertEquals(QuizSettings.defaults(), definition.quiz());
    }

    @Test
    void lessonQuizWithEverySettingIsRead() {
        firstLessonQuiz("""
                questions: 1
                minutes: 5
                attempts: 1
                passMark: 100
                review:
                  - answers
                """);
        assertEquals(Optional.of(new QuizSettings(1, 5, 1, 100, false, true, false)),
                accepted().lesson("finding-suppliers").orElseThrow().quiz());
    }

    @Test
    void quizzesMayDrawEveryQuestionTheyHave() {
        courseQuiz("questions: 3");
        firstLessonQuiz("questions: 2");
        CourseDefinition definition = accepted();
        assertEquals(3, definition.quiz().questions());
        assertEquals(2, definition.lesson("finding-suppliers").orElseThrow().quiz().orElseThrow().questions());
    }

    @Test
    void settingsOutsideTheirRangeCannotBeBuilt() {
        assertThrows(IllegalArgumentException.class, () -> new QuizSettings(null, null, null, 101, true, true, true));
        assertThrows(IllegalArgumentException.class, () -> new QuizSettings(0, null, null, 60, true, true, true));
    }
}
