package ma.maharat.impact.control;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.time.LocalDate;
import java.util.List;
import java.util.Set;
import ma.maharat.impact.entity.FollowUpRound;
import org.junit.jupiter.api.Test;

class RoundStateTest {

    private static final LocalDate START = LocalDate.of(2026, 1, 5);
    private static final LocalDate END = LocalDate.of(2026, 3, 5);

    @Test
    void roundsAreDueBeforeTrainingThenThreeSixAndTwelveMonthsAfterItsEnd() {
        List<RoundState> states = RoundState.of(START, END, Set.of(), START.minusDays(1));
        assertEquals(List.of(START, LocalDate.of(2026, 6, 5), LocalDate.of(2026, 9, 5), LocalDate.of(2027, 3, 5)),
                states.stream().map(RoundState::dueOn).toList());
    }

    @Test
    void aRoundIsMissingOnceItsDayHasPassedWithNothingRecorded() {
        List<RoundState> states = RoundState.of(START, END, Set.of(FollowUpRound.BASELINE), LocalDate.of(2026, 9, 6));
        assertEquals(List.of(RoundState.Status.RECORDED, RoundState.Status.MISSING, RoundState.Status.MISSING, RoundState.Status.TO_COME),
                states.stream().map(RoundState::status).toList());
    }

    @Test
    void aRoundDueTodayIsNotMissingYet() {
        assertEquals(RoundState.Status.TO_COME, RoundState.of(START, END, Set.of(), LocalDate.of(2026, 6, 5)).get(1).status());
    }
}
