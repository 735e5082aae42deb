package ma.maharat.certificate.control;

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
 * Rations public verification lookups per client address ({@link ClientBudgets}, 30 a minute by
 * default), for the page and the JSON API alike. A person checking a few certificates never notices
 * it; a script trying codes one after another gets a handful a second at most, which with 80-bit codes
 * finds nothing. The address comes from {@link ma.maharat.platform.security.ClientAddress}.
 */
@ApplicationScoped
public class VerificationGate {

    @Inject
    @ConfigProperty(name = "maharat.verify.lookups-per-minute", defaultValue = "30")
    int lookupsPerMinute;

    /** Budgets counted in the data grid: a client spends the same budget on every node. */
    @Inject
    SharedRecords grid;

    Clock clock = Clock.systemUTC();

    private ClientBudgets clients;

    @PostConstruct
    void budget() {
        clients = ClientBudgets.shared(grid, "verify-lookups", lookupsPerMinute, Duration.ofMinutes(1));
    }

    /**
     * Forgets every client's lookups, as a restart does. The integration suite shares one server (ADR 19):
     * the test that uses up a client's lookups gives them back for the tests after it.
     */
    public void forgetAll() {
        clients.forgetAll();
    }

    /** @return empty when the lookup may go ahead, else how long the client must wait */
    public Optional<Duration> take(String client) {
        return clients.take(client, Instant.now(clock));
    }
}
