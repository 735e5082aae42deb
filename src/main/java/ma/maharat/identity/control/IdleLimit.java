package ma.maharat.identity.control;

import java.util.logging.Logger;
import org.eclipse.microprofile.config.Config;
import org.eclipse.microprofile.config.ConfigProvider;

/**
 * How long a trainee's pages may sit untouched at a shared terminal: after {@code idleSeconds} without
 * a key, a click or a touch, the page asks "are you still there?" for {@code countdownSeconds}, then
 * signs her out. The server ends a trainee's session after both together, so that a closed lid or a
 * page without its script does not keep her account open longer ({@code MAHARAT_TERMINAL_IDLE_MINUTES};
 * staff keep {@code MAHARAT_SESSION_TIMEOUT_MINUTES}).
 *
 * <p>Read from MicroProfile Config by its static factory rather than injected, because the lesson
 * page's chrome is written by a plain object ({@code PageChrome}) that must say the same as the Faces
 * pages and the authentication mechanism.
 */
public record IdleLimit(int idleSeconds, int countdownSeconds) {

    public static final String IDLE_MINUTES = "maharat.terminal.idle.minutes";
    public static final int DEFAULT_IDLE_MINUTES = 5;
    /** Long enough to notice the question and reach the button, short enough for the next person not to wait. */
    public static final int COUNTDOWN_SECONDS = 60;

    private static final Logger LOG = Logger.getLogger(IdleLimit.class.getName());

    public static IdleLimit configured() {
        return of(ConfigProvider.getConfig());
    }

    static IdleLimit of(Config config) {
        int minutes = config.getOptionalValue(IDLE_MINUTES, Integer.class).orElse(DEFAULT_IDLE_MINUTES);
        if (minutes < 1) {
            // Zero would sign a trainee out while she reads her first paragraph.
            LOG.warning(() -> IDLE_MINUTES + "=" + config.getOptionalValue(IDLE_MINUTES, String.class).orElse("")
                    + " is below 1 minute; 1 minute is used");
            minutes = 1;
        }
        return new IdleLimit(minutes * 60, COUNTDOWN_SECONDS);
    }

    /** The longest a trainee's session lives on the server without a request: the idle time and the countdown. */
    public int sessionSeconds() {
        return idleSeconds + countdownSeconds;
    }
}
