package ma.maharat.identity.boundary;

import jakarta.ejb.EJBException;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.security.enterprise.AuthenticationStatus;
import jakarta.security.enterprise.authentication.mechanism.http.HttpAuthenticationMechanism;
import jakarta.security.enterprise.authentication.mechanism.http.HttpMessageContext;
import jakarta.security.enterprise.credential.Credential;
import jakarta.security.enterprise.credential.UsernamePasswordCredential;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.servlet.http.HttpSession;
import java.io.IOException;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.Base64;
import java.util.Optional;
import java.util.logging.Level;
import java.util.logging.Logger;
import ma.maharat.identity.control.AccessTokens;
import ma.maharat.identity.control.AccountStatus;
import ma.maharat.identity.control.IdleLimit;
import ma.maharat.identity.control.PictureCredential;
import ma.maharat.identity.control.SignIn;
import ma.maharat.identity.control.SignInOutcome;
import ma.maharat.identity.control.SignedInUser;
import ma.maharat.identity.entity.Role;
import ma.maharat.platform.security.ClientAddress;
import ma.maharat.platform.security.SecurityHeaders;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * The one way into Maharat. Pages use a session started by the sign-in page ({@link Login}); the
 * REST API under {@code /api/} never uses the session (so no cross-site request can ride on a
 * cookie) and takes either a personal access token ({@code Bearer}) or a username and password
 * ({@code Basic}), the latter throttled exactly like the sign-in page.
 *
 * <p>Jakarta Security allows one mechanism per application, hence both kinds of request here.
 */
@ApplicationScoped
public class MaharatAuthenticationMechanism implements HttpAuthenticationMechanism {

    static final String SESSION_USER = "maharat.signedInUser";
    public static final String SIGN_IN_OUTCOME = "maharat.signInOutcome";
    static final String LOGIN_PAGE = "/login.xhtml";
    private static final Logger LOG = Logger.getLogger(MaharatAuthenticationMechanism.class.getName());

    @Inject
    SignIn signIn;

    @Inject
    AccessTokens accessTokens;

    @Inject
    AccountStatus accountStatus;

    @Inject
    ClientAddress clientAddress;

    @Inject
    @ConfigProperty(name = "maharat.session.timeout.minutes", defaultValue = "15")
    int sessionTimeoutMinutes;

    private final IdleLimit idleLimit = IdleLimit.configured();

    @Override
    public AuthenticationStatus validateRequest(HttpServletRequest request, HttpServletResponse response,
            HttpMessageContext context) {
        if (isApi(request)) {
            return validateApiRequest(request, response, context);
        }
        Credential credential = context.getAuthParameters().getCredential();
        if (context.isAuthenticationRequest() && credential instanceof UsernamePasswordCredential password) {
            return signInFromPage(request, context, password);
        }
        if (context.isAuthenticationRequest() && credential instanceof PictureCredential pictures) {
            return signInWithPictures(request, context, pictures);
        }
        Optional<SignedInUser> user = sessionUser(request);
        if (user.isPresent()) {
            return context.notifyContainerAboutLogin(user.get().username(), user.get().groups());
        }
        if (context.isProtected()) {
            return sendToLoginPage(request, response, context);
        }
        return context.doNothing();
    }

    @Override
    public void cleanSubject(HttpServletRequest request, HttpServletResponse response, HttpMessageContext context) {
        HttpSession session = request.getSession(false);
        if (session != null) {
            session.removeAttribute(SESSION_USER);
        }
        HttpAuthenticationMechanism.super.cleanSubject(request, response, context);
    }

    private AuthenticationStatus signInFromPage(HttpServletRequest request, HttpMessageContext context,
            UsernamePasswordCredential credential) {
        SignInOutcome outcome = checkPassword(credential.getCaller(), credential.getPassword().getValue(), clientAddress.of(request));
        request.setAttribute(SIGN_IN_OUTCOME, outcome);
        if (outcome instanceof SignInOutcome.SignedIn signedIn) {
            startSession(request, signedIn.user());
            return context.notifyContainerAboutLogin(signedIn.user().username(), signedIn.user().groups());
        }
        return AuthenticationStatus.SEND_FAILURE;
    }

    /** Picture sign-in on a registered terminal ({@code training.boundary.PictureSignIn}): the same session as a password's. */
    private AuthenticationStatus signInWithPictures(HttpServletRequest request, HttpMessageContext context,
            PictureCredential credential) {
        SignInOutcome outcome;
        try {
            outcome = signIn.signInWithPictures(credential, clientAddress.of(request));
        } catch (EJBException e) {
            LOG.log(Level.FINE, "Concurrent picture sign-in refused", e);
            outcome = new SignInOutcome.InvalidCredentials();
        }
        request.setAttribute(SIGN_IN_OUTCOME, outcome);
        if (outcome instanceof SignInOutcome.SignedIn signedIn) {
            startSession(request, signedIn.user());
            return context.notifyContainerAboutLogin(signedIn.user().username(), signedIn.user().groups());
        }
        return AuthenticationStatus.SEND_FAILURE;
    }

    /**
     * A new session id at every sign-in, so that an id planted before (session fixation) is worth
     * nothing; the idle timeout is short because terminals at the center are shared. A trainee's ends
     * with her pages' countdown ({@link IdleLimit}): her page asks and signs her out, and the server
     * ends the session by itself when no page is left to do it (a closed lid, a closed tab).
     */
    private void startSession(HttpServletRequest request, SignedInUser user) {
        HttpSession session = request.getSession(false);
        if (session != null) {
            request.changeSessionId();
        }
        session = request.getSession(true);
        session.setAttribute(SESSION_USER, user);
        session.setMaxInactiveInterval(user.role() == Role.TRAINEE ? idleLimit.sessionSeconds() : sessionTimeoutMinutes * 60);
    }

    private Optional<SignedInUser> sessionUser(HttpServletRequest request) {
        HttpSession session = request.getSession(false);
        if (session == null || !(session.getAttribute(SESSION_USER) instanceof SignedInUser user)) {
            return Optional.empty();
        }
        if (!accountStatus.isActive(user.accountId())) {
            session.invalidate();
            return Optional.empty();
        }
        return Optional.of(user);
    }

    private AuthenticationStatus sendToLoginPage(HttpServletRequest request, HttpServletResponse response,
            HttpMessageContext context) {
        String next = request.getRequestURI().substring(request.getContextPath().length());
        if ("GET".equals(request.getMethod()) && request.getQueryString() != null) {
            next += "?" + request.getQueryString();
        }
        String loginUrl = request.getContextPath() + LOGIN_PAGE + "?next=" + URLEncoder.encode(next, StandardCharsets.UTF_8);
        if ("partial/ajax".equals(request.getHeader("Faces-Request"))) {
            // An AJAX request (a session that expired while a page was open) cannot follow an HTTP
            // redirect; Faces' own partial-response redirect makes the browser go to the login page.
            return writeAjaxRedirect(response, loginUrl);
        }
        return context.redirect(loginUrl);
    }

    private AuthenticationStatus writeAjaxRedirect(HttpServletResponse response, String url) {
        try {
            response.setContentType("text/xml;charset=UTF-8");
            response.getWriter().write("<?xml version=\"1.0\" encoding=\"UTF-8\"?><partial-response><redirect url=\""
                    + url.replace("&", "&amp;").replace("\"", "&quot;") + "\"></redirect></partial-response>");
            response.flushBuffer();
        } catch (IOException e) {
            LOG.log(Level.FINE, "Client went away during an AJAX redirect", e);
        }
        return AuthenticationStatus.SEND_CONTINUE;
    }

    private AuthenticationStatus validateApiRequest(HttpServletRequest request, HttpServletResponse response,
            HttpMessageContext context) {
        String authorization = request.getHeader("Authorization");
        if (authorization == null || authorization.isBlank()) {
            return context.isProtected() && !isPublicApi(request) ? refuse(response, 401, "authentication_required", null)
                    : context.doNothing();
        }
        if (startsWithIgnoreCase(authorization, "Bearer ")) {
            // The token's account may have been deactivated a moment ago on another node: AccountStatus hears of it
            // at once, the entity cache behind the token a moment later.
            return accessTokens.authenticate(authorization.substring(7).strip())
                    .filter(user -> accountStatus.isActive(user.accountId()))
                    .map(user -> context.notifyContainerAboutLogin(user.username(), user.groups()))
                    .orElseGet(() -> refuse(response, 401, "invalid_token", null));
        }
        if (startsWithIgnoreCase(authorization, "Basic ")) {
            return validateBasic(authorization.substring(6).strip(), clientAddress.of(request), response, context);
        }
        return refuse(response, 401, "unsupported_authorization", null);
    }

    private AuthenticationStatus validateBasic(String encoded, String client, HttpServletResponse response, HttpMessageContext context) {
        String decoded;
        try {
            decoded = new String(Base64.getDecoder().decode(encoded), StandardCharsets.UTF_8);
        } catch (IllegalArgumentException e) {
            return refuse(response, 401, "malformed_basic_credentials", null);
        }
        int colon = decoded.indexOf(':');
        if (colon < 0) {
            return refuse(response, 401, "malformed_basic_credentials", null);
        }
        SignInOutcome outcome = checkPassword(decoded.substring(0, colon), decoded.substring(colon + 1).toCharArray(), client);
        if (outcome instanceof SignInOutcome.SignedIn signedIn) {
            return context.notifyContainerAboutLogin(signedIn.user().username(), signedIn.user().groups());
        }
        if (outcome instanceof SignInOutcome.Throttled throttled) {
            return refuse(response, 429, "too_many_failed_logins", throttled.retryAfter().toSeconds());
        }
        if (outcome instanceof SignInOutcome.Deactivated) {
            return refuse(response, 401, "account_deactivated", null);
        }
        return refuse(response, 401, "invalid_credentials", null);
    }

    private SignInOutcome checkPassword(String username, char[] password, String client) {
        try {
            return signIn.signIn(username, password, client);
        } catch (EJBException e) {
            // Two sign-ins of the same account at the same instant: one loses the optimistic lock.
            // It is refused rather than let through, and the person tries again.
            LOG.log(Level.FINE, "Concurrent sign-in refused", e);
            return new SignInOutcome.InvalidCredentials();
        }
    }

    /**
     * Answers the API client directly and commits the response, so the container adds no HTML
     * error page to a JSON API.
     */
    private static AuthenticationStatus refuse(HttpServletResponse response, int status, String error, Long retryAfterSeconds) {
        try {
            response.setStatus(status);
            SecurityHeaders.protectUnfiltered(response);
            // Bearer only: a Basic challenge makes a browser prompt and then replay (cache) the password,
            // of an administrator on a shared terminal, with every later request, a cross-site one too.
            // API clients may still send Basic credentials unasked.
            response.setHeader("WWW-Authenticate", "Bearer realm=\"maharat\"");
            if (retryAfterSeconds != null) {
                response.setHeader("Retry-After", Long.toString(Math.max(1, retryAfterSeconds)));
            }
            response.setContentType("application/json;charset=UTF-8");
            response.getWriter().write("{\"error\":\"" + error + "\"}");
            response.flushBuffer();
        } catch (IOException e) {
            LOG.log(Level.FINE, "Client went away before the refusal", e);
        }
        return AuthenticationStatus.SEND_FAILURE;
    }

    private static boolean isApi(HttpServletRequest request) {
        String path = request.getRequestURI().substring(request.getContextPath().length());
        return path.startsWith("/api/") || path.equals("/api");
    }

    /**
     * The API addresses web.xml leaves open to anonymous callers (certificate verification, the list of
     * open calls for applications: only that exact address, a call's applications stay closed). Payara
     * still reports them as protected to the mechanism because /api/* is, so the mechanism lets an
     * anonymous request through itself; the container's own check then applies web.xml as written.
     */
    private static boolean isPublicApi(HttpServletRequest request) {
        String path = request.getRequestURI().substring(request.getContextPath().length());
        return path.startsWith("/api/verify/") || path.equals("/api/calls");
    }

    private static boolean startsWithIgnoreCase(String value, String prefix) {
        return value.regionMatches(true, 0, prefix, 0, prefix.length());
    }
}
