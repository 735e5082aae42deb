package ma.maharat.quiz.calculated;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.math.BigDecimal;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.Set;
import ma.maharat.platform.i18n.Language;
import ma.maharat.quiz.gift.GiftParser;
import ma.maharat.quiz.gift.GiftWriter;
import ma.maharat.quiz.question.Grader;
import ma.maharat.quiz.question.NumberResponse;
import ma.maharat.quiz.question.NumericalQuestion;
import ma.maharat.quiz.question.Question;
import org.junit.jupiter.api.Test;

class CalculatedQuestionReaderTest {

    static final String AQL = """
            - name: quality-c01
              category: quality/sampling
              variables:
                lot: {from: 1201, to: 3201, step: 100, ar: حجم الدفعة, fr: taille du lot}
                aql: {values: [1.5, 2.5, 4.0], ar: مستوى الجودة المقبول, fr: NQA}
              steps:
                - name: n
                  formula: AQL_SAMPLE(lot, 2, aql)
                  ar: حجم العينة
                  fr: taille de l'échantillon
              answer:
                formula: AQL_ACCEPT(lot, 2, aql)
                tolerance: 0
                range: [0, 30]
                unit: {ar: قطعة, fr: pièces}
              text:
                ar: دفعة من {lot} قطعة، المستوى II، مستوى الجودة المقبول {aql}. ما هو عدد القطع المعيبة المقبول على الأكثر؟
                fr: Un lot de {lot} pièces, niveau II, NQA {aql}. Combien de pièces défectueuses au plus pour accepter ?
            """;

    private final CalculatedQuestionReader reader = new CalculatedQuestionReader();

    @Test
    void aWellWrittenQuestionReadsWithItsWholeGrid() {
        CalculatedQuestionReader.Reading reading = reader.read(AQL);
        assertEquals(List.of(), reading.problems());
        CalculatedQuestion question = reading.questions().get(0);
        assertEquals(21 * 3, question.gridSize());
        assertEquals(Map.of("quality-c01", 1), reading.lines());
    }

    @Test
    void aLotOf1400AtAql25IsGradedFromTheTable() {
        CalculatedQuestion question = reader.read(AQL).questions().get(0);
        Map<String, BigDecimal> values = Map.of("lot", new BigDecimal("1401"), "aql", new BigDecimal("2.5"));
        CalculatedQuestion.Solution solution = question.solve(values);
        assertEquals(0, solution.answer().compareTo(BigDecimal.valueOf(7)));
        assertEquals(0, solution.steps().get(0).value().compareTo(BigDecimal.valueOf(125)));
        NumericalQuestion asked = question.asked(Language.FR, values);
        assertTrue(asked.header().text().contains("Un lot de 1401 pièces, niveau II, NQA 2,5."), asked.header().text());
        // Through GIFT and back, as an attempt stores it: 7 is right, 8 is not.
        Question stored = new GiftParser().parse(new GiftWriter().write(asked)).questions().get(0);
        assertEquals(1.0, Grader.score(stored, new NumberResponse(new BigDecimal("7"))));
        assertEquals(0.0, Grader.score(stored, new NumberResponse(new BigDecimal("8"))));
    }

    @Test
    void theSameSeedDrawsTheSameValuesAndEveryDrawIsInItsRange() {
        CalculatedQuestion question = reader.read(AQL).questions().get(0);
        assertEquals(question.draw(new Random(42)), question.draw(new Random(42)));
        Random random = new Random(7);
        Set<Map<String, BigDecimal>> seen = new HashSet<>();
        for (int i = 0; i < 200; i++) {
            Map<String, BigDecimal> values = question.draw(random);
            seen.add(values);
            BigDecimal lot = values.get("lot");
            assertTrue(lot.compareTo(BigDecimal.valueOf(1201)) >= 0 && lot.compareTo(BigDecimal.valueOf(3201)) <= 0, lot.toPlainString());
            assertEquals(0, lot.subtract(BigDecimal.valueOf(1201)).remainder(BigDecimal.valueOf(100)).signum());
            assertTrue(List.of("1.5", "2.5", "4.0").contains(values.get("aql").toPlainString()));
        }
        assertTrue(seen.size() > 20, "draws vary: " + seen.size());
    }

    @Test
    void relativeToleranceAcceptsAShareOfTheAnswer() {
        Tolerance tolerance = new Tolerance(new BigDecimal("2"), true);
        assertEquals(0, tolerance.around(new BigDecimal("250")).compareTo(new BigDecimal("5")));
        String yaml = """
                - name: p-c01
                  variables:
                    price: {from: 50, to: 60, step: 10, ar: ثمن, fr: prix}
                  answer: {formula: price * 2, tolerance: 2%, range: [0, 1000]}
                  text: {ar: "{price}", fr: "{price}"}
                """;
        CalculatedQuestion question = reader.read(yaml).questions().get(0);
        CalculatedQuestion.Solution solution = question.solve(Map.of("price", new BigDecimal("50")));
        assertTrue(solution.accepts(new BigDecimal("102")));
        assertTrue(solution.accepts(new BigDecimal("98")));
        assertFalse(solution.accepts(new BigDecimal("102.01")));
    }

    @Test
    void anUndeclaredVariableIsReportedAtItsLine() {
        String yaml = """
                - name: p-c01
                  variables:
                    price: {values: [10, 20], ar: ثمن, fr: prix}
                  answer:
                    formula: price * quantity
                    tolerance: 0
                    range: [0, 1000]
                  text: {ar: "{price}", fr: "{price} {count}"}
                """;
        List<CalculatedQuestionReader.Problem> problems = reader.read(yaml).problems();
        assertEquals(2, problems.size(), problems.toString());
        assertEquals(5, problems.get(0).line());
        assertTrue(problems.get(0).message().contains("not a variable of this exercise: quantity"), problems.get(0).message());
        assertEquals(8, problems.get(1).line());
        assertTrue(problems.get(1).message().contains("{count}"), problems.get(1).message());
    }

    @Test
    void aDivisionByZeroAnywhereInTheRangeIsFoundWithTheValues() {
        String yaml = """
                - name: p-c01
                  variables:
                    operators: {from: 0, to: 10, step: 2, ar: عاملات, fr: opératrices}
                  answer:
                    formula: 480 / operators
                    tolerance: 0.5
                    range: [0, 1000]
                  text: {ar: "{operators}", fr: "{operators}"}
                """;
        List<CalculatedQuestionReader.Problem> problems = reader.read(yaml).problems();
        assertEquals(1, problems.size(), problems.toString());
        assertEquals(4, problems.get(0).line());
        assertTrue(problems.get(0).message().contains("operators=0"), problems.get(0).message());
    }

    @Test
    void anAnswerOutsideItsSensibleRangeIsReported() {
        String yaml = """
                - name: p-c01
                  variables:
                    metres: {from: 1, to: 3, step: 0.5, ar: أمتار, fr: mètres}
                  answer:
                    formula: metres * 100
                    tolerance: 0
                    range: [0, 250]
                  text: {ar: "{metres}", fr: "{metres}"}
                """;
        List<CalculatedQuestionReader.Problem> problems = reader.read(yaml).problems();
        assertEquals(1, problems.size(), problems.toString());
        assertTrue(problems.get(0).message().contains("300 with metres=3, outside its range 0 to 250"), problems.get(0).message());
    }

    @Test
    void aGridTooLargeToCheckIsRefused() {
        String yaml = """
                - name: p-c01
                  variables:
                    a: {from: 1, to: 100, step: 1, ar: أ, fr: a}
                    b: {from: 1, to: 100, step: 1, ar: ب, fr: b}
                  answer: {formula: a + b, tolerance: 0, range: [0, 1000]}
                  text: {ar: "{a} {b}", fr: "{a} {b}"}
                """;
        List<CalculatedQuestionReader.Problem> problems = reader.read(yaml).problems();
        assertEquals(1, problems.size(), problems.toString());
        assertEquals(2, problems.get(0).line());
        assertTrue(problems.get(0).message().contains("10000 draws"), problems.get(0).message());
    }

    @Test
    void unknownKeysMissingKeysAndBadNumbersAreEachReported() {
        String yaml = """
                - name: Bad Name
                  variabels: {}
                  answer: {formula: 1, tolerance: -1, range: [5, 1]}
                  text: {fr: x}
                """;
        List<CalculatedQuestionReader.Problem> problems = reader.read(yaml).problems();
        List<String> messages = problems.stream().map(CalculatedQuestionReader.Problem::message).toList();
        assertTrue(messages.stream().anyMatch(m -> m.startsWith("unknown key 'variabels'")), messages.toString());
        assertTrue(messages.stream().anyMatch(m -> m.startsWith("missing key 'variables'")), messages.toString());
        assertTrue(problems.stream().allMatch(p -> p.line() >= 1), problems.toString());
        assertNotEquals(0, reader.read("- name: [").problems().get(0).line());
    }

    @Test
    void theStoredFormReadsBackAsTheSameQuestion() {
        CalculatedQuestion question = reader.read(AQL).questions().get(0);
        String stored = new CalculatedQuestionWriter().write(question);
        CalculatedQuestion back = reader.readStored(stored);
        assertEquals(question.gridSize(), back.gridSize());
        Map<String, BigDecimal> values = question.draw(new Random(3));
        assertEquals(question.text(Language.AR, values), back.text(Language.AR, values));
        assertEquals(0, question.solve(values).answer().compareTo(back.solve(values).answer()));
        assertEquals(stored, new CalculatedQuestionWriter().write(back));
    }

    @Test
    void drawnValuesAreStoredAndReadBack() {
        Map<String, BigDecimal> values = new java.util.LinkedHashMap<>();
        values.put("lot", new BigDecimal("1400"));
        values.put("aql", new BigDecimal("2.50"));
        assertEquals("lot=1400;aql=2.5", DrawnValues.write(values));
        assertEquals(0, DrawnValues.read("lot=1400;aql=2.5").get("aql").compareTo(new BigDecimal("2.5")));
    }

    @Test
    void theWorkedSolutionShowsTheTableRowsAndWhereTheAnswerDeparted() {
        CalculatedQuestion question = reader.read(AQL).questions().get(0);
        Map<String, BigDecimal> values = Map.of("lot", new BigDecimal("1401"), "aql", new BigDecimal("2.5"));
        WorkedSolution right = WorkedSolution.of(question, values, new BigDecimal("7"), Language.FR);
        assertEquals("right", right.departure());
        assertEquals(List.of("1401", "II", "2,5", "K", "K", "125", "7", "8"), right.steps().get(0).tables().get(0).args());
        assertEquals(List.of(), right.steps().get(1).tables(), "the same ISO 2859-1 row is shown once");
        WorkedSolution stopped = WorkedSolution.of(question, values, new BigDecimal("125"), Language.AR);
        assertEquals("step", stopped.departure());
        assertEquals(List.of("حجم العينة", "125"), stopped.departureArgs());
        assertEquals("unanswered", WorkedSolution.of(question, values, null, Language.FR).departure());
        WorkedSolution off = WorkedSolution.of(question, values, new BigDecimal("9.5"), Language.FR);
        assertEquals("off", off.departure());
        assertEquals(List.of("2,5"), off.departureArgs());
        assertEquals("scale", WorkedSolution.of(question, values, new BigDecimal("0.07"), Language.FR).departure());
    }

    @Test
    void aStepMayNotHideTheVatConstant() {
        String yaml = """
                - name: p-c01
                  variables:
                    cost: {values: [10, 20], ar: كلفة, fr: coût}
                  steps:
                    - {name: vat, formula: cost * VAT, ar: ض, fr: TVA}
                  answer: {formula: cost * (1 + VAT), tolerance: 0, range: [0, 100]}
                  text: {ar: "{cost}", fr: "{cost}"}
                """;
        List<CalculatedQuestionReader.Problem> problems = reader.read(yaml).problems();
        assertEquals(1, problems.size(), problems.toString());
        assertEquals(5, problems.get(0).line());
    }

    @Test
    void aProblemGivesItsLineAndColumnForTheBrowsersEditor() {
        String misspelt = AQL.replace("    tolerance: 0", "    tolerence: 0");
        CalculatedQuestionReader.Problem problem = reader.read(misspelt).problems().get(0);
        assertTrue(problem.message().startsWith("unknown key 'tolerence'"), problem.message());
        assertEquals(List.of(13, 5), List.of(problem.line(), problem.column()));
        CalculatedQuestionReader.Problem yaml = reader.read("- name: [a\n").problems().get(0);
        assertTrue(yaml.line() > 0 && yaml.column() > 0, yaml.toString());
    }

    @Test
    void aFileOfTooManyDrawsTogetherIsRefusedBeforeItIsSolved() {
        // Each question has 4,000 draws (allowed alone); thirteen of them are more than a file may make the editor solve.
        StringBuilder file = new StringBuilder();
        for (int i = 0; i < 13; i++) {
            file.append("""
                    - name: big-%d
                      variables:
                        a: {from: 1, to: 40, step: 1, ar: أ, fr: a}
                        b: {from: 1, to: 100, step: 1, ar: ب, fr: b}
                      answer: {formula: a * b, tolerance: 0, range: [0, 4000]}
                      text: {ar: "{a} {b}", fr: "{a} {b}"}
                    """.formatted(i));
        }
        CalculatedQuestionReader.Reading reading = reader.read(file.toString());
        assertEquals(12, reading.questions().size());
        assertEquals(1, reading.problems().size(), reading.problems().toString());
        assertTrue(reading.problems().get(0).message().contains("more than " + CalculatedQuestionReader.LARGEST_FILE_GRID + " draws together"));
    }
}
