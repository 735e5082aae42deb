package ma.maharat.quiz.gift;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.math.BigDecimal;
import java.util.List;
import ma.maharat.quiz.question.AcceptedAnswer;
import ma.maharat.quiz.question.Choice;
import ma.maharat.quiz.question.MatchingPair;
import ma.maharat.quiz.question.MatchingQuestion;
import ma.maharat.quiz.question.MultipleResponseQuestion;
import ma.maharat.quiz.question.NumericalAnswer;
import ma.maharat.quiz.question.NumericalQuestion;
import ma.maharat.quiz.question.Question;
import ma.maharat.quiz.question.QuestionType;
import ma.maharat.quiz.question.ShortAnswerQuestion;
import ma.maharat.quiz.question.SingleChoiceQuestion;
import ma.maharat.quiz.question.TextFormat;
import ma.maharat.quiz.question.TrueFalseQuestion;
import ma.maharat.quiz.question.ValueRange;
import ma.maharat.quiz.question.ValueWithTolerance;
import ma.maharat.quiz.question.Weight;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** What the parser reads from well-formed GIFT, feature by feature. */
class GiftParserTest {

    private final GiftParser parser = new GiftParser();

    private List<Question> parseValid(String gift) {
        GiftParseResult result = parser.parse(gift);
        assertEquals(List.of(), result.errors(), "unexpected errors");
        assertTrue(result.isValid());
        return result.questions();
    }

    private <T extends Question> T parseOne(String gift, Class<T> type) {
        List<Question> questions = parseValid(gift);
        assertEquals(1, questions.size(), "number of questions");
        return assertInstanceOf(type, questions.get(0));
    }

    // --- multiple choice ---

    @Test
    void equalsAnswerIsTheFullyCorrectChoice() {
        SingleChoiceQuestion q = parseOne("Who's buried in Grant's tomb?{~Grant ~Jefferson =no one}",
                SingleChoiceQuestion.class);
        assertEquals("Who's buried in Grant's tomb?", q.text());
        assertEquals(List.of(Choice.wrong("Grant"), Choice.wrong("Jefferson"), Choice.correct("no one")), q.choices());
        assertEquals(QuestionType.SINGLE_CHOICE, q.type());
    }

    @Test
    void tildeAnswerWithWeightKeepsPartialCreditInSingleChoice() {
        SingleChoiceQuestion q = parseOne("::q:: Capital? {=Rabat ~%50%Sale ~Fes}", SingleChoiceQuestion.class);
        assertEquals(Weight.of(50), q.choices().get(1).weight());
    }

    @Test
    void negativeWeightIsAllowedOnAWrongSingleChoice() {
        SingleChoiceQuestion q = parseOne("::q:: Pick {=right ~%-25%costly guess ~wrong}", SingleChoiceQuestion.class);
        assertEquals(Weight.of(-25), q.choices().get(1).weight());
    }

    @Test
    void severalEqualsAnswersAreAllFullyCorrect() {
        SingleChoiceQuestion q = parseOne("::q:: Even? {=2 =4 ~3}", SingleChoiceQuestion.class);
        assertTrue(q.choices().get(0).weight().isFull());
        assertTrue(q.choices().get(1).weight().isFull());
    }

    @Test
    void blockWithoutEqualsAnswerIsMultipleResponse() {
        MultipleResponseQuestion q = parseOne("""
                What two people are entombed in Grant's tomb? {
                   ~%-100%No one
                   ~%50%Grant
                   ~%50%Grant's wife
                   ~%-100%Grant's father
                }""", MultipleResponseQuestion.class);
        assertEquals(List.of(Choice.weighted("No one", "-100"), Choice.weighted("Grant", "50"),
                Choice.weighted("Grant's wife", "50"), Choice.weighted("Grant's father", "-100")), q.choices());
        assertEquals(QuestionType.MULTIPLE_RESPONSE, q.type());
    }

    @Test
    void decimalWeightsAreKeptDigitForDigit() {
        MultipleResponseQuestion q = parseOne("::q:: Three {~%33.33333%a ~%33.33333%b ~%33.33333%c ~%-50%d}",
                MultipleResponseQuestion.class);
        assertEquals(new BigDecimal("33.33333"), q.choices().get(0).weight().percent());
    }

    @Test
    void hashStartsAnAnswersFeedback() {
        SingleChoiceQuestion q = parseOne("""
                ::Q2:: What's between orange and green in the spectrum?
                {
                    =yellow # right; good!
                    ~red # wrong, it's yellow
                    ~blue
                }""", SingleChoiceQuestion.class);
        assertEquals("right; good!", q.choices().get(0).feedback());
        assertEquals("wrong, it's yellow", q.choices().get(1).feedback());
        assertEquals("", q.choices().get(2).feedback());
    }

    @Test
    void fourHashesStartTheGeneralFeedback() {
        SingleChoiceQuestion q = parseOne("::q:: 2+2? {=4#yes ~5####Count on your fingers.}", SingleChoiceQuestion.class);
        assertEquals("Count on your fingers.", q.generalFeedback());
        assertEquals("yes", q.choices().get(0).feedback());
        assertEquals(2, q.choices().size());
    }

    @Test
    void blanksBetweenMarkerAndWeightAreAllowed() {
        SingleChoiceQuestion q = parseOne("::q:: x {= a ~ %50% b}", SingleChoiceQuestion.class);
        assertEquals(Choice.weighted("b", "50"), q.choices().get(1));
    }

    @Test
    void answerStartingWithPercentThatIsNoWeightIsText() {
        SingleChoiceQuestion q = parseOne("::q:: printf? {=%d prints an integer ~%s prints a float}",
                SingleChoiceQuestion.class);
        assertEquals("%d prints an integer", q.choices().get(0).text());
        assertEquals(Weight.NONE, q.choices().get(1).weight());
    }

    // --- true/false ---

    @ParameterizedTest
    @CsvSource({"T,true", "TRUE,true", "F,false", "FALSE,false"})
    void trueFalseShortFormsAreRead(String keyword, boolean expected) {
        TrueFalseQuestion q = parseOne("::q:: Grant is buried in Grant's tomb.{" + keyword + "}", TrueFalseQuestion.class);
        assertEquals(expected, q.correctAnswer());
        assertEquals("", q.wrongFeedback());
    }

    @Test
    void trueFalseReadsWrongThenRightFeedback() {
        TrueFalseQuestion q = parseOne("::q:: The sun rises in the east.{T#Look again.#Yes, in the east.}",
                TrueFalseQuestion.class);
        assertEquals("Look again.", q.wrongFeedback());
        assertEquals("Yes, in the east.", q.rightFeedback());
    }

    @Test
    void trueFalseMayHaveOnlyRightFeedback() {
        TrueFalseQuestion q = parseOne("::q:: 1 is odd.{TRUE##Indeed.}", TrueFalseQuestion.class);
        assertEquals("", q.wrongFeedback());
        assertEquals("Indeed.", q.rightFeedback());
    }

    @Test
    void trueFalseTakesGeneralFeedback() {
        TrueFalseQuestion q = parseOne("::q:: 2 is odd.{FALSE####Even numbers are divisible by 2.}",
                TrueFalseQuestion.class);
        assertFalse(q.correctAnswer());
        assertEquals("Even numbers are divisible by 2.", q.generalFeedback());
    }

    @Test
    void trueFalseFeedbackMayContainEqualsAndArrow() {
        TrueFalseQuestion q = parseOne("::q:: x = 1 implies x + 1 = 2.{T#Add 1: x=1 -> x+1=2}", TrueFalseQuestion.class);
        assertEquals("Add 1: x=1 -> x+1=2", q.wrongFeedback());
    }

    // --- short answer ---

    @Test
    void shortAnswerAcceptsEveryEqualsAnswer() {
        ShortAnswerQuestion q = parseOne("Who's buried in Grant's tomb?{=no one =nobody}", ShortAnswerQuestion.class);
        assertEquals(List.of(AcceptedAnswer.of("no one"), AcceptedAnswer.of("nobody")), q.answers());
        assertFalse(q.caseSensitive());
    }

    @Test
    void shortAnswerReadsWeightsAndFeedback() {
        ShortAnswerQuestion q = parseOne("::q:: Two plus two? {=four#Right =%50%for#Spelling! =%0%*#No}",
                ShortAnswerQuestion.class);
        assertEquals(List.of(AcceptedAnswer.of("four").withFeedback("Right"),
                AcceptedAnswer.weighted("for", "50").withFeedback("Spelling!"),
                AcceptedAnswer.weighted("*", "0").withFeedback("No")), q.answers());
    }

    @Test
    void shortAnswerFeedbackMayMentionAnArrow() {
        ShortAnswerQuestion q = parseOne("::q:: Arrow operator in C? {=.#Not -> which is for pointers}",
                ShortAnswerQuestion.class);
        assertEquals("Not -> which is for pointers", q.answers().get(0).feedback());
    }

    @Test
    void caseSensitiveCommentMakesShortAnswerCaseSensitive() {
        ShortAnswerQuestion q = parseOne("""
                // @case-sensitive
                ::symbol:: Chemical symbol of sodium? {=Na}""", ShortAnswerQuestion.class);
        assertTrue(q.caseSensitive());
    }

    // --- numerical ---

    @Test
    void numericalWithoutToleranceIsExact() {
        NumericalQuestion q = parseOne("::q:: Year? {#1822}", NumericalQuestion.class);
        assertEquals(List.of(NumericalAnswer.of(ValueWithTolerance.exactly("1822"))), q.answers());
    }

    @Test
    void numericalReadsValueAndTolerance() {
        NumericalQuestion q = parseOne("When was Ulysses S. Grant born?{#1822:5}", NumericalQuestion.class);
        assertEquals(ValueWithTolerance.of("1822", "5"), q.answers().get(0).target());
    }

    @Test
    void numericalReadsRange() {
        NumericalQuestion q = parseOne("::q:: Pi? {#3.14..3.15}", NumericalQuestion.class);
        assertEquals(ValueRange.of("3.14", "3.15"), q.answers().get(0).target());
    }

    @Test
    void numericalRangeMayHaveNegativeBounds() {
        NumericalQuestion q = parseOne("::q:: Temperature? {#-5..-1}", NumericalQuestion.class);
        assertEquals(ValueRange.of("-5", "-1"), q.answers().get(0).target());
    }

    @Test
    void numericalSingleAnswerTakesFeedback() {
        NumericalQuestion q = parseOne("::q:: 1+1? {#2#Well done}", NumericalQuestion.class);
        assertEquals("Well done", q.answers().get(0).feedback());
    }

    @Test
    void numericalListReadsWeightsTolerancesAndFeedback() {
        NumericalQuestion q = parseOne("""
                ::q:: When was Ulysses S. Grant born? {#
                    =1822:0      # Correct! Full credit.
                    =%50%1822:2  # He was born in 1822. Half credit for being close.
                }""", NumericalQuestion.class);
        assertEquals(List.of(
                new NumericalAnswer(ValueWithTolerance.exactly("1822"), Weight.FULL, "Correct! Full credit."),
                new NumericalAnswer(ValueWithTolerance.of("1822", "2"), Weight.of(50),
                        "He was born in 1822. Half credit for being close.")), q.answers());
    }

    @Test
    void numericalAcceptsDecimalsSignsAndExponents() {
        NumericalQuestion q = parseOne("::q:: Speed? {#=+1.5e3:0.5 =%50%.5..1.}", NumericalQuestion.class);
        assertEquals(ValueWithTolerance.of("1500", "0.5"), q.answers().get(0).target());
        assertEquals(ValueRange.of("0.5", "1"), q.answers().get(1).target());
    }

    // --- matching ---

    @Test
    void matchingReadsPairsInOrder() {
        MatchingQuestion q = parseOne("""
                Match the following countries with their corresponding capitals. {
                    =Canada -> Ottawa
                    =Italy  -> Rome
                    =Japan  -> Tokyo
                }""", MatchingQuestion.class);
        assertEquals(List.of(new MatchingPair("Canada", "Ottawa"), new MatchingPair("Italy", "Rome"),
                new MatchingPair("Japan", "Tokyo")), q.pairs());
    }

    @Test
    void matchingSplitsAtTheFirstArrow() {
        MatchingQuestion q = parseOne("::q:: Match {=a -> b -> c =d->e}", MatchingQuestion.class);
        assertEquals(new MatchingPair("a", "b -> c"), q.pairs().get(0));
        assertEquals(new MatchingPair("d", "e"), q.pairs().get(1));
    }

    @Test
    void matchingPromptMayRepeatTheQuestionFormatMarker() {
        MatchingQuestion q = parseOne("::q:: [html]Match {=[html]<b>H</b> -> hydrogen =He -> helium}",
                MatchingQuestion.class);
        assertEquals("<b>H</b>", q.pairs().get(0).prompt());
    }

    // --- names, categories, comments, blocks ---

    @Test
    void nameIsOptional() {
        SingleChoiceQuestion q = parseOne("Pick {=a ~b}", SingleChoiceQuestion.class);
        assertEquals("", q.name());
    }

    @Test
    void nameMayContainEscapedColonsAndIsTrimmed() {
        SingleChoiceQuestion q = parseOne("::  unit 1\\: q\\:1 :: Pick {=a ~b}", SingleChoiceQuestion.class);
        assertEquals("unit 1: q:1", q.name());
    }

    @Test
    void categoryAppliesToTheQuestionsThatFollow() {
        List<Question> questions = parseValid("""
                ::q0:: Before {=a ~b}

                $CATEGORY: sourcing/suppliers

                ::q1:: One {=a ~b}

                ::q2:: Two {T}

                $CATEGORY:   sourcing/contracts\s

                ::q3:: Three {#1}
                """);
        assertEquals(List.of("", "sourcing/suppliers", "sourcing/suppliers", "sourcing/contracts"),
                questions.stream().map(Question::category).toList());
    }

    @Test
    void emptyCategoryLineReturnsToNoCategory() {
        List<Question> questions = parseValid("$CATEGORY: a\n\n::q1:: x {T}\n\n$CATEGORY:\n\n::q2:: y {F}");
        assertEquals("", questions.get(1).category());
    }

    @Test
    void commentLinesAreIgnoredEvenInsideAQuestion() {
        SingleChoiceQuestion q = parseOne("""
                // a comment before
                ::q:: Pick one
                // a comment inside the text
                {
                   =a
                   // a comment between answers
                   ~b
                }
                // a comment after""", SingleChoiceQuestion.class);
        assertEquals("Pick one", q.text());
        assertEquals(2, q.choices().size());
    }

    @Test
    void blankLinesSeparateQuestionsEvenWithSpaces() {
        List<Question> questions = parseValid("::a:: A {T}\n   \n::b:: B {F}\n\t\n\n::c:: C {=x}\n");
        assertEquals(List.of("a", "b", "c"), questions.stream().map(Question::name).toList());
    }

    @Test
    void windowsAndOldMacLineEndingsAreAccepted() {
        List<Question> questions = parseValid("::a:: A {\r\n=x\r\n~y\r\n}\r\n\r\n::b:: B {T}\r\r::c:: C {F}");
        assertEquals(3, questions.size());
        assertEquals(2, ((SingleChoiceQuestion) questions.get(0)).choices().size());
    }

    @Test
    void byteOrderMarkAtTheStartIsIgnored() {
        TrueFalseQuestion q = parseOne("\uFEFF::q:: Fine {T}", TrueFalseQuestion.class);
        assertEquals("q", q.name());
    }

    @Test
    void emptyOrCommentOnlyFileIsValidAndEmpty() {
        assertEquals(List.of(), parseValid(""));
        assertEquals(List.of(), parseValid("// only a comment\n\n// and another\n"));
    }

    // --- text, formats and escapes ---

    @ParameterizedTest
    @CsvSource({"html,HTML", "moodle,MOODLE", "plain,PLAIN", "markdown,MARKDOWN"})
    void formatMarkerSetsTheTextFormat(String marker, TextFormat expected) {
        TrueFalseQuestion q = parseOne("::q:: [" + marker + "]Some *text*{T}", TrueFalseQuestion.class);
        assertEquals(expected, q.format());
        assertEquals("Some *text*", q.text());
    }

    @Test
    void textWithoutMarkerIsInMoodleFormat() {
        assertEquals(TextFormat.MOODLE, parseOne("::q:: x {T}", TrueFalseQuestion.class).format());
    }

    @Test
    void unknownOrUpperCaseBracketWordIsPlainText() {
        assertEquals("[HTML] is a [tag] language", parseOne("::q:: [HTML] is a [tag] language{T}",
                TrueFalseQuestion.class).text());
    }

    @Test
    void markdownIsKeptAsWrittenNotRendered() {
        TrueFalseQuestion q = parseOne("""
                ::q:: [markdown]## Heading
                * item **bold**
                    indented code
                {T}""", TrueFalseQuestion.class);
        assertEquals("## Heading\n* item **bold**\n    indented code", q.text());
    }

    @Test
    void feedbackMarkedWithTheQuestionFormatLosesTheMarker() {
        SingleChoiceQuestion q = parseOne("::q:: [html]<i>Pick</i>{=[html]<b>a</b>#[html]<i>yes</i> ~b}",
                SingleChoiceQuestion.class);
        assertEquals(Choice.correct("<b>a</b>").withFeedback("<i>yes</i>"), q.choices().get(0));
    }

    @Test
    void escapedSpecialCharactersAreLiteral() {
        SingleChoiceQuestion q = parseOne("::q:: Which is \\{\\}? \\~ \\= \\# \\: {=a\\=b\\#c ~d\\~e\\{f\\}g}",
                SingleChoiceQuestion.class);
        assertEquals("Which is {}? ~ = # :", q.text());
        assertEquals("a=b#c", q.choices().get(0).text());
        assertEquals("d~e{f}g", q.choices().get(1).text());
    }

    @Test
    void backslashNIsALineBreak() {
        assertEquals("line one\nline two", parseOne("::q:: line one\\nline two{T}", TrueFalseQuestion.class).text());
    }

    @Test
    void doubleBackslashIsOneBackslashAndOtherBackslashesStay() {
        TrueFalseQuestion q = parseOne("::q:: Path C:\\\\new and $\\frac{1}{2}$? {T}".replace("{1}{2}", "\\{1\\}\\{2\\}"),
                TrueFalseQuestion.class);
        assertEquals("Path C:\\new and $\\frac{1}{2}$?", q.text());
    }

    @Test
    void questionTextKeepsItsLineBreaks() {
        TrueFalseQuestion q = parseOne("::q::\nFirst line\nsecond line\n{T}", TrueFalseQuestion.class);
        assertEquals("First line\nsecond line", q.text());
    }

    @Test
    void unescapedEqualsTildeAndHashInQuestionTextAreText() {
        TrueFalseQuestion q = parseOne("::q:: a = b, ~c and #d{T}", TrueFalseQuestion.class);
        assertEquals("a = b, ~c and #d", q.text());
    }

    // --- Arabic ---

    @Test
    void arabicSingleChoiceParsesLikeLatin() {
        SingleChoiceQuestion q = parseOne("::sourcing-q01:: ما هي عاصمة المغرب؟ {=الرباط#أحسنت ~الدار البيضاء ~فاس}",
                SingleChoiceQuestion.class);
        assertEquals("sourcing-q01", q.name());
        assertEquals("ما هي عاصمة المغرب؟", q.text());
        assertEquals(List.of(Choice.correct("الرباط").withFeedback("أحسنت"), Choice.wrong("الدار البيضاء"),
                Choice.wrong("فاس")), q.choices());
    }

    @Test
    void arabicMatchingAndShortAnswerParse() {
        List<Question> questions = parseValid("""
                $CATEGORY: sourcing/suppliers

                ::sourcing-q02:: طابق بين كل مصطلح وتعريفه. {
                    =المورد -> من يبيع السلع
                    =الزبون -> من يشتري السلع
                }

                ::sourcing-q03:: ما اسم الوثيقة التي تطلب بها السلع؟ {=طلب الشراء =أمر الشراء####انظر الدرس الثاني.}
                """);
        MatchingQuestion matching = (MatchingQuestion) questions.get(0);
        assertEquals(new MatchingPair("المورد", "من يبيع السلع"), matching.pairs().get(0));
        ShortAnswerQuestion shortAnswer = (ShortAnswerQuestion) questions.get(1);
        assertEquals(List.of(AcceptedAnswer.of("طلب الشراء"), AcceptedAnswer.of("أمر الشراء")), shortAnswer.answers());
        assertEquals("انظر الدرس الثاني.", shortAnswer.generalFeedback());
        assertEquals("sourcing/suppliers", shortAnswer.category());
    }

    @Test
    void invisibleBidiMarksAroundBracesChangeNothing() {
        String plain = "::q:: هل الأرض كروية؟ {T}";
        String marked = "::q:: هل الأرض كروية؟ \u200F{\u200FT\u200F}\u200F\u200E";
        assertEquals(parseValid(plain), parseValid(marked));
    }

    @Test
    void arabicNumericalUsesWesternDigits() {
        NumericalQuestion q = parseOne("::q:: كم عدد أيام الأسبوع؟ {#7}", NumericalQuestion.class);
        assertEquals(ValueWithTolerance.exactly("7"), q.answers().get(0).target());
    }
}
