package ma.maharat.impact.control;

import java.util.ArrayList;
import java.util.List;
import ma.maharat.impact.entity.FollowUpDetails;
import ma.maharat.impact.entity.OrderLine;
import ma.maharat.platform.text.VisibleText;

/**
 * The bounds of a follow-up, pure: counts present, never negative, at most {@link #MAX_PEOPLE} people and
 * {@link #MAX_INCIDENTS} incidents (more is a typing slip for a cooperative of this region); at most
 * {@link #MAX_ORDERS} orders of at most {@link #MAX_ITEMS} items and {@link #MAX_VALUE_MAD} dirhams each;
 * texts visible and bounded. The database checks the same bounds (V21).
 */
public final class FollowUpRules {

    public static final int MAX_PEOPLE = 100_000;
    public static final int MAX_INCIDENTS = 100_000;
    public static final int MAX_ORDERS = 50;
    public static final int MAX_ITEMS = 10_000_000;
    public static final long MAX_VALUE_MAD = 1_000_000_000L;
    public static final int MAX_CLIENT = 200;
    public static final int MAX_TEXT = 1000;
    public static final int MAX_STORY = 2000;

    private FollowUpRules() {}

    /** The details tidied (texts in one form, empty ones null, blank order lines dropped), or every problem at once. */
    public static FollowUpDetails checked(FollowUpDetails typed) {
        List<FollowUpProblem> problems = new ArrayList<>();
        count(problems, "membersWomen", typed.membersWomen(), MAX_PEOPLE);
        count(problems, "membersMen", typed.membersMen(), MAX_PEOPLE);
        count(problems, "paidJobsWomen", typed.paidJobsWomen(), MAX_PEOPLE);
        count(problems, "paidJobsMen", typed.paidJobsMen(), MAX_PEOPLE);
        count(problems, "qualityIncidents", typed.qualityIncidents(), MAX_INCIDENTS);
        String newProducts = text(problems, "newProducts", typed.newProducts(), MAX_TEXT);
        String equipment = text(problems, "equipmentAcquired", typed.equipmentAcquired(), MAX_TEXT);
        String story = text(problems, "story", typed.story(), MAX_STORY);
        List<OrderLine> orders = new ArrayList<>();
        int number = 0;
        for (OrderLine line : typed.orders()) {
            number++;
            String client = VisibleText.normalise(line.client());
            if ((client == null || client.isEmpty()) && line.items() == null && line.valueMad() == null) {
                continue;
            }
            String field = "order" + number;
            if (client == null || client.isEmpty()) {
                problems.add(FollowUpProblem.of(field, "followUp.orderClientRequired", number));
            } else if (VisibleText.problem(client, MAX_CLIENT).isPresent()) {
                problems.add(FollowUpProblem.of(field, "followUp.orderClientBad", number, MAX_CLIENT));
            }
            if (line.items() == null || line.items() < 0 || line.items() > MAX_ITEMS) {
                problems.add(FollowUpProblem.of(field, "followUp.orderItemsBad", number, MAX_ITEMS));
            }
            if (line.valueMad() == null || line.valueMad() < 0 || line.valueMad() > MAX_VALUE_MAD) {
                problems.add(FollowUpProblem.of(field, "followUp.orderValueBad", number, MAX_VALUE_MAD));
            }
            orders.add(new OrderLine(client, line.items(), line.valueMad()));
        }
        if (orders.size() > MAX_ORDERS) {
            problems.add(FollowUpProblem.of("orders", "followUp.tooManyOrders", MAX_ORDERS));
        }
        if (!problems.isEmpty()) {
            throw new FollowUpRuleViolation("followUp.notSaved", problems);
        }
        return new FollowUpDetails(typed.turnoverBand(), typed.membersWomen(), typed.membersMen(), typed.paidJobsWomen(), typed.paidJobsMen(),
                newProducts, equipment, typed.qualityIncidents(), story, orders);
    }

    private static void count(List<FollowUpProblem> problems, String field, Integer value, int max) {
        if (value == null) {
            problems.add(FollowUpProblem.of(field, "followUp.countRequired"));
        } else if (value < 0 || value > max) {
            problems.add(FollowUpProblem.of(field, "followUp.countOutOfRange", max));
        }
    }

    private static String text(List<FollowUpProblem> problems, String field, String typed, int max) {
        String text = VisibleText.normalise(typed);
        if (text == null || text.isEmpty()) {
            return null;
        }
        VisibleText.problem(text, max).ifPresent(problem -> problems.add(problem == VisibleText.Problem.TOO_LONG
                ? FollowUpProblem.of(field, "followUp.textTooLong", max)
                : FollowUpProblem.of(field, "followUp.textInvisible")));
        return text;
    }
}
