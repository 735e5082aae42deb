package ma.maharat.authoring.control;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import ma.maharat.quiz.gift.GiftParseResult;
import ma.maharat.quiz.gift.GiftParser;
import org.junit.jupiter.api.Test;

/** A question from the form lands at the end of its module's section, and the bank still parses. */
class QuestionBankTextTest {

    private static final String BANK = """
            // Banque de questions
            $CATEGORY: quality/standards

            ::q1:: Le droit fil suit la lisière. {T}

            $CATEGORY: quality/sampling

            ::q2:: On prélève au hasard. {T}
            """;

    @Test
    void questionGoesAtTheEndOfItsModule() {
        String bank = QuestionBankText.insert(BANK, "quality/standards", "::q3:: Une tolérance se note ±. {T}\n");
        GiftParseResult parsed = new GiftParser().parse(bank);
        assertTrue(parsed.isValid(), parsed.errors().toString());
        assertEquals(List.of("q1", "q3", "q2"), parsed.questions().stream().map(q -> q.name()).toList());
        assertEquals("quality/standards", parsed.questions().get(1).category());
        assertTrue(bank.startsWith("// Banque de questions"), "the author's comments stay");
    }

    @Test
    void lastModuleAndNewModule() {
        GiftParseResult last = new GiftParser().parse(QuestionBankText.insert(BANK, "quality/sampling", "::q3:: Vrai. {T}"));
        assertEquals("quality/sampling", last.questions().get(2).category());
        GiftParseResult added = new GiftParser().parse(QuestionBankText.insert(BANK, "quality/improvement", "::q3:: Vrai. {T}"));
        assertEquals("quality/improvement", added.questions().get(2).category());
        assertEquals(List.of("quality/standards", "quality/sampling"), QuestionBankText.categories(BANK));
    }

    @Test
    void namesAreFound() {
        assertTrue(QuestionBankText.hasQuestion(BANK, "q2"));
        assertFalse(QuestionBankText.hasQuestion(BANK, "q"));
    }
}
