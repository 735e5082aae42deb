package ma.maharat.platform.health;

import jakarta.enterprise.context.ApplicationScoped;
import org.eclipse.microprofile.health.HealthCheck;
import org.eclipse.microprofile.health.HealthCheckResponse;
import org.eclipse.microprofile.health.Liveness;

/**
 * Alive as long as the process can still allocate; a database outage must not make an orchestrator
 * restart the application (readiness covers that), so the database is deliberately not checked here.
 */
@Liveness
@ApplicationScoped
public class ProcessLiveness implements HealthCheck {

    private static final long MINIMUM_FREE_BYTES = 16L * 1024 * 1024;

    @Override
    public HealthCheckResponse call() {
        Runtime runtime = Runtime.getRuntime();
        long available = runtime.maxMemory() - (runtime.totalMemory() - runtime.freeMemory());
        return HealthCheckResponse.named("memory").status(available > MINIMUM_FREE_BYTES)
                .withData("availableBytes", available).build();
    }
}
