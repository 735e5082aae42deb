package ma.maharat.quiz.gift;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Named.named;
import static org.junit.jupiter.params.provider.Arguments.arguments;

import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Malformed GIFT: each case, named for the rule it pins, gives the exact line, column (of the offending
 * character) and message, and that a file with an error yields no question at all.
 */
class GiftParserErrorTest {

    private final GiftParser parser = new GiftParser();

    /** One malformed file each, the one error expected: its line, column and message. */
    static Stream<Arguments> malformedFiles() {
        return Stream.of(
                // braces and blocks
                arguments(named("unclosedBraceIsReportedAtTheBrace", "::q1:: Fine {T}\n\n::q2:: Capital?\n{=Rabat ~Fes\n"), 4, 1,
                        "the answer block is not closed with '}' before the end of the question (a blank line ends a question)"),
                arguments(named("strayClosingBraceInTheTextIsReported", "::q:: Sets use } braces {T}"), 1, 16,
                        "unexpected '}' outside an answer block; write \\} for a literal brace"),
                arguments(named("strayClosingBraceAfterTheBlockIsReported", "::q:: x {T} }"), 1, 13, "unexpected '}' outside an answer block; write \\} for a literal brace"),
                arguments(named("openingBraceInsideAnAnswerBlockIsReported", "::q:: Set? {=a {b} ~c}"), 1, 16,
                        "unexpected '{' inside an answer block; write \\{ for a literal brace"),
                // unsupported Moodle types
                arguments(named("essayQuestionsAreNotSupported", "// essay\n::Q8:: How are you? {}"), 2, 21, "essay questions (an empty answer block) are not supported"),
                arguments(named("essayWithOnlyGeneralFeedbackIsStillAnEssay", "::Q8:: How are you? {####Say anything.}"), 1, 21,
                        "essay questions (an empty answer block) are not supported"),
                arguments(named("missingWordQuestionsAreNotSupported", "::q:: Grant is {~buried =entombed ~living} in Grant's tomb."), 1, 44,
                        "missing-word questions (text after the answer block) are not supported"),
                arguments(named("descriptionQuestionsAreNotSupported", "::q1:: Fine {T}\n\n  ::intro:: Read the lesson first."), 3, 3,
                        "description questions (text without an answer block) are not supported"),
                // names
                arguments(named("duplicateNamesAreReportedAtTheSecondName", "::q1:: A {T}\n\n::q2:: B {T}\n\n::q1:: C {F}"), 5, 1,
                        "duplicate question name 'q1', already used on line 1"),
                arguments(named("unclosedNameIsReported", "::q1 What? {T}"), 1, 1, "the question name is not closed with '::'"),
                arguments(named("emptyNameIsReported", "::  :: What? {T}"), 1, 1, "the question name is empty"),
                arguments(named("emptyQuestionTextIsReportedAtTheBrace", "::q1::  {T}"), 1, 9, "the question text is empty"),
                // correct answers and weights
                arguments(named("choiceBlockWithoutCorrectAnswerIsReported", "::q:: Capital of Morocco?\n{~Fes ~Casablanca ~Tangier}"), 2, 1,
                        "the answer block has no correct answer; mark the right choice with '=' or give right choices"
                        + " positive weights such as '~%50%'"),
                arguments(named("shortAnswerWithoutFullCreditIsReported", "::q:: Spell four {=%50%for =%0%fore}"), 1, 18, "no answer is worth 100%"),
                arguments(named("numericalWithoutFullCreditIsReported", "::q:: Year {#=%50%1822:2 =%25%1822:5}"), 1, 12, "no answer is worth 100%"),
                arguments(named("multipleResponseWeightsMustAddUpToHundred", "::q:: Pick {~%50%a ~%40%b ~%-100%c}"), 1, 12, "the positive weights add up to 90% instead of 100%"),
                arguments(named("weightAboveHundredIsReportedAtThePercentSign", "::q:: Pick {=a ~%150%b}"), 1, 17, "the weight 150% is outside the range -100% to 100%"),
                arguments(named("weightBelowMinusHundredIsReported", "::q:: Pick {=a\n   ~%-100.5%b}"), 2, 5, "the weight -100.5% is outside the range -100% to 100%"),
                arguments(named("malformedWeightIsReportedRatherThanReadAsText", "::q:: Pick {~%33,3%a ~%33,3%b ~%33,3%c}"), 1, 14,
                        "'%33,3%' is not a valid weight; write a number of percent such as %50% or %-33.333%"),
                arguments(named("equalsAnswerCannotTakePartialWeight", "::q:: Pick {=%50%a ~b}"), 1, 14,
                        "'=' marks a fully correct choice and cannot take the weight 50%; write '~%50%' for partial credit"),
                arguments(named("negativeWeightInShortAnswerIsReported", "::q:: Word {=right =%-50%wrong}"), 1, 21, "negative weights are only allowed in multiple-choice answers"),
                arguments(named("singleChoiceNeedsTwoChoices", "::q:: Pick {~%100%only}"), 1, 12, "a multiple-choice question needs at least 2 choices, found 1"),
                arguments(named("emptyChoiceIsReportedAtItsMarker", "::q:: Pick {=a ~ }"), 1, 16, "the choice after '~' has no text"),
                arguments(named("textBeforeTheFirstAnswerIsReported", "::q:: Pick {a ~b =c}"), 1, 13, "unexpected text before the first answer; answers start with '=' or '~'"),
                arguments(named("secondHashInAnAnswerIsReported", "::q:: Pick {=a#good#great ~b}"), 1, 20,
                        "unexpected '#': an answer has only one feedback; write \\# for a literal '#'"),
                // numerical
                arguments(named("decimalCommaIsNotANumber", "::q:: Pi? {#3,14:0.01}"), 1, 13, "'3,14' is not a number; write it with digits 0-9 and a decimal point"),
                arguments(named("arabicIndicDigitsAreNotANumberAndColumnsCountArabicLetters", "::q:: كم عدد أيام الأسبوع؟ {#٧}"), 1, 30,
                        "'٧' is not a number; write it with digits 0-9 and a decimal point"),
                arguments(named("negativeToleranceIsReportedAtTheMinusSign", "::q:: Year? {#1822:-5}"), 1, 20, "the tolerance -5 must not be negative"),
                arguments(named("rangeWithMinAboveMaxIsReportedAtTheMin", "::q:: Year? {#\n  =1827..1817\n}"), 2, 4, "the range minimum 1827 is greater than its maximum 1817"),
                arguments(named("missingRangeMinimumIsReported", "::q:: Year? {#..1817}"), 1, 15, "the range minimum is missing"),
                arguments(named("numericalBlockWithoutNumberIsReported", "::q:: Year? {# }"), 1, 14, "the numerical answer block has no number after '#'"),
                arguments(named("tildeInNumericalIsNotSupported", "::q:: Year? {#=1822 ~#Wrong}"), 1, 21,
                        "'~' (feedback for any other number) is not supported in numerical questions"),
                // matching
                arguments(named("matchingPairWithoutArrowIsReportedAtItsEquals", "::q:: Match {\n  =Canada -> Ottawa\n  =Italy Rome\n}"), 3, 3,
                        "this matching pair has no '->' between its prompt and its answer"),
                arguments(named("matchingNeedsTwoPairs", "::q:: Match {=Canada -> Ottawa}"), 1, 13, "a matching question needs at least 2 pairs, found 1"),
                arguments(named("matchingDistractorWithoutPromptIsNotSupported", "::q:: Match {=a -> 1 =b -> 2 = -> 3}"), 1, 30,
                        "this matching pair has no prompt before '->' (extra answers without a prompt are not supported)"),
                arguments(named("feedbackInAMatchingPairIsReported", "::q:: Match {=a -> 1#yes =b -> 2}"), 1, 21,
                        "a matching pair cannot have feedback; write \\# for a literal '#'"),
                // true/false and unrecognised blocks
                arguments(named("lowerCaseTrueIsReported", "::q:: The sky is blue. {true}"), 1, 25, "write true/false answers as T, TRUE, F or FALSE in capitals"),
                arguments(named("answerWithoutMarkerIsReported", "::q:: Capital? { Rabat }"), 1, 18,
                        "expected an answer starting with '=' or '~', T or F for true/false, or '#' for a numerical answer"),
                arguments(named("thirdFeedbackInTrueFalseIsReported", "::q:: x {T#a#b#c}"), 1, 15,
                        "a true/false answer has at most two feedbacks, '#wrong#right'; write \\# for a literal '#'"),
                // formats, categories, directives
                arguments(named("answerInAnotherFormatThanTheQuestionIsReported", "::q:: [html]Pick {=a ~[plain]b}"), 1, 23,
                        "this text is marked [plain] but the question is [html]; a question has only one text format"),
                arguments(named("categoryLineMustBeFollowedByABlankLine", "$CATEGORY: sourcing\n  ::q1:: x {T}"), 2, 3, "a $CATEGORY line must be followed by a blank line"),
                arguments(named("caseSensitiveDirectiveOnOtherTypesIsReported", "::q:: x {T}\n\n//   @case-sensitive\n::q2:: y {=a ~b}"), 3, 6,
                        "@case-sensitive applies only to short-answer questions"),
                // positions and reporting
                arguments(named("columnsCountEscapesAsWrittenInTheFile", "::q:: a\\{b\\} {=%200%x}"), 1, 16, "the weight 200% is outside the range -100% to 100%"),
                arguments(named("unclosedBraceInArabicTextIsReportedAtItsColumn", "::q:: ما هي عاصمة المغرب؟ {=الرباط ~فاس"), 1, 27,
                        "the answer block is not closed with '}' before the end of the question (a blank line ends a question)"));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("malformedFiles")
    void malformedFileIsReportedAtItsPlace(String gift, int line, int column, String message) {
        GiftParseResult result = parser.parse(gift);
        assertFalse(result.isValid(), "expected an error");
        assertEquals(List.of(), result.questions(), "a file with errors yields no questions");
        assertEquals(List.of(new GiftError(line, column, message)), result.errors());
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
