package ma.maharat.quiz.gift;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import ma.maharat.quiz.question.Choice;
import ma.maharat.quiz.question.SingleChoiceQuestion;
import org.junit.jupiter.api.Test;

/**
 * Hostile GIFT of about a megabyte, the most {@code POST /api/gift/parse} takes (issue 13, item 1).
 * Before the parser was bounded, each of these kept a core busy from seconds to hours; each must now
 * be read once and refused (or read) with its specific message. A regression shows as a test that
 * does not finish.
 */
class GiftParserBoundsTest {

    private static final int MEGABYTE = 1_000_000;

    private final GiftParser parser = new GiftParser();

    private void assertError(String gift, int line, int column, String message) {
        GiftParseResult result = parser.parse(gift);
        assertEquals(List.of(), result.questions());
        assertEquals(List.of(new GiftError(line, column, message)), result.errors());
    }

    @Test
    void unclosedWeightOfAMegabyteIsReadOnceAsAnswerText() {
        String digits = "1".repeat(MEGABYTE);
        GiftParseResult result = parser.parse("Q {=a ~%" + digits + "}");
        assertTrue(result.isValid(), () -> result.errors().toString());
        List<Choice> choices = ((SingleChoiceQuestion) result.questions().get(0)).choices();
        assertEquals("%" + digits, choices.get(1).text(), "as in Moodle, an unclosed weight is text");
    }

    @Test
    void nearWeightOfAMegabyteIsRefusedWithAShortQuote() {
        assertError("Q {=a ~%" + "1 ".repeat(MEGABYTE / 2) + "%}", 1, 8,
                "'%1 1 1 1 1 1 1 1 1 1 1 1 1 1 1 1 1 1 …' is not a valid weight;"
                        + " write a number of percent such as %50% or %-33.333%");
    }

    @Test
    void weightWithTooManyDigitsIsRefusedBeforeItIsRead() {
        assertError("Q {=a ~%" + "0".repeat(MEGABYTE / 2) + "1%b}", 1, 8,
                "the weight 0000000000000000000000000000000000000…% has too many digits;"
                        + " write a number of percent such as %50% or %-33.333%");
    }

    @Test
    void halfAMillionChoicesAreRefusedAtTheFirstOneTooMany() {
        // "Q {=a " is 6 columns, then "~a" pairs: the 100th answer's "~" is the 99th pair.
        assertError("Q {=a " + "~a".repeat(MEGABYTE / 2) + "}", 1, 7 + 2 * 99,
                "a question has at most 100 answers; this is answer 101");
    }

    @Test
    void aHundredChoicesAreStillAQuestion() {
        GiftParseResult result = parser.parse("Q {=a " + "~b".repeat(AnswerBlock.MAX_ANSWERS - 1) + "}");
        assertEquals(AnswerBlock.MAX_ANSWERS, ((SingleChoiceQuestion) result.questions().get(0)).choices().size());
    }

    @Test
    void manyShortAnswersWithoutArrowsAreRefusedToo() {
        assertError("Q {" + "=a ".repeat(MEGABYTE / 3) + "}", 1, 4 + 3 * 100,
                "a question has at most 100 answers; this is answer 101");
    }

    @Test
    void numberOfAMillionDigitsIsRefusedWithoutBeingRead() {
        assertError("Q {#" + "1".repeat(MEGABYTE) + "}", 1, 5, "the number has more than 30 digits");
    }

    @Test
    void rangeEndOfAMillionDigitsIsRefused() {
        assertError("Q {#1.." + "2".repeat(MEGABYTE) + "}", 1, 8, "the range maximum has more than 30 digits");
    }

    @Test
    void exponentBeyondThreeDigitsIsNotANumber() {
        assertError("Q {#1e99999}", 1, 5, "'1e99999' is not a number; write it with digits 0-9 and a decimal point");
    }

    @Test
    void thirtyDigitsAreStillANumber() {
        assertTrue(parser.parse("Q {#" + "1".repeat(29) + ".5e-999}").isValid(), "30 digits, exponent of 3");
        assertError("Q {#" + "1".repeat(30) + ".5}", 1, 5, "the number has more than 30 digits");
    }

    @Test
    void questionWithManyMatchingLikeAnswersIsReadInOnePass() {
        // Each answer used to search the rest of the block for "->": the square of its length.
        assertError("Q {" + "=a -> b ".repeat(MEGABYTE / 8) + "}", 1, 4 + 8 * 100,
                "a question has at most 100 answers; this is answer 101");
    }

    @Test
    void longAnswerTextsWithFormatMarkersStayLinear() {
        // A format marker is looked for at the start of each text only, not in the rest of the block.
        String many = "~[html]x ".repeat(99);
        GiftParseResult result = parser.parse("[html]Q {=[html]a " + many + "}");
        assertTrue(result.isValid(), () -> result.errors().toString());
    }
}
