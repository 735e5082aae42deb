package ma.maharat.certificate.control;

import java.text.MessageFormat;
import java.util.Locale;
import java.util.ResourceBundle;
import ma.maharat.platform.i18n.PageMessages;

/**
 * The title a programme certificate states in each of its languages: the programme's name from the
 * messages ({@code certificate.programmeTitle}) with the cohort's name, frozen at issue time like a
 * course's titles.
 */
public final class ProgrammeTitles {

    private ProgrammeTitles() {}

    public static String of(String cohortName, String language) {
        ResourceBundle bundle = ResourceBundle.getBundle(PageMessages.BUNDLE, Locale.forLanguageTag(language));
        return new MessageFormat(bundle.getString("certificate.programmeTitle"), Locale.forLanguageTag(language))
                .format(new Object[] {cohortName});
    }
}
