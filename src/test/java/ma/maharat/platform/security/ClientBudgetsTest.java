package ma.maharat.platform.security;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Duration;
import java.time.Instant;
import org.junit.jupiter.api.Test;

class ClientBudgetsTest {

    private static final Instant NOW = Instant.parse("2026-12-06T10:00:00Z");

    @Test
    void eachClientHasItsOwnBudget() {
        ClientBudgets budgets = new ClientBudgets(2, Duration.ofMinutes(1));
        assertTrue(budgets.take("a", NOW).isEmpty());
        assertTrue(budgets.take("a", NOW).isEmpty());
        assertTrue(budgets.take("a", NOW).isPresent(), "a third request within the minute waits");
        assertTrue(budgets.take("b", NOW).isEmpty(), "another address is not held back");
        budgets.forgetAll();
        assertTrue(budgets.take("a", NOW).isEmpty(), "forgotten, as after a restart");
    }

    @Test
    void aFloodOfAddressesDoesNotGrowWithoutBound() {
        ClientBudgets budgets = new ClientBudgets(1, Duration.ofSeconds(1));
        for (int i = 0; i <= ClientBudgets.FORGET_ABOVE; i++) {
            budgets.take("10.0." + i, NOW);
        }
        budgets.take("late", NOW.plusSeconds(5));
        assertEquals(1, budgets.remembered(), "the full buckets were forgotten, only the newest is kept");
    }
}
