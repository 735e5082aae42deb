package ma.maharat.identity.boundary;

import jakarta.enterprise.context.RequestScoped;
import jakarta.faces.context.ExternalContext;
import jakarta.faces.context.FacesContext;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import jakarta.security.enterprise.SecurityContext;
import jakarta.security.enterprise.authentication.mechanism.http.AuthenticationParameters;
import jakarta.security.enterprise.credential.Password;
import jakarta.security.enterprise.credential.UsernamePasswordCredential;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import ma.maharat.identity.control.Accounts;
import ma.maharat.identity.control.SignInOutcome;
import ma.maharat.platform.i18n.Language;
import ma.maharat.platform.i18n.LanguageSelection;
import ma.maharat.platform.i18n.PageMessages;

/** The sign-in page: checks the password through the authentication mechanism and opens the person's home. */
@Named
@RequestScoped
public class Login {

    @Inject
    SecurityContext securityContext;

    @Inject
    LanguageSelection language;

    @Inject
    Accounts accounts;

    @Inject
    PageMessages messages;

    @Inject
    CurrentUser currentUser;

    private String username;
    private String password;
    private String next;

    /** Someone already signed in who opens the sign-in page goes to their home instead. */
    public void redirectIfSignedIn() throws IOException {
        if (currentUser.isSignedIn()) {
            FacesContext faces = FacesContext.getCurrentInstance();
            faces.getExternalContext().redirect(faces.getExternalContext().getRequestContextPath() + currentUser.getHomePath());
        }
    }

    public void signIn() throws IOException {
        FacesContext faces = FacesContext.getCurrentInstance();
        ExternalContext external = faces.getExternalContext();
        HttpServletRequest request = (HttpServletRequest) external.getRequest();
        securityContext.authenticate(request, (HttpServletResponse) external.getResponse(),
                AuthenticationParameters.withParams()
                        .credential(new UsernamePasswordCredential(username == null ? "" : username, new Password(password == null ? "" : password)))
                        .newAuthentication(true));
        password = null;
        SignInOutcome outcome = (SignInOutcome) request.getAttribute(MaharatAuthenticationMechanism.SIGN_IN_OUTCOME);
        if (outcome instanceof SignInOutcome.SignedIn signedIn) {
            rememberLanguage(signedIn);
            String target = signedIn.mustChangePassword() ? PasswordChangeRequired.PAGE : safeNext().orElse(signedIn.user().role().homePath());
            external.redirect(external.getRequestContextPath() + target);
            faces.responseComplete();
        } else if (outcome instanceof SignInOutcome.Throttled throttled) {
            messages.error(null, throttled.scope() == SignInOutcome.Throttled.Scope.CLIENT ? "login.throttledHere" : "login.throttled",
                    throttled.minutesToWait());
        } else if (outcome instanceof SignInOutcome.Deactivated) {
            messages.error(null, "login.deactivated");
        } else {
            messages.error(null, "login.invalid");
        }
    }

    private void rememberLanguage(SignInOutcome.SignedIn signedIn) {
        if (language.isChosenInThisSession()) {
            accounts.setPreferredLanguage(signedIn.user().accountId(), language.getCode());
        } else {
            language.applyPreference(Language.ofCode(signedIn.preferredLanguage()).orElse(Language.DEFAULT));
        }
    }

    /** Only a path inside Maharat, never another site (no open redirect). */
    private java.util.Optional<String> safeNext() {
        if (next == null || !next.startsWith("/") || next.startsWith("//") || next.contains("\\")
                || next.contains("\r") || next.contains("\n") || next.startsWith(MaharatAuthenticationMechanism.LOGIN_PAGE)) {
            return java.util.Optional.empty();
        }
        return java.util.Optional.of(next);
    }

    public String getUsername() {
        return username;
    }

    public void setUsername(String username) {
        this.username = username;
    }

    public String getPassword() {
        return password;
    }

    public void setPassword(String password) {
        this.password = password;
    }

    public String getNext() {
        return next;
    }

    public void setNext(String next) {
        this.next = next;
    }
}
