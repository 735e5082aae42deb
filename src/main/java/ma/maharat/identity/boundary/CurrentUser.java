package ma.maharat.identity.boundary;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpSession;
import java.util.Optional;
import ma.maharat.identity.control.SignedInUser;
import ma.maharat.identity.entity.Role;

/** The person signed in on this request, for pages (menu, greeting) and beans. */
@Named
@RequestScoped
public class CurrentUser {

    @Inject
    ma.maharat.platform.i18n.LanguageSelection language;

    @Inject
    HttpServletRequest request;

    public Optional<SignedInUser> get() {
        HttpSession session = request.getSession(false);
        if (session != null && session.getAttribute(MaharatAuthenticationMechanism.SESSION_USER) instanceof SignedInUser user) {
            return Optional.of(user);
        }
        return Optional.empty();
    }

    /** For pages behind a role constraint, where someone is always signed in. */
    public SignedInUser required() {
        return get().orElseThrow(() -> new IllegalStateException("No one is signed in on " + request.getRequestURI()));
    }

    public boolean isSignedIn() {
        return get().isPresent();
    }

    public String getFullName() {
        return get().map(user -> user.fullNameFor(language.isRightToLeft())).orElse("");
    }

    public String getUsername() {
        return get().map(SignedInUser::username).orElse("");
    }

    public boolean isTrainee() {
        return hasRole(Role.TRAINEE);
    }

    public boolean isTrainer() {
        return hasRole(Role.TRAINER);
    }

    public boolean isAdministrator() {
        return hasRole(Role.ADMIN);
    }

    public String getHomePath() {
        return get().map(u -> u.role().homePath()).orElse(MaharatAuthenticationMechanism.LOGIN_PAGE);
    }

    private boolean hasRole(Role role) {
        return get().map(u -> u.role() == role).orElse(false);
    }
}
