package ma.maharat.impact.boundary;

import ma.maharat.impact.control.FollowUpProblem;
import ma.maharat.impact.control.FollowUpRuleViolation;
import ma.maharat.platform.i18n.PageMessages;

/** A refused follow-up's problems as messages beside their fields (order lines under the orders' table). */
final class FormProblems {

    private FormProblems() {}

    static void show(PageMessages messages, String formId, FollowUpRuleViolation violation) {
        messages.error(violation);
        for (FollowUpProblem problem : violation.problems()) {
            String field = problem.field().startsWith("order") ? "orders" : problem.field();
            messages.error(formId + ":" + field, problem.messageKey(), problem.arguments().toArray());
        }
    }
}
