package ma.maharat.identity.boundary;

import jakarta.annotation.PostConstruct;
import jakarta.faces.context.ExternalContext;
import jakarta.faces.context.FacesContext;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.Serializable;
import java.util.List;
import ma.maharat.identity.control.AccountRuleViolation;
import ma.maharat.identity.control.Terminals;
import ma.maharat.identity.entity.RegisteredTerminal;
import ma.maharat.platform.i18n.PageMessages;
import org.omnifaces.cdi.ViewScoped;

/**
 * The administrators' page of registered terminals ({@code admin/terminals.xhtml}): registers the
 * browser the administrator is using (it receives the cookie), lists the terminals and revokes one.
 */
@Named
@ViewScoped
public class ManageTerminals implements Serializable {

    private static final long serialVersionUID = 1L;

    @Inject
    transient Terminals terminals;

    @Inject
    transient TerminalCookie cookie;

    @Inject
    transient CurrentUser currentUser;

    @Inject
    transient PageMessages messages;

    private List<RegisteredTerminal> all;
    private Long thisBrowser;
    private String name;

    @PostConstruct
    void load() {
        all = terminals.all();
        thisBrowser = cookie.terminalOf(request()).map(RegisteredTerminal::getId).orElse(null);
    }

    public void register() {
        try {
            Terminals.Registration registration = terminals.register(name, currentUser.required().accountId());
            cookie.give(request(), (HttpServletResponse) external().getResponse(), registration.token());
            messages.info("terminals.registered", registration.terminal().getName());
            name = null;
            all = terminals.all();
            thisBrowser = registration.terminal().getId();
        } catch (AccountRuleViolation e) {
            messages.error("terminal:name", e.messageKey());
        }
    }

    public void revoke(RegisteredTerminal terminal) {
        try {
            terminals.revoke(terminal.getId());
            messages.info("terminals.revokedDone", terminal.getName());
            if (terminal.getId().equals(thisBrowser)) {
                cookie.forget(request(), (HttpServletResponse) external().getResponse());
                thisBrowser = null;
            }
        } catch (AccountRuleViolation e) {
            messages.error(e);
        }
        all = terminals.all();
    }

    public boolean isThisBrowser(RegisteredTerminal terminal) {
        return terminal.getId().equals(thisBrowser);
    }

    public boolean isRegistered() {
        return thisBrowser != null;
    }

    public List<RegisteredTerminal> getAll() {
        return all;
    }

    public String getName() {
        return name;
    }

    public void setName(String name) {
        this.name = name;
    }

    private static ExternalContext external() {
        return FacesContext.getCurrentInstance().getExternalContext();
    }

    private static HttpServletRequest request() {
        return (HttpServletRequest) external().getRequest();
    }
}
