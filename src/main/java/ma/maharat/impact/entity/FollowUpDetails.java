package ma.maharat.impact.entity;

import java.util.List;

/**
 * What a follow-up says, as typed (checked by {@code impact.control.FollowUpRules} before it is kept).
 * Counts may be null in the form; the rules ask for them.
 */
public record FollowUpDetails(
        TurnoverBand turnoverBand,
        Integer membersWomen,
        Integer membersMen,
        Integer paidJobsWomen,
        Integer paidJobsMen,
        String newProducts,
        String equipmentAcquired,
        Integer qualityIncidents,
        String story,
        List<OrderLine> orders) {

    public FollowUpDetails {
        orders = orders == null ? List.of() : List.copyOf(orders);
    }
}
