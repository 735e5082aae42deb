package ma.maharat.impact.control;

import jakarta.annotation.PostConstruct;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Optional;
import ma.maharat.platform.cluster.SharedRecords;
import ma.maharat.platform.security.ClientBudgets;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * Rations the public follow-up page per client address (20 openings a minute by default), as the sign-in
 * and certificate verification are: a president opening her link a few times never notices it; a script
 * trying tokens gets nothing from 256-bit tokens anyway, but no free load on the database either.
 */
@ApplicationScoped
public class FollowUpGate {

    @Inject
    @ConfigProperty(name = "maharat.follow-up.openings-per-minute", defaultValue = "20")
    int openingsPerMinute;

    /** Budgets counted in the data grid: a client spends the same budget on every node. */
    @Inject
    SharedRecords grid;

    Clock clock = Clock.systemUTC();

    private ClientBudgets clients;

    @PostConstruct
    void budget() {
        clients = ClientBudgets.shared(grid, "follow-up-openings", openingsPerMinute, Duration.ofMinutes(1));
    }

    /** @return empty when the client may go ahead, else how long it must wait */
    public Optional<Duration> take(String client) {
        return clients.take(client, Instant.now(clock));
    }
}
