package ma.maharat.identity.boundary;

import jakarta.annotation.PostConstruct;
import jakarta.faces.context.FacesContext;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import jakarta.servlet.http.HttpServletRequest;
import java.io.IOException;
import java.io.Serializable;
import java.util.List;
import ma.maharat.identity.control.AccessTokens;
import ma.maharat.identity.control.AccountRuleViolation;
import ma.maharat.identity.control.Accounts;
import ma.maharat.identity.entity.AccessToken;
import ma.maharat.platform.i18n.PageMessages;
import ma.maharat.platform.security.ClientAddress;
import org.omnifaces.cdi.ViewScoped;

/** A person's own page: their password and their personal access tokens for the API. */
@Named
@ViewScoped
public class Profile implements Serializable {

    private static final long serialVersionUID = 1L;

    @Inject
    transient Accounts accounts;

    @Inject
    transient AccessTokens accessTokens;

    @Inject
    transient PageMessages messages;

    @Inject
    transient CurrentUser currentUser;

    @Inject
    transient ClientAddress clientAddress;

    private String currentPassword;
    private String newPassword;
    private String repeatedPassword;

    private List<AccessToken> tokens;
    private String tokenName;
    /** Shown once, right after creation; never stored in clear. */
    private String createdSecret;

    @PostConstruct
    void load() {
        tokens = accessTokens.of(currentUser.required().accountId());
    }

    public void changePassword() throws IOException {
        if (newPassword == null || !newPassword.equals(repeatedPassword)) {
            messages.error(null, "password.repeatMismatch");
            return;
        }
        try {
            FacesContext faces = FacesContext.getCurrentInstance();
            String client = clientAddress.of((HttpServletRequest) faces.getExternalContext().getRequest());
            accounts.changeOwnPassword(currentUser.required().accountId(), currentPassword, newPassword, client);
            faces.getExternalContext().getFlash().setKeepMessages(true);
            messages.info("password.changed");
            faces.getExternalContext().redirect(faces.getExternalContext().getRequestContextPath() + currentUser.getHomePath());
        } catch (AccountRuleViolation e) {
            messages.error(e);
        } finally {
            currentPassword = newPassword = repeatedPassword = null;
        }
    }

    public void createToken() {
        try {
            createdSecret = accessTokens.create(currentUser.required().accountId(), tokenName).secret();
            tokenName = null;
            load();
        } catch (AccountRuleViolation e) {
            messages.error(e);
        }
    }

    public void revoke(AccessToken token) {
        try {
            accessTokens.revoke(currentUser.required().accountId(), token.getId());
            createdSecret = null;
            messages.info("token.revoked", token.getName());
            load();
        } catch (AccountRuleViolation e) {
            messages.error(e);
        }
    }

    public List<AccessToken> getTokens() {
        return tokens;
    }

    public String getTokenName() {
        return tokenName;
    }

    public void setTokenName(String tokenName) {
        this.tokenName = tokenName;
    }

    public String getCreatedSecret() {
        return createdSecret;
    }

    public String getCurrentPassword() {
        return currentPassword;
    }

    public void setCurrentPassword(String currentPassword) {
        this.currentPassword = currentPassword;
    }

    public String getNewPassword() {
        return newPassword;
    }

    public void setNewPassword(String newPassword) {
        this.newPassword = newPassword;
    }

    public String getRepeatedPassword() {
        return repeatedPassword;
    }

    public void setRepeatedPassword(String repeatedPassword) {
        this.repeatedPassword = repeatedPassword;
    }
}
