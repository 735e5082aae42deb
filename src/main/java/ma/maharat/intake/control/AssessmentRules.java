package ma.maharat.intake.control;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import ma.maharat.intake.entity.AssessmentDetails;
import ma.maharat.intake.entity.Topic;

/**
 * What makes a field visit's assessment acceptable: a visit day neither in the future nor before the
 * call was created, every topic scored from 0 to 4, comments, companions and observations within their
 * lengths. Pure.
 */
public final class AssessmentRules {

    public static final int MAX_SCORE = 4;
    public static final int COMMENT_LENGTH = 1000;
    public static final int COMPANIONS_LENGTH = 300;
    public static final int OBSERVATIONS_LENGTH = 4000;

    private AssessmentRules() {}

    public record Checked(AssessmentDetails details, List<IntakeProblem> problems) {
        public boolean valid() {
            return problems.isEmpty();
        }
    }

    /**
     * @param today        the centre's today: a visit cannot be later
     * @param earliest     the first day a visit may have happened (the call's creation), or null
     */
    public static Checked check(AssessmentDetails raw, LocalDate today, LocalDate earliest) {
        List<IntakeProblem> problems = new ArrayList<>();
        Map<Topic, String> comments = new EnumMap<>(Topic.class);
        for (Topic topic : Topic.values()) {
            Integer score = raw.scores().get(topic);
            String field = "score-" + topic.name().toLowerCase(Locale.ROOT);
            if (score == null) {
                problems.add(IntakeProblem.of(field, "selection.assessment.scoreMissing"));
            } else if (score < 0 || score > MAX_SCORE) {
                problems.add(IntakeProblem.of(field, "selection.assessment.scoreOutOfRange"));
            }
            String comment = ApplicationRules.tidyText(raw.comments().get(topic));
            if (comment != null && comment.length() > COMMENT_LENGTH) {
                problems.add(IntakeProblem.of("comment-" + topic.name().toLowerCase(Locale.ROOT), "selection.assessment.commentTooLong", COMMENT_LENGTH));
            }
            if (comment != null) {
                comments.put(topic, comment);
            }
        }
        if (raw.visitedOn() == null) {
            problems.add(IntakeProblem.of("visited-on", "intake.required"));
        } else if (raw.visitedOn().isAfter(today)) {
            problems.add(IntakeProblem.of("visited-on", "selection.assessment.visitInFuture"));
        } else if (earliest != null && raw.visitedOn().isBefore(earliest)) {
            problems.add(IntakeProblem.of("visited-on", "selection.assessment.visitBeforeCall"));
        }
        String companions = ApplicationRules.tidy(raw.companions());
        if (companions != null && companions.length() > COMPANIONS_LENGTH) {
            problems.add(IntakeProblem.of("companions", "intake.tooLong", COMPANIONS_LENGTH));
        }
        String observations = ApplicationRules.tidyText(raw.observations());
        if (observations != null && observations.length() > OBSERVATIONS_LENGTH) {
            problems.add(IntakeProblem.of("observations", "intake.tooLong", OBSERVATIONS_LENGTH));
        }
        return new Checked(new AssessmentDetails(raw.visitedOn(), companions, raw.scores(), comments, observations), List.copyOf(problems));
    }
}
