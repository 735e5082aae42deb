package ma.maharat.identity.boundary;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Named;
import ma.maharat.identity.control.IdleLimit;

/**
 * The shared-terminal settings a trainee's page gives its script ({@code WEB-INF/includes/topbar.xhtml}
 * and, without Faces, {@code PageChrome}): how long she may be idle, and how long the countdown lasts.
 */
@Named
@ApplicationScoped
public class SharedTerminal {

    private final IdleLimit limit = IdleLimit.configured();

    public int getIdleSeconds() {
        return limit.idleSeconds();
    }

    public int getCountdownSeconds() {
        return limit.countdownSeconds();
    }
}
