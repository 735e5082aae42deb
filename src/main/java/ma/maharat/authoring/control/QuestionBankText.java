package ma.maharat.authoring.control;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A question bank file as text: its {@code $CATEGORY:} sections (one per module) and where a new
 * question goes — at the end of its module's section, so that the file keeps the author's layout and
 * comments, and a lesson quiz drawing from that module finds it.
 */
public final class QuestionBankText {

    private static final Pattern CATEGORY = Pattern.compile("^\\$CATEGORY:\\s*(\\S*)\\s*$", Pattern.MULTILINE);
    private static final Pattern NAME = Pattern.compile("^\\s*::(.+?)::", Pattern.MULTILINE);

    private QuestionBankText() {}

    /** The categories in the order they appear, e.g. {@code quality/standards-inspection}. */
    public static List<String> categories(String bank) {
        Set<String> found = new LinkedHashSet<>();
        Matcher matcher = CATEGORY.matcher(bank);
        while (matcher.find()) {
            if (!matcher.group(1).isEmpty()) {
                found.add(matcher.group(1));
            }
        }
        return new ArrayList<>(found);
    }

    /** Whether a question of that name is in the bank. */
    public static boolean hasQuestion(String bank, String name) {
        Matcher matcher = NAME.matcher(bank);
        while (matcher.find()) {
            if (matcher.group(1).strip().equals(name)) {
                return true;
            }
        }
        return false;
    }

    /**
     * The bank with the question added at the end of the category's section; a category not yet in the
     * bank is opened at the end of the file.
     *
     * @param questionGift one question as {@code GiftWriter} writes it (without category)
     */
    public static String insert(String bank, String category, String questionGift) {
        String question = questionGift.strip() + "\n";
        Matcher matcher = CATEGORY.matcher(bank);
        int sectionStart = -1;
        int nextSection = -1;
        while (matcher.find()) {
            if (sectionStart >= 0) {
                nextSection = matcher.start();
                break;
            }
            if (matcher.group(1).equals(category)) {
                sectionStart = matcher.end();
            }
        }
        if (sectionStart < 0) {
            String body = bank.isBlank() ? "" : bank.stripTrailing() + "\n\n";
            return body + "$CATEGORY: " + category + "\n\n" + question;
        }
        if (nextSection < 0) {
            return bank.stripTrailing() + "\n\n" + question;
        }
        String before = bank.substring(0, nextSection).stripTrailing();
        return before + "\n\n" + question + "\n" + bank.substring(nextSection);
    }
}
