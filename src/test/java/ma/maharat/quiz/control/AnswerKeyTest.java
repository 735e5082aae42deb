package ma.maharat.quiz.control;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.stream.Stream;
import ma.maharat.quiz.gift.GiftParser;
import ma.maharat.quiz.question.Grader;
import ma.maharat.quiz.question.Question;
import org.junit.jupiter.api.Test;

class AnswerKeyTest {

    // 1e-6: banks write thirds as %33.33333%, as Moodle does, so three right choices make 0.9999999.
    @Test
    void theKeyEarnsFullMarksOnEveryTypeAndEveryShippedQuestion() throws Exception {
        int checked = 0;
        try (Stream<Path> banks = Files.walk(Path.of("modules-content"))) {
            for (Path bank : banks.filter(p -> p.toString().endsWith(".gift")).toList()) {
                for (Question question : new GiftParser().parse(Files.readString(bank)).questions()) {
                    assertEquals(1.0, Grader.score(question, AnswerKey.rightResponse(question)), 1e-6, bank + " " + question.name());
                    checked++;
                }
            }
        }
        for (Question question : new Question[] {ResponseCodecTest.SINGLE, ResponseCodecTest.MULTIPLE, ResponseCodecTest.TRUE_FALSE,
                ResponseCodecTest.SHORT, ResponseCodecTest.NUMERICAL, ResponseCodecTest.MATCHING}) {
            assertEquals(1.0, Grader.score(question, AnswerKey.rightResponse(question)), 1e-9, question.name());
        }
        assertEquals(true, checked >= 6 * 12 * 2, "every shipped bank is checked, found " + checked);
    }

    @Test
    void theKeyAsJsonIsWhatThePageSends() {
        assertEquals("{\"choices\":[0,1]}", ResponseCodec.canonical(AnswerKey.rightResponse(ResponseCodecTest.MULTIPLE)));
        assertEquals("{\"number\":\"45\"}", ResponseCodec.canonical(AnswerKey.rightResponse(ResponseCodecTest.NUMERICAL)));
    }
}
