package ma.maharat.quiz.control;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.lang.reflect.Constructor;
import java.lang.reflect.Field;
import java.math.BigDecimal;
import java.util.LinkedHashMap;
import java.util.Map;
import ma.maharat.platform.i18n.Language;
import ma.maharat.quiz.calculated.CalculatedQuestion;
import ma.maharat.quiz.calculated.CalculatedQuestionReader;
import ma.maharat.quiz.calculated.CalculatedQuestionWriter;
import ma.maharat.quiz.calculated.DrawnValues;
import ma.maharat.quiz.entity.AttemptAnswer;
import ma.maharat.quiz.entity.QuizAttempt;
import ma.maharat.quiz.gift.GiftWriter;
import org.junit.jupiter.api.Test;

/** An answer as the trainer's export and item analysis write it: her values, the right answer for them, her answer as given. */
class AnswerRowTest {

    private static final AnswerRow.Words WORDS = new AnswerRow.Words("Vrai", "Faux");

    private static final String CALCULATED = """
            - name: cost-c1
              variables:
                pieces: {values: [125, 150], ar: عدد القطع, fr: pièces}
                price: {values: [31.5, 40], ar: الثمن, fr: prix}
              answer: {formula: pieces * price, tolerance: 0.5, range: [0, 10000], unit: {ar: درهم, fr: DH}}
              text: {ar: "{pieces} قطعة بثمن {price}", fr: "{pieces} pièces à {price} DH"}
            """;

    @Test
    void aCalculatedAnswerListsHerValuesTheRightAnswerForThemAndHerAnswerAsTyped() throws ReflectiveOperationException {
        CalculatedQuestion question = new CalculatedQuestionReader().read(CALCULATED).questions().get(0);
        Map<String, BigDecimal> values = new LinkedHashMap<>();
        values.put("pieces", new BigDecimal("125"));
        values.put("price", new BigDecimal("31.5"));
        AttemptAnswer answer = answer(new GiftWriter().write(question.asked(Language.FR, values)),
                "{\"number\":\"3937.5\",\"typed\":\"3937,5\"}", "1");
        set(answer, "calculation", new CalculatedQuestionWriter().write(question));
        set(answer, "drawnValues", DrawnValues.write(values));
        set(answer, "attempt", attempt(Language.FR));
        AnswerRow row = AnswerRow.of(answer, Language.FR, WORDS);
        assertEquals("pieces=125; price=31,5", row.values());
        assertEquals("pièces = 125 ; prix = 31,5", row.labelled());
        assertEquals("3937,5 DH", row.rightAnswer(), "the answer for her values, with its unit");
        assertEquals("3937,5", row.given());
        assertEquals("1", row.points(Language.FR));
        assertTrue(row.isRight());
        assertEquals("pieces=125; price=31.5", AnswerRow.of(answer, Language.EN, WORDS).values(), "English keeps the point");
        assertEquals("عدد القطع = 125 ؛ الثمن = 31,5", AnswerRow.of(answer, Language.AR, WORDS).labelled());
    }

    @Test
    void otherQuestionsGiveTheirAnswersInPlainTextAndNoValues() throws ReflectiveOperationException {
        AttemptAnswer trueFalse = answer("::burn::Le polyester laisse une cendre grise.{F}", "{\"value\":true}", "0");
        set(trueFalse, "attempt", attempt(Language.FR));
        AnswerRow row = AnswerRow.of(trueFalse, Language.FR, WORDS);
        assertEquals("", row.values());
        assertEquals("Faux", row.rightAnswer());
        assertEquals("Vrai", row.given());
        assertFalse(row.isRight());
        AttemptAnswer unanswered = answer("::gsm::Combien de kg ?{#124.8:0.5}", null, "0");
        set(unanswered, "attempt", attempt(Language.FR));
        AnswerRow none = AnswerRow.of(unanswered, Language.FR, WORDS);
        assertEquals("124,8 ± 0,5", none.rightAnswer());
        assertFalse(none.isAnswered());
        assertEquals("0", none.points(Language.FR));
    }

    private static AttemptAnswer answer(String gift, String response, String fraction) throws ReflectiveOperationException {
        Constructor<AttemptAnswer> constructor = AttemptAnswer.class.getDeclaredConstructor();
        constructor.setAccessible(true);
        AttemptAnswer answer = constructor.newInstance();
        set(answer, "questionGift", gift);
        set(answer, "questionName", gift.substring(2, gift.indexOf("::", 2)));
        set(answer, "choiceOrder", "");
        set(answer, "response", response);
        set(answer, "fraction", new BigDecimal(fraction));
        return answer;
    }

    private static QuizAttempt attempt(Language language) throws ReflectiveOperationException {
        Constructor<QuizAttempt> constructor = QuizAttempt.class.getDeclaredConstructor();
        constructor.setAccessible(true);
        QuizAttempt attempt = constructor.newInstance();
        Field field = QuizAttempt.class.getDeclaredField("language");
        field.setAccessible(true);
        field.set(attempt, language.code());
        return attempt;
    }

    private static void set(Object target, String name, Object value) throws ReflectiveOperationException {
        Field field = target.getClass().getDeclaredField(name);
        field.setAccessible(true);
        field.set(target, value);
    }
}
