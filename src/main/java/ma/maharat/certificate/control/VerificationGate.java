package ma.maharat.certificate.control;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * Rations public verification lookups per client address ({@link LookupLimit}), for the page and
 * the JSON API alike. The address is the connection's own unless {@code maharat.proxy.trusted} says
 * a reverse proxy stands in front and sets {@code X-Forwarded-For}: trusting that header otherwise
 * would let anyone pick a fresh address per request.
 */
@ApplicationScoped
public class VerificationGate {

    private static final int FORGET_ABOVE = 10_000;

    @Inject
    @ConfigProperty(name = "maharat.verify.lookups-per-minute", defaultValue = "30")
    int lookupsPerMinute;

    @Inject
    @ConfigProperty(name = "maharat.proxy.trusted", defaultValue = "false")
    boolean proxyTrusted;

    Clock clock = Clock.systemUTC();

    private final Map<String, LookupLimit> clients = new ConcurrentHashMap<>();

    /** The client of a request: the last address a trusted proxy added, else the connection's. */
    public String client(String remoteAddress, String forwardedFor) {
        if (proxyTrusted && forwardedFor != null && !forwardedFor.isBlank()) {
            String[] hops = forwardedFor.split(",");
            return hops[hops.length - 1].strip();
        }
        return remoteAddress;
    }

    /** @return empty when the lookup may go ahead, else how long the client must wait */
    public Optional<Duration> take(String client) {
        Instant now = Instant.now(clock);
        if (clients.size() > FORGET_ABOVE) {
            clients.values().removeIf(limit -> limit.isFullAt(now));
        }
        return clients.computeIfAbsent(client, c -> new LookupLimit(lookupsPerMinute, Duration.ofMinutes(1), now)).take(now);
    }
}
