package ma.maharat.intake.control;

import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import ma.maharat.audit.control.AuditTrail;
import ma.maharat.audit.entity.AuditMessage;
import ma.maharat.cooperative.control.Cooperatives;
import ma.maharat.cooperative.entity.Cooperative;
import ma.maharat.cooperative.entity.CooperativeDetails;
import ma.maharat.intake.entity.Decision;
import ma.maharat.intake.entity.IntakeApplication;

/**
 * A selected applicant becomes a cooperative, from what it typed in its application (no retyping): its
 * names, legal form, place, year, members, who leads it, products and contact. The cooperative's own
 * rules apply (a refusal rolls everything back); the application then names the cooperative, and an
 * application is converted once. Joining a cohort and the personalised programme are another step.
 */
@Stateless
public class Conversion {

    @Inject
    Assessments assessments;

    @Inject
    Cooperatives cooperatives;

    @Inject
    AuditTrail audit;

    public Cooperative convert(long applicationId) {
        IntakeApplication a = assessments.application(applicationId);
        if (a.getDecision() != Decision.SELECTED) {
            throw new IntakeRuleViolation("selection.convert.notSelected");
        }
        if (a.getCooperativeId() != null) {
            throw new IntakeRuleViolation("selection.convert.already");
        }
        Cooperative cooperative = cooperatives.create(new CooperativeDetails(a.getNameFr(), a.getNameAr(), a.getProvince(), a.getCity(),
                a.getLegalForm(), a.getYearFounded(), a.getMembers(), a.isLedByWoman(), a.getProducts(), a.getContactName(),
                a.getContactPhone(), a.getContactEmail()));
        a.convertedInto(cooperative.getId());
        audit.record("intake.application.converted", "application", applicationId,
                AuditMessage.of("audit.message.intake.converted", a.getNameFr(), cooperative.getId().toString()));
        return cooperative;
    }
}
