package ma.maharat.platform.i18n;

import jakarta.enterprise.context.SessionScoped;
import jakarta.enterprise.event.Event;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import jakarta.servlet.http.HttpServletRequest;
import java.io.Serializable;
import java.util.Collections;
import java.util.List;
import java.util.Locale;

/**
 * The language of this session's pages. Starts from the browser's preference among ar/fr/en, falls
 * back to French, and follows the account's preference once someone signs in, unless they picked a
 * language on the sign-in page itself (then that choice is remembered for them).
 */
@Named("language")
@SessionScoped
public class LanguageSelection implements Serializable {

    private static final long serialVersionUID = 1L;

    private Language current;
    private boolean chosenInThisSession;

    @Inject
    Event<LanguageChosen> chosen;

    @Inject
    HttpServletRequest request;

    public Language current() {
        if (current == null) {
            current = fromBrowser();
        }
        return current;
    }

    /** A person picked a language with the switcher. */
    public void choose(Language language) {
        current = language;
        chosenInThisSession = true;
        chosen.fire(new LanguageChosen(language));
    }

    /** Applies a signed-in person's remembered preference, unless they just chose another one. */
    public void applyPreference(Language preferred) {
        if (!chosenInThisSession) {
            current = preferred;
        }
    }

    public boolean isChosenInThisSession() {
        return chosenInThisSession;
    }

    public String getCode() {
        return current().code();
    }

    public Locale getLocale() {
        return current().locale();
    }

    public String getDirection() {
        return current().direction();
    }

    public boolean isRightToLeft() {
        return current() == Language.AR;
    }

    /**
     * The switcher's link to this page in another language: the same address with {@code lang} set, so
     * that a lesson or a course stays open ({@link LanguageSwitch} applies it and drops the parameter).
     */
    public String linkTo(Language language) {
        return linkTo(request.getQueryString(), language);
    }

    /** The switcher's link for a page with this query string (also used by pages written without Faces). */
    public static String linkTo(String queryString, Language language) {
        String kept = queryString == null ? "" : java.util.Arrays.stream(queryString.split("&"))
                .filter(part -> !part.isEmpty() && !part.startsWith("lang="))
                .map(part -> part + "&")
                .collect(java.util.stream.Collectors.joining());
        return "?" + kept + "lang=" + language.code();
    }

    public List<Language> getAvailable() {
        return List.of(Language.values());
    }

    private Language fromBrowser() {
        try {
            for (Locale locale : Collections.list(request.getLocales())) {
                var match = Language.ofCode(locale.getLanguage());
                if (match.isPresent()) {
                    return match.get();
                }
            }
        } catch (RuntimeException noRequest) {
            // Outside a request (a background job): the default language.
        }
        return Language.DEFAULT;
    }
}
