package ma.maharat.intake.control;

import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import java.time.Clock;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;
import ma.maharat.audit.control.AuditTrail;
import ma.maharat.audit.entity.AuditMessage;
import ma.maharat.intake.entity.Assessment;
import ma.maharat.intake.entity.IntakeApplication;
import ma.maharat.intake.entity.TopicScore;
import ma.maharat.platform.i18n.CenterDates;
import ma.maharat.training.control.Cohorts;
import ma.maharat.training.control.PersonalisedProgrammes;
import ma.maharat.training.entity.Cohort;

/**
 * The last step of the intake: a selected applicant that became a cooperative joins a cohort, and its
 * personalised programme is proposed from its field visit's needs assessment (a topic's name is the code
 * of its course; management has no course yet and is left out by the rule). Without an assessment every
 * course is proposed in full. The trainer adjusts the proposal afterwards on the cohort's programmes page.
 */
@Stateless
public class Placement {

    @Inject
    Assessments assessments;

    @Inject
    Cohorts cohorts;

    @Inject
    PersonalisedProgrammes programmes;

    @Inject
    AuditTrail audit;

    Clock clock = Clock.systemUTC();

    /**
     * @return the needs scores by course code that the proposal used (empty without an assessment)
     * @throws IntakeRuleViolation {@code selection.place.notConverted}, {@code selection.place.cohortEnded}
     */
    public Map<String, Integer> place(long applicationId, long cohortId) {
        IntakeApplication application = assessments.application(applicationId);
        Long cooperativeId = application.getCooperativeId();
        if (cooperativeId == null) {
            throw new IntakeRuleViolation("selection.place.notConverted");
        }
        Cohort cohort = cohorts.find(cohortId);
        if (cohort.getEndDate().isBefore(LocalDate.now(clock.withZone(CenterDates.CENTER_ZONE)))) {
            throw new IntakeRuleViolation("selection.place.cohortEnded", cohort.getName());
        }
        cohorts.addCooperative(cohortId, cooperativeId);
        Map<String, Integer> needs = needsByCourseCode(assessments.of(applicationId).orElse(null));
        programmes.proposeFromNeeds(cohortId, cooperativeId, needs);
        audit.record("intake.application.placed", "application", applicationId,
                AuditMessage.of("audit.message.intake.placed", application.getNameFr(), cohort.getName()));
        return needs;
    }

    /** The assessment's scores keyed as the programme's courses are coded (the topic's name in lower case). */
    static Map<String, Integer> needsByCourseCode(Assessment assessment) {
        Map<String, Integer> needs = new LinkedHashMap<>();
        if (assessment != null) {
            for (TopicScore score : assessment.getScores()) {
                needs.put(score.getTopic().name().toLowerCase(Locale.ROOT), score.getScore());
            }
        }
        return needs;
    }
}
