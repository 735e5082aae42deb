package ma.maharat.quiz.calculated;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import ma.maharat.platform.i18n.Language;
import ma.maharat.quiz.gift.GiftParseResult;
import ma.maharat.quiz.gift.GiftParser;
import ma.maharat.quiz.gift.GiftWriter;
import ma.maharat.quiz.question.Grader;
import ma.maharat.quiz.question.NumberResponse;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.TestFactory;

/**
 * Every calculated question of the six courses, solved over its whole grid of values: each draw gives an
 * answer in its range, asked in Arabic and French it reads back as one GIFT question, and that question
 * grades its own answer right and a number far from it wrong.
 */
class CalculatedContentTest {

    private static final Path CONTENT = Path.of("modules-content");
    private static final List<String> COURSES = List.of("quality", "production", "prototyping", "modeling", "sourcing", "marketing");

    @TestFactory
    Stream<DynamicTest> everyCourseHasThreeCalculatedQuestionsThatSolveOverTheirWholeRange() {
        return COURSES.stream().map(course -> DynamicTest.dynamicTest(course, () -> solveAll(course)));
    }

    private static void solveAll(String course) throws IOException {
        String yaml = Files.readString(CONTENT.resolve(course).resolve("quiz/bank.calculated.yaml"), StandardCharsets.UTF_8);
        CalculatedQuestionReader.Reading reading = new CalculatedQuestionReader().read(yaml);
        assertEquals(List.of(), reading.problems(), course);
        assertTrue(reading.questions().size() >= 3, course + " has " + reading.questions().size());
        GiftParser parser = new GiftParser();
        GiftWriter writer = new GiftWriter();
        for (CalculatedQuestion question : reading.questions()) {
            assertTrue(question.category().startsWith(course + "/"), question.name());
            for (long index = 0; index < question.gridSize(); index++) {
                Map<String, BigDecimal> values = question.gridPoint(index);
                BigDecimal answer = question.solve(values).answer();
                assertTrue(answer.compareTo(question.lowest()) >= 0 && answer.compareTo(question.highest()) <= 0,
                        question.name() + " " + values + " gives " + answer);
                if (index % 7 == 0) {
                    for (Language language : List.of(Language.AR, Language.FR)) {
                        GiftParseResult parsed = parser.parse(writer.write(question.asked(language, values)));
                        assertTrue(parsed.isValid() && parsed.questions().size() == 1, question.name() + " " + parsed.errors());
                        String text = parsed.questions().get(0).text();
                        assertTrue(!text.contains("{"), question.name() + ": a value is not written in: " + text);
                        assertEquals(1.0, Grader.score(parsed.questions().get(0), new NumberResponse(answer)), question.name());
                        assertEquals(0.0, Grader.score(parsed.questions().get(0),
                                new NumberResponse(answer.add(BigDecimal.valueOf(1000)))), question.name());
                    }
                }
            }
        }
    }
}
