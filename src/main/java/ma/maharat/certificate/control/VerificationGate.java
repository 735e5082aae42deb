package ma.maharat.certificate.control;

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
 * Rations public verification lookups per client address ({@link TokenBucket}, 30 a minute by
 * default), for the page and the JSON API alike. A person checking a few certificates never notices
 * it; a script trying codes one after another gets a handful a second at most, which with 80-bit codes
 * finds nothing. The address comes from {@link ma.maharat.platform.security.ClientAddress}.
 */
@ApplicationScoped
public class VerificationGate {

    private static final int FORGET_ABOVE = 10_000;

    @Inject
    @ConfigProperty(name = "maharat.verify.lookups-per-minute", defaultValue = "30")
    int lookupsPerMinute;

    Clock clock = Clock.systemUTC();

    private final Map<String, TokenBucket> clients = new ConcurrentHashMap<>();

    /**
     * Forgets every client's lookups, as a restart does. The integration suite shares one server (ADR 19):
     * the test that uses up a client's lookups gives them back for the tests after it.
     */
    public void forgetAll() {
        clients.clear();
    }

    /** @return empty when the lookup may go ahead, else how long the client must wait */
    public Optional<Duration> take(String client) {
        Instant now = Instant.now(clock);
        if (clients.size() > FORGET_ABOVE) {
            clients.values().removeIf(limit -> limit.isFullAt(now));
        }
        return clients.computeIfAbsent(client, c -> new TokenBucket(lookupsPerMinute, Duration.ofMinutes(1), now)).take(now);
    }
}
