package ma.maharat.identity.boundary;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import jakarta.servlet.http.HttpServletRequest;
import java.util.Optional;
import ma.maharat.identity.entity.RegisteredTerminal;

/** Whether this request comes from one of the center's registered terminals (read once per request). */
@Named
@RequestScoped
public class ThisTerminal {

    @Inject
    HttpServletRequest request;

    @Inject
    TerminalCookie cookie;

    private Optional<RegisteredTerminal> terminal;

    public Optional<RegisteredTerminal> get() {
        if (terminal == null) {
            terminal = cookie.terminalOf(request);
        }
        return terminal;
    }

    public boolean isRegistered() {
        return get().isPresent();
    }
}
