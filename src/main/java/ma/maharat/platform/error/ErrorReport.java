package ma.maharat.platform.error;

import jakarta.annotation.PostConstruct;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import jakarta.servlet.RequestDispatcher;
import jakarta.servlet.http.HttpServletRequest;
import java.security.SecureRandom;
import java.util.logging.Level;
import java.util.logging.Logger;

/**
 * Behind every error page: a short reference number that the person can read out to the center's
 * staff, and the same number in the server log next to the cause.
 */
@Named
@RequestScoped
public class ErrorReport {

    private static final Logger LOG = Logger.getLogger(ErrorReport.class.getName());
    private static final SecureRandom RANDOM = new SecureRandom();
    /** No 0/O or 1/I: the reference is read aloud and typed by hand. */
    private static final char[] ALPHABET = "23456789ABCDEFGHJKLMNPQRSTUVWXYZ".toCharArray();

    @Inject
    HttpServletRequest request;

    private String reference;

    @PostConstruct
    void record() {
        reference = newReference();
        Object status = request.getAttribute(RequestDispatcher.ERROR_STATUS_CODE);
        Object uri = request.getAttribute(RequestDispatcher.ERROR_REQUEST_URI);
        Throwable cause = (Throwable) request.getAttribute(RequestDispatcher.ERROR_EXCEPTION);
        if (cause != null) {
            LOG.log(Level.SEVERE, "Error reference " + reference + " on " + uri, cause);
        } else {
            LOG.log(Level.INFO, () -> "Error reference " + reference + ": status " + status + " on " + uri);
        }
    }

    static String newReference() {
        char[] chars = new char[8];
        for (int i = 0; i < chars.length; i++) {
            chars[i] = ALPHABET[RANDOM.nextInt(ALPHABET.length)];
        }
        return new String(chars, 0, 4) + "-" + new String(chars, 4, 4);
    }

    public String getReference() {
        return reference;
    }
}
