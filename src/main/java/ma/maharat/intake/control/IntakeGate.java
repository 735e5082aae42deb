package ma.maharat.intake.control;

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
 * Rations, per client address, what a robot would repeat on the public application page: sending an
 * application ({@code maharat.intake.submits-per-hour}, 10 by default: a centre's shared computer may send
 * a few for several cooperatives) and looking one up by reference and phone
 * ({@code maharat.intake.lookups-per-minute}, 10 by default: a person mistypes a few times, a script
 * trying references gets nowhere). The address comes from {@link ma.maharat.platform.security.ClientAddress}.
 */
@ApplicationScoped
public class IntakeGate {

    @Inject
    @ConfigProperty(name = "maharat.intake.submits-per-hour", defaultValue = "10")
    int submitsPerHour;

    @Inject
    @ConfigProperty(name = "maharat.intake.lookups-per-minute", defaultValue = "10")
    int lookupsPerMinute;

    /** Budgets counted in the data grid: a client spends the same budget on every node. */
    @Inject
    SharedRecords grid;

    Clock clock = Clock.systemUTC();

    private ClientBudgets submits;
    private ClientBudgets lookups;

    @PostConstruct
    void budget() {
        submits = ClientBudgets.shared(grid, "intake-submits", submitsPerHour, Duration.ofHours(1));
        lookups = ClientBudgets.shared(grid, "intake-lookups", lookupsPerMinute, Duration.ofMinutes(1));
    }

    /** Forgets every client's use, as a restart does (the integration suite shares one server, ADR 19). */
    public void forgetAll() {
        submits.forgetAll();
        lookups.forgetAll();
    }

    /** @return empty when the client may send an application now, else how long it must wait */
    public Optional<Duration> takeSubmit(String client) {
        return submits.take(client, Instant.now(clock));
    }

    /** @return empty when the client may look an application up now, else how long it must wait */
    public Optional<Duration> takeLookup(String client) {
        return lookups.take(client, Instant.now(clock));
    }
}
