package ma.maharat.quiz.gift;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;

import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * Malformed GIFT: each case pins the exact line, column (of the offending character) and message,
 * and that a file with an error yields no question at all.
 */
class GiftParserErrorTest {

    private final GiftParser parser = new GiftParser();

    private void assertError(String gift, int line, int column, String message) {
        GiftParseResult result = parser.parse(gift);
        assertFalse(result.isValid(), "expected an error");
        assertEquals(List.of(), result.questions(), "a file with errors yields no questions");
        assertEquals(List.of(new GiftError(line, column, message)), result.errors());
    }

    // --- braces and blocks ---

    @Test
    void unclosedBraceIsReportedAtTheBrace() {
        assertError("::q1:: Fine {T}\n\n::q2:: Capital?\n{=Rabat ~Fes\n", 4, 1,
                "the answer block is not closed with '}' before the end of the question (a blank line ends a question)");
    }

    @Test
    void blankLineInsideAnAnswerBlockLeavesItUnclosed() {
        GiftParseResult result = parser.parse("::q:: Pick {\n=a\n\n~b\n}");
        assertEquals(List.of(
                new GiftError(1, 12, "the answer block is not closed with '}' before the end of the question"
                        + " (a blank line ends a question)"),
                new GiftError(5, 1, "unexpected '}' outside an answer block; write \\} for a literal brace")),
                result.errors());
    }

    @Test
    void strayClosingBraceInTheTextIsReported() {
        assertError("::q:: Sets use } braces {T}", 1, 16,
                "unexpected '}' outside an answer block; write \\} for a literal brace");
    }

    @Test
    void strayClosingBraceAfterTheBlockIsReported() {
        assertError("::q:: x {T} }", 1, 13, "unexpected '}' outside an answer block; write \\} for a literal brace");
    }

    @Test
    void openingBraceInsideAnAnswerBlockIsReported() {
        assertError("::q:: Set? {=a {b} ~c}", 1, 16,
                "unexpected '{' inside an answer block; write \\{ for a literal brace");
    }

    // --- unsupported Moodle types ---

    @Test
    void essayQuestionsAreNotSupported() {
        assertError("// essay\n::Q8:: How are you? {}", 2, 21, "essay questions (an empty answer block) are not supported");
    }

    @Test
    void essayWithOnlyGeneralFeedbackIsStillAnEssay() {
        assertError("::Q8:: How are you? {####Say anything.}", 1, 21,
                "essay questions (an empty answer block) are not supported");
    }

    @Test
    void missingWordQuestionsAreNotSupported() {
        assertError("::q:: Grant is {~buried =entombed ~living} in Grant's tomb.", 1, 44,
                "missing-word questions (text after the answer block) are not supported");
    }

    @Test
    void descriptionQuestionsAreNotSupported() {
        assertError("::q1:: Fine {T}\n\n  ::intro:: Read the lesson first.", 3, 3,
                "description questions (text without an answer block) are not supported");
    }

    // --- names ---

    @Test
    void duplicateNamesAreReportedAtTheSecondName() {
        assertError("::q1:: A {T}\n\n::q2:: B {T}\n\n::q1:: C {F}", 5, 1,
                "duplicate question name 'q1', already used on line 1");
    }

    @Test
    void unclosedNameIsReported() {
        assertError("::q1 What? {T}", 1, 1, "the question name is not closed with '::'");
    }

    @Test
    void emptyNameIsReported() {
        assertError("::  :: What? {T}", 1, 1, "the question name is empty");
    }

    @Test
    void emptyQuestionTextIsReportedAtTheBrace() {
        assertError("::q1::  {T}", 1, 9, "the question text is empty");
    }

    // --- correct answers and weights ---

    @Test
    void choiceBlockWithoutCorrectAnswerIsReported() {
        assertError("::q:: Capital of Morocco?\n{~Fes ~Casablanca ~Tangier}", 2, 1,
                "the answer block has no correct answer; mark the right choice with '=' or give right choices"
                        + " positive weights such as '~%50%'");
    }

    @Test
    void shortAnswerWithoutFullCreditIsReported() {
        assertError("::q:: Spell four {=%50%for =%0%fore}", 1, 18, "no answer is worth 100%");
    }

    @Test
    void numericalWithoutFullCreditIsReported() {
        assertError("::q:: Year {#=%50%1822:2 =%25%1822:5}", 1, 12, "no answer is worth 100%");
    }

    @Test
    void multipleResponseWeightsMustAddUpToHundred() {
        assertError("::q:: Pick {~%50%a ~%40%b ~%-100%c}", 1, 12, "the positive weights add up to 90% instead of 100%");
    }

    @Test
    void weightAboveHundredIsReportedAtThePercentSign() {
        assertError("::q:: Pick {=a ~%150%b}", 1, 17, "the weight 150% is outside the range -100% to 100%");
    }

    @Test
    void weightBelowMinusHundredIsReported() {
        assertError("::q:: Pick {=a\n   ~%-100.5%b}", 2, 5, "the weight -100.5% is outside the range -100% to 100%");
    }

    @Test
    void malformedWeightIsReportedRatherThanReadAsText() {
        assertError("::q:: Pick {~%33,3%a ~%33,3%b ~%33,3%c}", 1, 14,
                "'%33,3%' is not a valid weight; write a number of percent such as %50% or %-33.333%");
    }

    @Test
    void equalsAnswerCannotTakePartialWeight() {
        assertError("::q:: Pick {=%50%a ~b}", 1, 14,
                "'=' marks a fully correct choice and cannot take the weight 50%; write '~%50%' for partial credit");
    }

    @Test
    void negativeWeightInShortAnswerIsReported() {
        assertError("::q:: Word {=right =%-50%wrong}", 1, 21, "negative weights are only allowed in multiple-choice answers");
    }

    @Test
    void singleChoiceNeedsTwoChoices() {
        assertError("::q:: Pick {~%100%only}", 1, 12, "a multiple-choice question needs at least 2 choices, found 1");
    }

    @Test
    void emptyChoiceIsReportedAtItsMarker() {
        assertError("::q:: Pick {=a ~ }", 1, 16, "the choice after '~' has no text");
    }

    @Test
    void textBeforeTheFirstAnswerIsReported() {
        assertError("::q:: Pick {a ~b =c}", 1, 13, "unexpected text before the first answer; answers start with '=' or '~'");
    }

    @Test
    void secondHashInAnAnswerIsReported() {
        assertError("::q:: Pick {=a#good#great ~b}", 1, 20,
                "unexpected '#': an answer has only one feedback; write \\# for a literal '#'");
    }

    // --- numerical ---

    @Test
    void decimalCommaIsNotANumber() {
        assertError("::q:: Pi? {#3,14:0.01}", 1, 13, "'3,14' is not a number; write it with digits 0-9 and a decimal point");
    }

    @Test
    void arabicIndicDigitsAreNotANumberAndColumnsCountArabicLetters() {
        assertError("::q:: كم عدد أيام الأسبوع؟ {#٧}", 1, 30,
                "'٧' is not a number; write it with digits 0-9 and a decimal point");
    }

    @Test
    void negativeToleranceIsReportedAtTheMinusSign() {
        assertError("::q:: Year? {#1822:-5}", 1, 20, "the tolerance -5 must not be negative");
    }

    @Test
    void rangeWithMinAboveMaxIsReportedAtTheMin() {
        assertError("::q:: Year? {#\n  =1827..1817\n}", 2, 4, "the range minimum 1827 is greater than its maximum 1817");
    }

    @Test
    void missingRangeMinimumIsReported() {
        assertError("::q:: Year? {#..1817}", 1, 15, "the range minimum is missing");
    }

    @Test
    void numericalBlockWithoutNumberIsReported() {
        assertError("::q:: Year? {# }", 1, 14, "the numerical answer block has no number after '#'");
    }

    @Test
    void tildeInNumericalIsNotSupported() {
        assertError("::q:: Year? {#=1822 ~#Wrong}", 1, 21,
                "'~' (feedback for any other number) is not supported in numerical questions");
    }

    // --- matching ---

    @Test
    void matchingPairWithoutArrowIsReportedAtItsEquals() {
        assertError("::q:: Match {\n  =Canada -> Ottawa\n  =Italy Rome\n}", 3, 3,
                "this matching pair has no '->' between its prompt and its answer");
    }

    @Test
    void matchingNeedsTwoPairs() {
        assertError("::q:: Match {=Canada -> Ottawa}", 1, 13, "a matching question needs at least 2 pairs, found 1");
    }

    @Test
    void matchingDistractorWithoutPromptIsNotSupported() {
        assertError("::q:: Match {=a -> 1 =b -> 2 = -> 3}", 1, 30,
                "this matching pair has no prompt before '->' (extra answers without a prompt are not supported)");
    }

    @Test
    void feedbackInAMatchingPairIsReported() {
        assertError("::q:: Match {=a -> 1#yes =b -> 2}", 1, 21,
                "a matching pair cannot have feedback; write \\# for a literal '#'");
    }

    // --- true/false and unrecognised blocks ---

    @Test
    void lowerCaseTrueIsReported() {
        assertError("::q:: The sky is blue. {true}", 1, 25, "write true/false answers as T, TRUE, F or FALSE in capitals");
    }

    @Test
    void answerWithoutMarkerIsReported() {
        assertError("::q:: Capital? { Rabat }", 1, 18,
                "expected an answer starting with '=' or '~', T or F for true/false, or '#' for a numerical answer");
    }

    @Test
    void thirdFeedbackInTrueFalseIsReported() {
        assertError("::q:: x {T#a#b#c}", 1, 15,
                "a true/false answer has at most two feedbacks, '#wrong#right'; write \\# for a literal '#'");
    }

    // --- formats, categories, directives ---

    @Test
    void answerInAnotherFormatThanTheQuestionIsReported() {
        assertError("::q:: [html]Pick {=a ~[plain]b}", 1, 23,
                "this text is marked [plain] but the question is [html]; a question has only one text format");
    }

    @Test
    void categoryLineMustBeFollowedByABlankLine() {
        assertError("$CATEGORY: sourcing\n  ::q1:: x {T}", 2, 3, "a $CATEGORY line must be followed by a blank line");
    }

    @Test
    void caseSensitiveDirectiveOnOtherTypesIsReported() {
        assertError("::q:: x {T}\n\n//   @case-sensitive\n::q2:: y {=a ~b}", 3, 6,
                "@case-sensitive applies only to short-answer questions");
    }

    // --- positions and reporting ---

    @Test
    void columnsCountEscapesAsWrittenInTheFile() {
        assertError("::q:: a\\{b\\} {=%200%x}", 1, 16, "the weight 200% is outside the range -100% to 100%");
    }

    @Test
    void unclosedBraceInArabicTextIsReportedAtItsColumn() {
        assertError("::q:: ما هي عاصمة المغرب؟ {=الرباط ~فاس", 1, 27,
                "the answer block is not closed with '}' before the end of the question (a blank line ends a question)");
    }

    @Test
    void everyBrokenQuestionIsReportedInFileOrder() {
        GiftParseResult result = parser.parse("""
                ::ok:: Fine {T}

                ::bad1:: No answer {}

                ::ok2:: Fine {=a ~b}

                ::bad2:: Year {#abc}
                """);
        assertEquals(List.of(), result.questions());
        assertEquals(List.of(
                new GiftError(3, 20, "essay questions (an empty answer block) are not supported"),
                new GiftError(7, 17, "'abc' is not a number; write it with digits 0-9 and a decimal point")),
                result.errors());
    }
}
