package ma.maharat.platform.i18n;

import jakarta.enterprise.context.RequestScoped;
import jakarta.faces.application.FacesMessage;
import jakarta.faces.context.FacesContext;
import jakarta.inject.Inject;
import java.text.MessageFormat;
import java.util.MissingResourceException;
import java.util.ResourceBundle;
import ma.maharat.platform.text.MixedDirection;

/** Messages shown on a page, in the reader's language, from the application's resource bundle. */
@RequestScoped
public class PageMessages {

    public static final String BUNDLE = "ma.maharat.i18n.messages";

    @Inject
    LanguageSelection language;

    public String text(String key, Object... arguments) {
        ResourceBundle bundle = ResourceBundle.getBundle(BUNDLE, language.getLocale());
        String pattern;
        try {
            pattern = bundle.getString(key);
        } catch (MissingResourceException e) {
            pattern = key;
        }
        if (arguments.length == 0) {
            return pattern;
        }
        // Names inside a sentence of the other direction keep their order (Unicode isolates, see MixedDirection).
        Object[] isolated = new Object[arguments.length];
        for (int i = 0; i < arguments.length; i++) {
            isolated[i] = MixedDirection.isolateArgument(arguments[i], language.isRightToLeft());
        }
        return new MessageFormat(pattern, language.getLocale()).format(isolated);
    }

    /** An error next to the field with the given client id, or at the top of the page for {@code null}. */
    public void error(String clientId, String key, Object... arguments) {
        add(clientId, FacesMessage.SEVERITY_ERROR, key, arguments);
    }

    /** A broken rule, at the top of the page. */
    public void error(ma.maharat.platform.error.RuleViolation violation) {
        error(null, violation.messageKey(), violation.arguments());
    }

    public void info(String key, Object... arguments) {
        add(null, FacesMessage.SEVERITY_INFO, key, arguments);
    }

    private void add(String clientId, FacesMessage.Severity severity, String key, Object... arguments) {
        String text = text(key, arguments);
        FacesContext.getCurrentInstance().addMessage(clientId, new FacesMessage(severity, text, text));
    }
}
