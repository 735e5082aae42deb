package ma.maharat.impact.control;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.util.Arrays;
import java.util.List;
import ma.maharat.impact.entity.FollowUpDetails;
import ma.maharat.impact.entity.OrderLine;
import ma.maharat.impact.entity.TurnoverBand;
import org.junit.jupiter.api.Test;

class FollowUpRulesTest {

    private static FollowUpDetails details(Integer women, String story, OrderLine... orders) {
        return new FollowUpDetails(TurnoverBand.FROM_50K_TO_200K, women, 2, 3, 0, "  Caftans   brodés ", null, 0, story, Arrays.asList(orders));
    }

    private static List<String> problems(FollowUpDetails details) {
        return assertThrows(FollowUpRuleViolation.class, () -> FollowUpRules.checked(details)).problems().stream()
                .map(p -> p.field() + ":" + p.messageKey()).toList();
    }

    @Test
    void goodDetailsAreTidiedAndBlankOrderLinesDropped() {
        FollowUpDetails checked = FollowUpRules.checked(details(24, "", new OrderLine(" Hôtel  Parador ", 1400, 280_000L), new OrderLine(" ", null, null)));
        assertEquals("Caftans brodés", checked.newProducts());
        assertNull(checked.story());
        assertEquals(List.of(new OrderLine("Hôtel Parador", 1400, 280_000L)), checked.orders());
    }

    @Test
    void negativeMissingAndOversizedCountsAreRefusedEachInItsField() {
        assertEquals(List.of("membersWomen:followUp.countOutOfRange"), problems(details(-1, null)));
        assertEquals(List.of("membersWomen:followUp.countRequired"), problems(details(null, null)));
        assertEquals(List.of("membersWomen:followUp.countOutOfRange"), problems(details(FollowUpRules.MAX_PEOPLE + 1, null)));
    }

    @Test
    void anOrderNeedsAClientAndBoundedItemsAndValue() {
        assertEquals(List.of("order1:followUp.orderClientRequired", "order1:followUp.orderValueBad"),
                problems(details(1, null, new OrderLine("", 10, -5L))));
        assertEquals(List.of("order1:followUp.orderItemsBad"), problems(details(1, null, new OrderLine("Client", FollowUpRules.MAX_ITEMS + 1, 5L))));
    }

    @Test
    void aStoryLongerThanAllowedOrInvisibleIsRefused() {
        assertEquals(List.of("story:followUp.textTooLong"), problems(details(1, "a".repeat(FollowUpRules.MAX_STORY + 1))));
        assertEquals(List.of("story:followUp.textInvisible"), problems(details(1, "ok\u202Eko")));
    }
}
