package ma.maharat.quiz.control;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.lang.reflect.Constructor;
import java.lang.reflect.Field;
import java.math.BigDecimal;
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

/** What the result page reads of one answered question: its mark, her number as stored, the right answer. */
class SlotViewTest {

    private static final String NUMERICAL = "::gsm::Combien de kg ?{#124.8:0.5}";
    private static final String TRUE_FALSE = "::burn::Le polyester laisse une cendre grise.{F}";
    private static final String MATCHING = "::trims::Associez.{=Fil -> Coudre =Étiquette -> Informer}";

    @Test
    void aNumberComesBackWithTheDecimalCommaFrenchAndArabicReadersWrite() {
        SlotView comma = SlotView.of(answer(NUMERICAL, "{\"number\":\"0.44\"}", "0"), "/media/", true);
        assertEquals("0,44", comma.text());
        assertEquals("124,8 ± 0,5", comma.rightAnswerHtml());
        SlotView point = SlotView.of(answer(NUMERICAL, "{\"number\":\"0.44\"}", "0"), "/media/", false);
        assertEquals("0.44", point.text(), "English keeps the point");
    }

    @Test
    void theStoredDigitsAreShownNotTheNumberParsedAgain() {
        assertEquals("0,440", SlotView.of(answer(NUMERICAL, "{\"number\":\"0.440\"}", "0"), "/media/", true).text());
        assertEquals("", SlotView.of(answer(NUMERICAL, null, "0"), "/media/", true).text(), "nothing typed, nothing shown");
    }

    @Test
    void herAnswerComesBackAsSheTypedItWhenThePageKeptIt() {
        assertEquals("\u0660\u066B\u0664\u0664",
                SlotView.of(answer(NUMERICAL, "{\"number\":\"0.44\",\"typed\":\"\u0660\u066B\u0664\u0664\"}", "0"), "/media/", true).text(),
                "Arabic-Indic digits kept");
        assertEquals("0,44", SlotView.of(answer(NUMERICAL, "{\"number\":\"0.44\",\"typed\":\"0,44\"}", "0"), "/media/", false).text(),
                "her comma even on a page that writes points");
    }

    @Test
    void eachQuestionIsMarkedRightWrongOrPartlyRightOnceGraded() {
        assertEquals("right", SlotView.of(answer(TRUE_FALSE, "{\"value\":false}", "1"), "/media/", true).mark());
        assertEquals("wrong", SlotView.of(answer(TRUE_FALSE, "{\"value\":true}", "0"), "/media/", true).mark());
        assertEquals("wrong", SlotView.of(answer(TRUE_FALSE, null, "0"), "/media/", true).mark(), "unanswered earns nothing");
        assertEquals("partly", SlotView.of(answer(MATCHING, "{\"pairs\":{\"0\":\"Coudre\"}}", "0.5"), "/media/", true).mark());
        assertEquals("", SlotView.of(answer(TRUE_FALSE, "{\"value\":true}", null), "/media/", true).mark(), "not graded yet");
    }

    @Test
    void aMatchingPairKnowsWhetherItIsRight() {
        SlotView view = SlotView.of(answer(MATCHING, "{\"pairs\":{\"0\":\"Coudre\",\"1\":\"Coudre\"}}", "0.5"), "/media/", true);
        assertTrue(view.prompts().get(0).isRight());
        assertFalse(view.prompts().get(1).isRight());
        assertEquals("Informer", view.prompts().get(1).rightAnswer());
    }

    private static final String CALCULATED = """
            - name: cost-c1
              variables:
                pieces: {values: [120, 150], ar: عدد القطع, fr: pièces}
              answer: {formula: pieces * 2, tolerance: 0, range: [0, 1000], unit: {ar: قطعة, fr: pièces}}
              text: {ar: "{pieces} قطعة؟", fr: "{pieces} pièces ?"}
            """;

    @Test
    void aCalculatedQuestionsUnitComesFromTheTemplateStoredWithTheAttemptInItsLanguage() throws ReflectiveOperationException {
        CalculatedQuestion question = new CalculatedQuestionReader().read(CALCULATED).questions().get(0);
        Map<String, BigDecimal> values = Map.of("pieces", new BigDecimal("150"));
        for (Language language : new Language[] {Language.AR, Language.FR}) {
            AttemptAnswer answer = answer(new GiftWriter().write(question.asked(language, values)), "{\"number\":\"300\"}", null);
            set(answer, "calculation", new CalculatedQuestionWriter().write(question));
            set(answer, "drawnValues", DrawnValues.write(values));
            set(answer, "attempt", attempt(language, QuizAttempt.State.IN_PROGRESS));
            SlotView view = SlotView.of(answer, "/media/", true);
            assertEquals(language == Language.AR ? "قطعة" : "pièces", view.unit());
            assertEquals(null, view.worked(), "no worked solution while the attempt runs");
        }
        assertEquals("", SlotView.of(answer(NUMERICAL, null, "0"), "/media/", true).unit(), "a plain numerical question has no unit");
    }

    private static QuizAttempt attempt(Language language, QuizAttempt.State state) throws ReflectiveOperationException {
        Constructor<QuizAttempt> constructor = QuizAttempt.class.getDeclaredConstructor();
        constructor.setAccessible(true);
        QuizAttempt attempt = constructor.newInstance();
        for (Map.Entry<String, Object> field : Map.<String, Object>of("language", language.code(), "state", state).entrySet()) {
            Field declared = QuizAttempt.class.getDeclaredField(field.getKey());
            declared.setAccessible(true);
            declared.set(attempt, field.getValue());
        }
        return attempt;
    }

    /** An answer as the database gives it back: its gift, the stored JSON, the fraction graded (null: not yet). */
    private static AttemptAnswer answer(String gift, String response, String fraction) {
        try {
            Constructor<AttemptAnswer> constructor = AttemptAnswer.class.getDeclaredConstructor();
            constructor.setAccessible(true);
            AttemptAnswer answer = constructor.newInstance();
            set(answer, "questionGift", gift);
            set(answer, "choiceOrder", gift.contains("->") ? "0,1" : "");
            set(answer, "response", response);
            set(answer, "fraction", fraction == null ? null : new BigDecimal(fraction));
            return answer;
        } catch (ReflectiveOperationException e) {
            throw new AssertionError(e);
        }
    }

    private static void set(AttemptAnswer answer, String name, Object value) throws ReflectiveOperationException {
        Field field = AttemptAnswer.class.getDeclaredField(name);
        field.setAccessible(true);
        field.set(answer, value);
    }
}
