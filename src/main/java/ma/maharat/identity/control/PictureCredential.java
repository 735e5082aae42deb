package ma.maharat.identity.control;

import jakarta.security.enterprise.credential.Credential;

/**
 * A trainee's three pictures, picked on a registered terminal, as handed to
 * {@code SecurityContext.authenticate}: the authentication mechanism checks it through {@link SignIn}
 * like a password. Who may be offered picture sign-in (cohorts that have it on) was decided by the page
 * before; the mechanism still refuses anyone but a trainee with pictures, and any unregistered terminal.
 */
public record PictureCredential(long accountId, PictureSequence sequence, long terminalId) implements Credential {
}
