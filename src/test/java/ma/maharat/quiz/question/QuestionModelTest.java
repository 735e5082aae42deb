package ma.maharat.quiz.question;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.function.Executable;

/** The invariants every question keeps, so that any instance can be graded and written as GIFT. */
class QuestionModelTest {

    private static final QuestionHeader HEADER = QuestionHeader.of("q", "Question?");

    private static void assertRejected(String message, Executable construction) {
        assertEquals(message, assertThrows(IllegalArgumentException.class, construction).getMessage());
    }

    @Test
    void wireNamesAreStable() {
        assertEquals(List.of("single_choice", "multiple_response", "true_false", "short_answer", "numerical", "matching"),
                Arrays.stream(QuestionType.values()).map(QuestionType::wireName).toList());
        assertEquals(QuestionType.SHORT_ANSWER, QuestionType.fromWireName("short_answer"));
        assertRejected("unknown question type: essay", () -> QuestionType.fromWireName("essay"));
    }

    @Test
    void weightsOutsideMinusHundredToHundredAreRejected() {
        assertRejected("weight 100.01% is outside the range -100% to 100%", () -> Weight.of("100.01"));
        assertRejected("weight -101% is outside the range -100% to 100%", () -> Weight.of(-101));
    }

    @Test
    void equalWeightsWrittenDifferentlyAreEqual() {
        assertEquals(Weight.of("50"), Weight.of("50.000"));
        assertEquals(Weight.NONE, Weight.of("-0.0"));
        assertEquals(new BigDecimal("0.5"), Weight.of(50).fraction().stripTrailingZeros());
    }

    @Test
    void textsAreKeptInCanonicalForm() {
        QuestionHeader header = new QuestionHeader(" q ", " cat ", "\u200F line one\r\nline two \t", TextFormat.HTML, "  ");
        assertEquals(new QuestionHeader("q", "cat", "line one\nline two", TextFormat.HTML, ""), header);
    }

    @Test
    void blankQuestionTextIsRejected() {
        assertRejected("the question text is empty", () -> QuestionHeader.of("q", " \n\u200F "));
    }

    @Test
    void singleChoiceNeedsAFullyCorrectChoice() {
        assertRejected("no choice is worth 100%",
                () -> new SingleChoiceQuestion(HEADER, List.of(Choice.weighted("a", "50"), Choice.wrong("b"))));
    }

    @Test
    void multipleResponsePositiveWeightsMustRoundToHundred() {
        assertRejected("the positive weights add up to 99.4% instead of 100%", () -> new MultipleResponseQuestion(HEADER,
                List.of(Choice.weighted("a", "49.7"), Choice.weighted("b", "49.7"), Choice.weighted("c", "-100"))));
        assertRejected("the positive weights add up to 150% instead of 100%", () -> new MultipleResponseQuestion(HEADER,
                List.of(Choice.weighted("a", "100"), Choice.weighted("b", "50"))));
        assertRejected("no choice has a positive weight", () -> new MultipleResponseQuestion(HEADER,
                List.of(Choice.wrong("a"), Choice.weighted("b", "-50"))));
    }

    @Test
    void shortAnswersCannotBeNegativeOrContainAnArrow() {
        assertRejected("negative weights are only allowed in multiple-choice answers, not -10%",
                () -> AcceptedAnswer.weighted("x", "-10"));
        assertRejected("a short answer cannot contain '->'", () -> AcceptedAnswer.of("a->b"));
    }

    @Test
    void numericTargetsRejectNegativeToleranceAndInvertedRanges() {
        assertRejected("the tolerance must not be negative, found -1", () -> ValueWithTolerance.of("5", "-1"));
        assertRejected("the range minimum 5 is greater than its maximum 3", () -> ValueRange.of("5", "3"));
        assertEquals(ValueRange.of("1.50", "2"), ValueRange.of("1.5", "2.000"));
    }

    @Test
    void matchingNeedsTwoPairsWithoutArrowInPrompt() {
        assertRejected("a matching question needs at least 2 pairs, found 1",
                () -> new MatchingQuestion(HEADER, List.of(new MatchingPair("a", "b"))));
        assertRejected("a matching prompt cannot contain '->'", () -> new MatchingPair("a->b", "c"));
    }

    @Test
    void listsAreCopiedSoQuestionsStayImmutable() {
        List<Choice> choices = new ArrayList<>(List.of(Choice.correct("a"), Choice.wrong("b")));
        SingleChoiceQuestion question = new SingleChoiceQuestion(HEADER, choices);
        choices.add(Choice.wrong("c"));
        assertEquals(2, question.choices().size());
        assertThrows(UnsupportedOperationException.class, () -> question.choices().add(Choice.wrong("d")));
    }
}
