package ma.maharat.training.control;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import ma.maharat.training.entity.CourseTreatment;

/**
 * The proposal of a personalised programme from a field visit's needs assessment (ADR 23), pure. Each topic
 * is scored 0 (no skill, great need) to 4 (masters it); a topic is a course code. Scores 0 to 2 give the
 * FULL course, 3 a SHORTENED one (no practical work), 4 an OPTIONAL one; a course whose topic was not
 * scored stays FULL, because not knowing is no reason to take training away. Topics that match no
 * course of the programme (management, for now) are ignored.
 */
public final class NeedRule {

    /** The lowest and highest need scores of the assessment grid. */
    public static final int LOWEST = 0;
    public static final int HIGHEST = 4;
    /** More topics than any grid holds: a bound on what a caller may send. */
    static final int MAX_TOPICS = 50;

    private NeedRule() {}

    /**
     * The treatment for one topic's score; {@code null} (not scored) gives FULL.
     *
     * @throws ProgrammeRuleViolation {@code personalised.scoreOutOfRange} for a score below 0 or above 4
     */
    public static CourseTreatment treatmentFor(String topic, Integer score) {
        if (score == null) {
            return CourseTreatment.FULL;
        }
        if (score < LOWEST || score > HIGHEST) {
            throw new ProgrammeRuleViolation("personalised.scoreOutOfRange", shortened(topic), score);
        }
        return score <= 2 ? CourseTreatment.FULL : score == 3 ? CourseTreatment.SHORTENED : CourseTreatment.OPTIONAL;
    }

    /**
     * The treatment of each course of the programme, in the programme's order. Every score is checked,
     * also those of topics without a course, so that a wrong grid is refused whole rather than half used.
     *
     * @param courseCodes      the codes of the programme's courses
     * @param needScoreByTopic scores by topic (course code); may be null or empty (everything FULL)
     * @throws ProgrammeRuleViolation {@code personalised.scoreOutOfRange} or {@code personalised.tooManyTopics}
     */
    public static Map<String, CourseTreatment> propose(List<String> courseCodes, Map<String, Integer> needScoreByTopic) {
        Map<String, Integer> scores = needScoreByTopic == null ? Map.of() : needScoreByTopic;
        if (scores.size() > MAX_TOPICS) {
            throw new ProgrammeRuleViolation("personalised.tooManyTopics", MAX_TOPICS);
        }
        scores.forEach(NeedRule::treatmentFor);
        Map<String, CourseTreatment> treatments = new LinkedHashMap<>();
        for (String code : courseCodes) {
            treatments.put(code, treatmentFor(code, scores.get(code)));
        }
        return treatments;
    }

    private static String shortened(String topic) {
        if (topic == null) {
            return "";
        }
        return topic.length() > 40 ? topic.substring(0, 40) + "…" : topic;
    }
}
