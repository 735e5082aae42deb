package ma.maharat.platform.security;

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
        for (int i = 0; i <= 2 * ClientBudgets.FORGET_ABOVE; i++) {
            budgets.take("10.0." + i, NOW);
        }
        assertTrue(budgets.remembered() <= ClientBudgets.FORGET_ABOVE + 1, "remembered " + budgets.remembered());
        assertTrue(budgets.take("10.0." + 2 * ClientBudgets.FORGET_ABOVE, NOW).isPresent(), "the latest address is still held back");
    }

    @Test
    void aBucketLeftAloneIsFullAgain() {
        ClientBudgets budgets = new ClientBudgets(2, Duration.ofMinutes(1));
        budgets.take("a", NOW);
        budgets.take("a", NOW);
        assertTrue(budgets.take("a", NOW.plusSeconds(29)).isPresent());
        assertTrue(budgets.take("a", NOW.plusSeconds(60)).isEmpty(), "refilled as the clock goes, whoever kept the level");
    }
}
