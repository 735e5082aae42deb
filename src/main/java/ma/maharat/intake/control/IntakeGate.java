package ma.maharat.intake.control;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import ma.maharat.platform.security.TokenBucket;
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

    private static final int FORGET_ABOVE = 10_000;

    @Inject
    @ConfigProperty(name = "maharat.intake.submits-per-hour", defaultValue = "10")
    int submitsPerHour;

    @Inject
    @ConfigProperty(name = "maharat.intake.lookups-per-minute", defaultValue = "10")
    int lookupsPerMinute;

    Clock clock = Clock.systemUTC();

    private final Map<String, TokenBucket> submits = new ConcurrentHashMap<>();
    private final Map<String, TokenBucket> lookups = new ConcurrentHashMap<>();

    /** Forgets every client's use, as a restart does (the integration suite shares one server, ADR 19). */
    public void forgetAll() {
        submits.clear();
        lookups.clear();
    }

    /** @return empty when the client may send an application now, else how long it must wait */
    public Optional<Duration> takeSubmit(String client) {
        return take(submits, client, submitsPerHour, Duration.ofHours(1));
    }

    /** @return empty when the client may look an application up now, else how long it must wait */
    public Optional<Duration> takeLookup(String client) {
        return take(lookups, client, lookupsPerMinute, Duration.ofMinutes(1));
    }

    private Optional<Duration> take(Map<String, TokenBucket> clients, String client, int capacity, Duration period) {
        Instant now = Instant.now(clock);
        if (clients.size() > FORGET_ABOVE) {
            clients.values().removeIf(limit -> limit.isFullAt(now));
        }
        return clients.computeIfAbsent(client, c -> new TokenBucket(capacity, period, now)).take(now);
    }
}
