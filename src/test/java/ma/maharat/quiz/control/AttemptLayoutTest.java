package ma.maharat.quiz.control;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;

import java.util.HashSet;
import java.util.List;
import java.util.Random;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;

class AttemptLayoutTest {

    private static final List<Integer> BANK = IntStream.range(0, 12).boxed().toList();

    @Test
    void drawsTheRequestedNumberOfDistinctQuestions() {
        List<Integer> drawn = AttemptLayout.draw(BANK, 10, new Random(1));
        assertEquals(10, drawn.size());
        assertEquals(10, new HashSet<>(drawn).size());
        assertEquals(true, BANK.containsAll(drawn));
    }

    @Test
    void drawsTheWholeBankWhenAskedForMoreThanItHas() {
        assertEquals(new HashSet<>(BANK), new HashSet<>(AttemptLayout.draw(BANK, 50, new Random(2))));
    }

    @Test
    void theSameSeedGivesTheSameLayoutAndDifferentSeedsShuffle() {
        assertEquals(AttemptLayout.draw(BANK, 12, new Random(7)), AttemptLayout.draw(BANK, 12, new Random(7)));
        long distinctOrders = IntStream.range(0, 20).mapToObj(seed -> AttemptLayout.draw(BANK, 12, new Random(seed))).distinct().count();
        assertNotEquals(1L, distinctOrders);
    }

    @Test
    void optionOrderIsAPermutationOfTheChoices() {
        List<Integer> order = AttemptLayout.optionOrder(ResponseCodecTest.MULTIPLE, new Random(3));
        assertEquals(List.of(0, 1, 2), order.stream().sorted().toList());
    }

    @Test
    void matchingShufflesItsDistinctAnswersAndOtherTypesHaveNoOptions() {
        assertEquals(3, AttemptLayout.optionOrder(ResponseCodecTest.MATCHING, new Random(4)).size());
        assertEquals(List.of("Ciseaux", "Machine", "Fer"), AttemptLayout.matchingAnswers(
                (ma.maharat.quiz.question.MatchingQuestion) ResponseCodecTest.MATCHING));
        assertEquals(List.of(), AttemptLayout.optionOrder(ResponseCodecTest.TRUE_FALSE, new Random(5)));
        assertEquals(List.of(), AttemptLayout.optionOrder(ResponseCodecTest.NUMERICAL, new Random(5)));
    }
}
