package ma.maharat.quiz.question;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** Scores in [0, 1] with partial credit, as Moodle grades the same questions. */
class GraderTest {

    private static final double EXACT = 0.0;
    private static final QuestionHeader HEADER = QuestionHeader.of("q", "Question?");

    private final SingleChoiceQuestion capital = new SingleChoiceQuestion(HEADER, List.of(
            Choice.correct("Rabat"), Choice.weighted("Salé", "50"), Choice.wrong("Fès"), Choice.weighted("Paris", "-50")));

    private final MultipleResponseQuestion grantsTomb = new MultipleResponseQuestion(HEADER, List.of(
            Choice.weighted("No one", "-100"), Choice.weighted("Grant", "50"), Choice.weighted("Grant's wife", "50"),
            Choice.weighted("Grant's dog", "-25")));

    // --- single choice and true/false ---

    @Test
    void singleChoiceRightChoiceScoresOne() {
        assertEquals(1.0, Grader.score(capital, new ChoiceSelection(0)), EXACT);
    }

    @Test
    void singleChoiceWrongChoiceScoresZero() {
        assertEquals(0.0, Grader.score(capital, new ChoiceSelection(2)), EXACT);
    }

    @Test
    void singleChoiceWeightedWrongChoiceGivesItsPartialCredit() {
        assertEquals(0.5, Grader.score(capital, new ChoiceSelection(1)), EXACT);
    }

    @Test
    void singleChoiceNegativeWeightScoresZeroNotBelow() {
        assertEquals(0.0, Grader.score(capital, new ChoiceSelection(3)), EXACT);
    }

    @Test
    void trueFalseIsAllOrNothing() {
        TrueFalseQuestion statement = TrueFalseQuestion.of(HEADER, false);
        assertEquals(1.0, Grader.score(statement, new TrueFalseResponse(false)), EXACT);
        assertEquals(0.0, Grader.score(statement, new TrueFalseResponse(true)), EXACT);
    }

    // --- multiple response ---

    @Test
    void multipleResponseAddsTheWeightsOfSelectedChoices() {
        assertEquals(0.5, Grader.score(grantsTomb, ChoiceSelections.of(1)), EXACT);
        assertEquals(1.0, Grader.score(grantsTomb, ChoiceSelections.of(1, 2)), EXACT);
    }

    @Test
    void negativeWeightSubtractsFromScore() {
        assertEquals(0.75, Grader.score(grantsTomb, ChoiceSelections.of(1, 2, 3)), EXACT);
        assertEquals(0.25, Grader.score(grantsTomb, ChoiceSelections.of(1, 3)), EXACT);
    }

    @Test
    void negativeWeightsAreClampedAtZero() {
        assertEquals(0.0, Grader.score(grantsTomb, ChoiceSelections.of(0, 1)), EXACT);
        assertEquals(0.0, Grader.score(grantsTomb, ChoiceSelections.of(0, 3)), EXACT);
    }

    @Test
    void selectingNothingScoresZero() {
        assertEquals(0.0, Grader.score(grantsTomb, ChoiceSelections.of()), EXACT);
    }

    @Test
    void thirdsThatRoundToHundredGiveAlmostFullMarks() {
        MultipleResponseQuestion primes = new MultipleResponseQuestion(HEADER, List.of(Choice.weighted("2", "33.33333"),
                Choice.weighted("3", "33.33333"), Choice.weighted("5", "33.33333"), Choice.weighted("4", "-100")));
        assertEquals(0.9999999, Grader.score(primes, ChoiceSelections.of(0, 1, 2)), 1e-12);
    }

    // --- short answer ---

    @Test
    void shortAnswerIgnoresCaseOuterBlanksAndRepeatedInnerSpaces() {
        ShortAnswerQuestion question = ShortAnswerQuestion.of(HEADER, List.of(AcceptedAnswer.of("Bon de commande")));
        assertEquals(1.0, Grader.score(question, new TextResponse("  bon   DE\tcommande \n")), EXACT);
        assertEquals(0.0, Grader.score(question, new TextResponse("bon decommande")), EXACT);
    }

    @Test
    void caseSensitiveShortAnswerRejectsOtherCase() {
        ShortAnswerQuestion question = new ShortAnswerQuestion(HEADER, List.of(AcceptedAnswer.of("Na")), true);
        assertEquals(1.0, Grader.score(question, new TextResponse(" Na ")), EXACT);
        assertEquals(0.0, Grader.score(question, new TextResponse("NA")), EXACT);
        assertEquals(0.0, Grader.score(question, new TextResponse("na")), EXACT);
    }

    @Test
    void shortAnswerTakesTheBestMatchingWeight() {
        ShortAnswerQuestion question = ShortAnswerQuestion.of(HEADER, List.of(AcceptedAnswer.weighted("devis", "50"),
                AcceptedAnswer.weighted("* devis", "80"), AcceptedAnswer.of("demande de devis")));
        assertEquals(0.5, Grader.score(question, new TextResponse("Devis")), EXACT);
        assertEquals(0.8, Grader.score(question, new TextResponse("un devis")), EXACT);
        assertEquals(1.0, Grader.score(question, new TextResponse("demande de devis")), EXACT);
        assertEquals(0.0, Grader.score(question, new TextResponse("facture")), EXACT);
    }

    @Test
    void starIsAWildcardAndBackslashStarIsALiteralStar() {
        ShortAnswerQuestion question = ShortAnswerQuestion.of(HEADER, List.of(AcceptedAnswer.of("a\\*b"),
                AcceptedAnswer.weighted("x*z", "50")));
        assertEquals(1.0, Grader.score(question, new TextResponse("a*b")), EXACT);
        assertEquals(0.0, Grader.score(question, new TextResponse("aXb")), EXACT);
        assertEquals(0.5, Grader.score(question, new TextResponse("x(y)z")), EXACT);
        assertEquals(0.5, Grader.score(question, new TextResponse("xz")), EXACT);
    }

    @Test
    void regexCharactersInAnswersAreLiteral() {
        ShortAnswerQuestion question = ShortAnswerQuestion.of(HEADER, List.of(AcceptedAnswer.of("f(x) = [a+b]?")));
        assertEquals(1.0, Grader.score(question, new TextResponse("F(X) = [A+B]?")), EXACT);
        assertEquals(0.0, Grader.score(question, new TextResponse("f(x) = aab")), EXACT);
    }

    @Test
    void emptyResponseNeverMatchesEvenAWildcard() {
        ShortAnswerQuestion question = ShortAnswerQuestion.of(HEADER, List.of(AcceptedAnswer.of("*")));
        assertEquals(0.0, Grader.score(question, new TextResponse("   ")), EXACT);
    }

    @Test
    void arabicShortAnswerIgnoresInvisibleBidiMarks() {
        ShortAnswerQuestion question = ShortAnswerQuestion.of(HEADER, List.of(AcceptedAnswer.of("أمر الشراء")));
        assertEquals(1.0, Grader.score(question, new TextResponse("\u200Fأمر  الشراء\u200F")), EXACT);
        assertEquals(0.0, Grader.score(question, new TextResponse("امر الشراء")), EXACT);
    }

    // --- numerical ---

    @Test
    void toleranceEdgesAreInclusiveAndExact() {
        NumericalQuestion pi = new NumericalQuestion(HEADER, List.of(NumericalAnswer.of(ValueWithTolerance.of("3.14", "0.01"))));
        assertEquals(1.0, Grader.score(pi, NumberResponse.of("3.15")), EXACT);
        assertEquals(1.0, Grader.score(pi, NumberResponse.of("3.13")), EXACT);
        assertEquals(0.0, Grader.score(pi, NumberResponse.of("3.1500001")), EXACT);
        assertEquals(0.0, Grader.score(pi, NumberResponse.of("3.1299999")), EXACT);
    }

    @Test
    void exactAnswerAcceptsOnlyTheSameNumberWrittenAnyWay() {
        NumericalQuestion year = new NumericalQuestion(HEADER, List.of(NumericalAnswer.of(ValueWithTolerance.exactly("1822"))));
        assertEquals(1.0, Grader.score(year, NumberResponse.of("1822.000")), EXACT);
        assertEquals(1.0, Grader.score(year, NumberResponse.of("1.822E+3")), EXACT);
        assertEquals(0.0, Grader.score(year, NumberResponse.of("1822.001")), EXACT);
    }

    @Test
    void rangeBoundsAreInclusive() {
        NumericalQuestion range = new NumericalQuestion(HEADER, List.of(NumericalAnswer.of(ValueRange.of("-5", "-1"))));
        assertEquals(1.0, Grader.score(range, NumberResponse.of("-5")), EXACT);
        assertEquals(1.0, Grader.score(range, NumberResponse.of("-1")), EXACT);
        assertEquals(1.0, Grader.score(range, NumberResponse.of("-3.5")), EXACT);
        assertEquals(0.0, Grader.score(range, NumberResponse.of("-0.999")), EXACT);
        assertEquals(0.0, Grader.score(range, NumberResponse.of("-5.001")), EXACT);
    }

    @Test
    void numericalTakesTheBestAcceptingAnswer() {
        NumericalQuestion grant = new NumericalQuestion(HEADER, List.of(
                new NumericalAnswer(ValueWithTolerance.of("1822", "2"), Weight.of(50), "close"),
                NumericalAnswer.of(ValueWithTolerance.exactly("1822")),
                new NumericalAnswer(ValueRange.of("1800", "1850"), Weight.of("12.5"), "")));
        assertEquals(1.0, Grader.score(grant, NumberResponse.of("1822")), EXACT);
        assertEquals(0.5, Grader.score(grant, NumberResponse.of("1824")), EXACT);
        assertEquals(0.125, Grader.score(grant, NumberResponse.of("1850")), EXACT);
        assertEquals(0.0, Grader.score(grant, NumberResponse.of("1850.5")), EXACT);
    }

    // --- matching ---

    @Test
    void matchingScoresTheFractionOfRightPairs() {
        MatchingQuestion capitals = new MatchingQuestion(HEADER, List.of(new MatchingPair("Canada", "Ottawa"),
                new MatchingPair("Italy", "Rome"), new MatchingPair("Japan", "Tokyo")));
        assertEquals(1.0, Grader.score(capitals, new MatchingResponse(Map.of(0, "Ottawa", 1, "Rome", 2, "Tokyo"))), EXACT);
        assertEquals(2.0 / 3, Grader.score(capitals, new MatchingResponse(Map.of(0, "Ottawa", 1, "Tokyo", 2, "Tokyo"))),
                EXACT);
        assertEquals(0.0, Grader.score(capitals, new MatchingResponse(Map.of(0, "Rome", 1, "Ottawa"))), EXACT);
    }

    @Test
    void unansweredMatchingPairsCountAsWrong() {
        MatchingQuestion four = new MatchingQuestion(HEADER, List.of(new MatchingPair("a", "1"), new MatchingPair("b", "2"),
                new MatchingPair("c", "3"), new MatchingPair("d", "3")));
        assertEquals(0.5, Grader.score(four, new MatchingResponse(Map.of(2, "3", 3, "3"))), EXACT);
    }

    // --- misuse ---

    @Test
    void responseOfTheWrongTypeIsRejected() {
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
                () -> Grader.score(capital, new TextResponse("Rabat")));
        assertEquals("a TextResponse cannot answer a single_choice question", e.getMessage());
    }

    @Test
    void choiceThatDoesNotExistIsRejected() {
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
                () -> Grader.score(capital, new ChoiceSelection(4)));
        assertEquals("choice 4 does not exist; the question has 4 choices", e.getMessage());
        assertThrows(IllegalArgumentException.class, () -> new ChoiceSelection(-1));
    }
}
