package ma.maharat.impact.control;

import java.io.Serializable;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Set;
import ma.maharat.impact.entity.FollowUpRound;

/**
 * Where one round of a cooperative's follow-up stands: recorded, missing (its day has passed and nothing
 * is recorded) or to come. Pure: the rounds of a cohort are computed from its days and the center's today.
 */
public record RoundState(FollowUpRound round, LocalDate dueOn, Status status) implements Serializable {

    public enum Status {
        RECORDED,
        MISSING,
        TO_COME
    }

    /** Every round of a cohort, in order, for a cooperative that recorded the given rounds. */
    public static List<RoundState> of(LocalDate cohortStart, LocalDate cohortEnd, Set<FollowUpRound> recorded, LocalDate today) {
        List<RoundState> states = new ArrayList<>();
        for (FollowUpRound round : Arrays.asList(FollowUpRound.values())) {
            LocalDate due = round.dueOn(cohortStart, cohortEnd);
            Status status = recorded.contains(round) ? Status.RECORDED : due.isBefore(today) ? Status.MISSING : Status.TO_COME;
            states.add(new RoundState(round, due, status));
        }
        return states;
    }

    public boolean isMissing() {
        return status == Status.MISSING;
    }

    public boolean isRecorded() {
        return status == Status.RECORDED;
    }
}
