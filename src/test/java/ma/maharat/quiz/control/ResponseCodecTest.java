package ma.maharat.quiz.control;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.math.BigDecimal;
import java.util.Map;
import java.util.Set;
import ma.maharat.quiz.gift.GiftParser;
import ma.maharat.quiz.question.ChoiceSelection;
import ma.maharat.quiz.question.ChoiceSelections;
import ma.maharat.quiz.question.MatchingResponse;
import ma.maharat.quiz.question.NumberResponse;
import ma.maharat.quiz.question.Question;
import ma.maharat.quiz.question.TextResponse;
import ma.maharat.quiz.question.TrueFalseResponse;
import org.junit.jupiter.api.Test;

class ResponseCodecTest {

    static Question question(String gift) {
        var result = new GiftParser().parse(gift);
        assertTrue(result.isValid(), result.errors().toString());
        return result.questions().get(0);
    }

    static final Question SINGLE = question("::s:: Couleur ? {=Bleu ~Rouge ~Vert}");
    static final Question MULTIPLE = question("::m:: Lesquels ? {~%50%A ~%50%B ~%-100%C}");
    static final Question TRUE_FALSE = question("::t:: Le coton est une fibre naturelle. {T}");
    static final Question SHORT = question("::a:: Le tissu s'achète au ... {=mètre =metre}");
    static final Question NUMERICAL = question("::n:: 27 × 100 ÷ 60 ? {#45:0.5}");
    static final Question MATCHING = question("::p:: Associez. {=Coupe -> Ciseaux =Couture -> Machine =Repassage -> Fer}");

    @Test
    void readsEveryTypeByOriginalIndexOrValue() {
        assertEquals(new ChoiceSelection(2), ResponseCodec.read(SINGLE, "{\"choice\": 2}"));
        assertEquals(ChoiceSelections.of(0, 2), ResponseCodec.read(MULTIPLE, "{\"choices\": [2, 0]}"));
        assertEquals(new TrueFalseResponse(false), ResponseCodec.read(TRUE_FALSE, "{\"value\": false}"));
        assertEquals(new TextResponse(" Mètre "), ResponseCodec.read(SHORT, "{\"text\": \" Mètre \"}"));
        assertEquals(new NumberResponse(new BigDecimal("45.2")), ResponseCodec.read(NUMERICAL, "{\"number\": \"45.2\"}"));
        assertEquals(new MatchingResponse(Map.of(0, "Ciseaux", 2, "Machine")),
                ResponseCodec.read(MATCHING, "{\"pairs\": {\"2\": \"Machine\", \"0\": \"Ciseaux\"}}"));
    }

    @Test
    void canonicalSpellingMakesTheSameAnswerEqualWhateverItsOrder() {
        String first = ResponseCodec.canonical(ResponseCodec.read(MULTIPLE, "{\"choices\": [2, 0]}"));
        String second = ResponseCodec.canonical(ResponseCodec.read(MULTIPLE, "{ \"choices\" : [0,2] }"));
        assertEquals(first, second);
        assertEquals("{\"choices\":[0,2]}", first);
        assertEquals("{\"pairs\":{\"0\":\"Ciseaux\",\"2\":\"Machine\"}}", ResponseCodec.canonical(
                ResponseCodec.read(MATCHING, "{\"pairs\": {\"2\": \"Machine\", \"0\": \"Ciseaux\"}}")));
    }

    @Test
    void canonicalRoundTripsThroughRead() {
        for (String json : new String[] {"{\"choice\":1}", "{\"value\":true}", "{\"text\":\"مِتر\"}", "{\"number\":\"-1.50\"}"}) {
            Question question = switch (json.charAt(2)) {
                case 'c' -> SINGLE;
                case 'v' -> TRUE_FALSE;
                case 't' -> SHORT;
                default -> NUMERICAL;
            };
            assertEquals(json, ResponseCodec.canonical(ResponseCodec.read(question, json)));
        }
    }

    @Test
    void refusesAnOptionTheQuestionDoesNotHave() {
        var error = assertThrows(ResponseCodec.InvalidResponse.class, () -> ResponseCodec.read(SINGLE, "{\"choice\": 3}"));
        assertEquals("no option 3 (the question has 3)", error.getMessage());
        assertThrows(ResponseCodec.InvalidResponse.class, () -> ResponseCodec.read(MULTIPLE, "{\"choices\": [-1]}"));
        assertThrows(ResponseCodec.InvalidResponse.class, () -> ResponseCodec.read(SINGLE, "{\"choice\": 1.5}"));
    }

    @Test
    void refusesAnAnswerOfAnotherType() {
        assertThrows(ResponseCodec.InvalidResponse.class, () -> ResponseCodec.read(SINGLE, "{\"value\": true}"));
        assertThrows(ResponseCodec.InvalidResponse.class, () -> ResponseCodec.read(TRUE_FALSE, "{\"value\": \"true\"}"));
        assertThrows(ResponseCodec.InvalidResponse.class, () -> ResponseCodec.read(NUMERICAL, "{\"number\": \"quarante\"}"));
        assertThrows(ResponseCodec.InvalidResponse.class, () -> ResponseCodec.read(SHORT, "{\"text\": 12}"));
    }

    @Test
    void refusesAMatchingAnswerThatIsNotOneOfTheOptionsOrAPairThatDoesNotExist() {
        assertThrows(ResponseCodec.InvalidResponse.class,
                () -> ResponseCodec.read(MATCHING, "{\"pairs\": {\"0\": \"Marteau\"}}"));
        assertThrows(ResponseCodec.InvalidResponse.class,
                () -> ResponseCodec.read(MATCHING, "{\"pairs\": {\"3\": \"Fer\"}}"));
    }

    @Test
    void refusesNumbersBeyondThirtyDigitsOrAThreeDigitExponent() {
        // Issue 13, item 2: these answered 500 (a two-billion-digit string) and 503 ("retry forever").
        for (String hostile : new String[] {"1e2147483647", "1e70000", "1e-2147483648", "1E1000",
                "1".repeat(31), "0." + "0".repeat(30) + "1", "1e123456789"}) {
            var error = assertThrows(ResponseCodec.InvalidResponse.class,
                    () -> ResponseCodec.read(NUMERICAL, "{\"number\": \"" + hostile + "\"}"), hostile);
            assertTrue(error.getMessage().startsWith("not an answer to a numerical question"), error.getMessage());
        }
        assertEquals(new NumberResponse(new BigDecimal("1e999")), ResponseCodec.read(NUMERICAL, "{\"number\": \"1e999\"}"));
        assertEquals(new NumberResponse(new BigDecimal("1".repeat(30))),
                ResponseCodec.read(NUMERICAL, "{\"number\": \"" + "1".repeat(30) + "\"}"));
        assertEquals(1000, ResponseCodec.canonical(ResponseCodec.read(NUMERICAL, "{\"number\": \"1e999\"}")).length() - 13,
                "the largest number accepted is written out in a thousand digits, not billions");
    }

    @Test
    void aNumberKeepsTheTextItWasTypedAsButIsGradedOnTheNumber() {
        NumberResponse arabic = (NumberResponse) ResponseCodec.read(NUMERICAL, "{\"number\": \"0.44\", \"typed\": \" \u0660\u066B\u0664\u0664 \"}");
        assertEquals(new BigDecimal("0.44"), arabic.value());
        assertEquals("\u0660\u066B\u0664\u0664", arabic.typed(), "as she typed it, trimmed");
        assertEquals("{\"number\":\"0.44\",\"typed\":\"0,44\"}",
                ResponseCodec.canonical(ResponseCodec.read(NUMERICAL, "{\"number\":\"0.44\",\"typed\":\"0,44\"}")));
        assertEquals("{\"number\":\"0.44\"}", ResponseCodec.canonical(ResponseCodec.read(NUMERICAL, "{\"number\":\"0.44\"}")),
                "answers saved before keep their spelling");
        for (String hostile : new String[] {"0,44<script>", "1".repeat(49), "", "quarante", "0,44\u202E"}) {
            assertThrows(ResponseCodec.InvalidResponse.class,
                    () -> ResponseCodec.read(NUMERICAL, "{\"number\": \"0.44\", \"typed\": \"" + hostile + "\"}"), hostile);
        }
    }

    @Test
    void refusesWhatIsNotJsonOrTooLong() {
        assertThrows(ResponseCodec.InvalidResponse.class, () -> ResponseCodec.read(SINGLE, "choice=1"));
        assertThrows(ResponseCodec.InvalidResponse.class, () -> ResponseCodec.read(SINGLE, "[1]"));
        assertThrows(ResponseCodec.InvalidResponse.class, () -> ResponseCodec.read(SINGLE, null));
        String huge = "{\"text\":\"" + "x".repeat(ResponseCodec.MAX_LENGTH) + "\"}";
        assertThrows(ResponseCodec.InvalidResponse.class, () -> ResponseCodec.read(SHORT, huge));
    }

    @Test
    void aStoredAnswerThatNoLongerFitsIsTreatedAsNoAnswer() {
        assertTrue(ResponseCodec.stored(SINGLE, null).isEmpty());
        assertTrue(ResponseCodec.stored(SINGLE, "{\"choice\": 7}").isEmpty());
        assertEquals(new ChoiceSelection(0), ResponseCodec.stored(SINGLE, "{\"choice\":0}").orElseThrow());
        assertEquals(Set.of(), ((ChoiceSelections) ResponseCodec.read(MULTIPLE, "{\"choices\": []}")).indexes());
    }
}
