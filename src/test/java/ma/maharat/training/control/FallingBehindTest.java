package ma.maharat.training.control;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import org.junit.jupiter.api.Test;

class FallingBehindTest {

    @Test
    void aTraineeWithFewerLessonsThanTheMedianIsBehind() {
        assertEquals(List.of(false, true, false, false, true), FallingBehind.of(List.of(5, 1, 3, 4, 2)));
    }

    @Test
    void theMedianOfAnEvenCohortIsTheMeanOfItsTwoMiddleTrainees() {
        assertEquals(2.5, FallingBehind.median(List.of(4, 1, 2, 3)));
        assertEquals(List.of(false, true, true, false), FallingBehind.of(List.of(4, 1, 2, 3)));
    }

    @Test
    void nobodyIsBehindWhenEveryoneIsLevel() {
        assertEquals(List.of(false, false, false), FallingBehind.of(List.of(3, 3, 3)));
    }

    @Test
    void nobodyIsBehindInACourseTheCohortHasNotReached() {
        assertEquals(List.of(false, false, false), FallingBehind.of(List.of(0, 0, 2)));
    }

    @Test
    void reachingTheMedianIsNotBehind() {
        assertEquals(List.of(false, false, true), FallingBehind.of(List.of(2, 4, 1)));
    }

    @Test
    void anEmptyCohortHasAZeroMedianAndNobodyBehind() {
        assertEquals(0, FallingBehind.median(List.of()));
        assertEquals(List.of(), FallingBehind.of(List.of()));
    }
}
