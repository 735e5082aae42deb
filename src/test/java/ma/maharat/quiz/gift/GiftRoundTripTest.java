package ma.maharat.quiz.gift;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import ma.maharat.quiz.question.AcceptedAnswer;
import ma.maharat.quiz.question.Choice;
import ma.maharat.quiz.question.MatchingPair;
import ma.maharat.quiz.question.MatchingQuestion;
import ma.maharat.quiz.question.MultipleResponseQuestion;
import ma.maharat.quiz.question.NumericalAnswer;
import ma.maharat.quiz.question.NumericalQuestion;
import ma.maharat.quiz.question.Question;
import ma.maharat.quiz.question.QuestionHeader;
import ma.maharat.quiz.question.QuestionType;
import ma.maharat.quiz.question.ShortAnswerQuestion;
import ma.maharat.quiz.question.SingleChoiceQuestion;
import ma.maharat.quiz.question.TextFormat;
import ma.maharat.quiz.question.TrueFalseQuestion;
import ma.maharat.quiz.question.ValueRange;
import ma.maharat.quiz.question.ValueWithTolerance;
import ma.maharat.quiz.question.Weight;
import org.junit.jupiter.api.Test;

/** Parse, write, parse again: the questions must come back equal, whatever their texts contain. */
class GiftRoundTripTest {

    private final GiftParser parser = new GiftParser();
    private final GiftWriter writer = new GiftWriter();

    private List<Question> parseValid(String gift) {
        GiftParseResult result = parser.parse(gift);
        assertEquals(List.of(), result.errors(), () -> "errors reading:\n" + gift);
        return result.questions();
    }

    private void assertRoundTrip(List<Question> questions) {
        String written = writer.write(questions);
        assertEquals(questions, parseValid(written), () -> "written as:\n" + written);
        assertEquals(written, writer.write(parseValid(written)), "writing is stable");
    }

    private static String resource(String name) throws IOException {
        try (InputStream in = GiftRoundTripTest.class.getResourceAsStream(name)) {
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        }
    }

    @Test
    void mixedSampleBankRoundTripsToEqualQuestions() throws IOException {
        List<Question> questions = parseValid(resource("mixed-bank.gift"));
        assertEquals(36, questions.size());
        Set<QuestionType> types = questions.stream().map(Question::type).collect(Collectors.toSet());
        assertEquals(Set.of(QuestionType.values()), types, "the sample covers every type");
        assertRoundTrip(questions);
    }

    @Test
    void sampleBankKeepsCategoriesAcrossTheRoundTrip() throws IOException {
        List<Question> questions = parseValid(resource("mixed-bank.gift"));
        assertEquals("sourcing/suppliers", questions.get(0).category());
        assertEquals("sourcing/العربية", questions.get(17).category());
        assertEquals("", questions.get(24).category());
        assertTrue(((ShortAnswerQuestion) questions.get(11)).caseSensitive());
        assertRoundTrip(questions);
    }

    @Test
    void generatedQuestionsWithHostileTextsRoundTripOneByOne() {
        RandomQuestions generator = new RandomQuestions(20261129L);
        for (int i = 0; i < 600; i++) {
            assertRoundTrip(List.of(generator.question()));
        }
    }

    @Test
    void generatedBankRoundTripsAsOneFile() {
        assertRoundTrip(new RandomQuestions(42L).bank(300));
    }

    @Test
    void answersStartingWithPercentGetAnExplicitWeight() {
        QuestionHeader header = QuestionHeader.of("p", "printf");
        assertRoundTrip(List.of(
                new SingleChoiceQuestion(header, List.of(Choice.correct("%50% of it"), Choice.wrong("%d"),
                        Choice.weighted("%-5% x", "-5"))),
                ShortAnswerQuestion.of(QuestionHeader.of("p2", "printf").withCategory("c"), List.of(AcceptedAnswer.of("%100%"),
                        AcceptedAnswer.weighted("%5", "50")))));
        String written = writer.write(new SingleChoiceQuestion(header,
                List.of(Choice.correct("%50% of it"), Choice.wrong("%d"))));
        assertTrue(written.contains("=%100%%50% of it"), written);
        assertTrue(written.contains("~%0%%d"), written);
    }

    @Test
    void textsThatLookLikeMarkersCommentsOrCategoriesAreProtected() {
        assertRoundTrip(List.of(
                TrueFalseQuestion.of(QuestionHeader.of("", "// not a comment"), true),
                TrueFalseQuestion.of(QuestionHeader.of("", "$CATEGORY: not a category"), false),
                TrueFalseQuestion.of(QuestionHeader.of("", "::not a name:: really"), true),
                TrueFalseQuestion.of(QuestionHeader.of("", "[html] is a marker").withFormat(TextFormat.MARKDOWN), true),
                new TrueFalseQuestion(QuestionHeader.of("m", "x").withGeneralFeedback("[plain] tag"), true,
                        "[moodle]", "[html]x")));
    }

    @Test
    void emptyCategoryAfterACategoryIsWrittenAsAnEmptyCategoryLine() {
        List<Question> questions = List.of(
                TrueFalseQuestion.of(QuestionHeader.of("a", "x").withCategory("c1"), true),
                TrueFalseQuestion.of(QuestionHeader.of("b", "y"), false));
        assertEquals("$CATEGORY: c1\n\n::a:: x {TRUE}\n\n$CATEGORY:\n\n::b:: y {FALSE}\n", writer.write(questions));
        assertRoundTrip(questions);
    }

    @Test
    void everyFeedbackCombinationOfTrueFalseRoundTrips() {
        QuestionHeader header = QuestionHeader.of("tf", "Statement");
        for (String wrong : new String[] {"", "w", "#"}) {
            for (String right : new String[] {"", "r", "##"}) {
                for (String general : new String[] {"", "g", "####"}) {
                    assertRoundTrip(List.of(new TrueFalseQuestion(header.withGeneralFeedback(general), true, wrong, right)));
                }
            }
        }
    }

    @Test
    void numbersKeepTheirFormOfValueToleranceOrRange() {
        assertRoundTrip(List.of(new NumericalQuestion(QuestionHeader.of("n", "x"), List.of(
                NumericalAnswer.of(ValueWithTolerance.of("-0.000125", "0")),
                new NumericalAnswer(ValueWithTolerance.of("1E+3", "2.50"), Weight.of("50"), "close"),
                new NumericalAnswer(ValueRange.of("-10", "-10"), Weight.of("12.5"), "")))));
    }

    @Test
    void matchingAnswersMayContainArrowsAndMarkers() {
        assertRoundTrip(List.of(new MatchingQuestion(QuestionHeader.of("m", "Match"), List.of(
                new MatchingPair("pointer member", "p->x"),
                new MatchingPair("a-", ">b"),
                new MatchingPair("[html]<b>", "[html] stays text")))));
    }

    @Test
    void writtenBankLooksLikeHandWrittenGift() {
        List<Question> questions = List.of(
                new SingleChoiceQuestion(QuestionHeader.of("q1", "Capital?").withCategory("geo")
                        .withGeneralFeedback("See lesson 2."),
                        List.of(Choice.correct("Rabat").withFeedback("Yes"), Choice.weighted("Salé", "50"),
                                Choice.wrong("Fès"))),
                new NumericalQuestion(QuestionHeader.of("q2", "Year?").withCategory("geo"),
                        List.of(NumericalAnswer.of(ValueWithTolerance.of("1822", "5")))),
                ShortAnswerQuestion.of(QuestionHeader.of("q3", "Two plus two?").withCategory("geo"),
                        List.of(AcceptedAnswer.of("four"), AcceptedAnswer.weighted("for", "50"))));
        assertEquals("""
                $CATEGORY: geo

                ::q1:: Capital? {
                \t=Rabat#Yes
                \t~%50%Salé
                \t~Fès
                \t####See lesson 2.
                }

                ::q2:: Year? {#1822:5}

                ::q3:: Two plus two? {
                \t=four
                \t=%50%for
                }
                """, writer.write(questions));
    }

    @Test
    void caseSensitivityIsWrittenAsADirectiveComment() {
        ShortAnswerQuestion question = new ShortAnswerQuestion(QuestionHeader.of("na", "Symbol of sodium?"),
                List.of(AcceptedAnswer.of("Na")), true);
        assertEquals("// @case-sensitive\n::na:: Symbol of sodium? {\n\t=Na\n}\n", writer.write(question));
        assertRoundTrip(List.of(question, new MultipleResponseQuestion(QuestionHeader.of("mr", "x"),
                List.of(Choice.weighted("a", "100"), Choice.weighted("b", "-100")))));
    }
}
