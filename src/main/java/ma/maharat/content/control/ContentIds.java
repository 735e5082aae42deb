package ma.maharat.content.control;

import java.util.regex.Pattern;

/**
 * The one rule for course, module and lesson ids: they become folder names, file names and URL parts,
 * so only lowercase ASCII letters, digits and '-' are allowed.
 */
final class ContentIds {

    private static final Pattern ID = Pattern.compile("[a-z0-9-]+");

    /** The explanation appended to every "invalid id" message. */
    static final String RULE = "use only lowercase letters a-z, digits 0-9 and '-'";

    private ContentIds() {
    }

    static boolean isValid(String id) {
        return id != null && ID.matcher(id).matches();
    }
}
