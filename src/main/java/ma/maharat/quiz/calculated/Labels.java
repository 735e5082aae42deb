package ma.maharat.quiz.calculated;

import java.util.Map;
import ma.maharat.platform.i18n.Language;

/** A text in the wanted language, else French (English is optional in content), else a fallback. */
final class Labels {

    private Labels() {
    }

    static String in(Map<Language, String> labels, Language language, String fallback) {
        String wanted = labels.get(language);
        if (wanted != null) {
            return wanted;
        }
        return labels.getOrDefault(Language.FR, fallback);
    }
}
