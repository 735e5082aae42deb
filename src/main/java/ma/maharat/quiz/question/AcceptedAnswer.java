package ma.maharat.quiz.question;

import java.util.Objects;
import java.util.regex.Pattern;

/**
 * One text a short-answer question accepts, with the credit it gives.
 *
 * <p>As in Moodle's short-answer type, {@code *} in the text matches any run of characters (so
 * {@code =%0%*#Try again} gives feedback to every other answer) and {@code \*} stands for a literal
 * star. The text may not contain {@code ->}, because GIFT would read such an answer as a matching pair.
 *
 * @param text     the accepted text, never blank
 * @param weight   the credit it gives, from 0% to 100% (Moodle allows no penalty here)
 * @param feedback shown when the trainee's answer matches it; empty when none
 */
public record AcceptedAnswer(String text, Weight weight, String feedback) {

    public AcceptedAnswer {
        text = Whitespace.canonical(Objects.requireNonNull(text, "text"));
        Objects.requireNonNull(weight, "weight");
        feedback = Whitespace.canonical(Objects.requireNonNull(feedback, "feedback"));
        if (text.isEmpty()) {
            throw new IllegalArgumentException("an accepted answer has no text");
        }
        if (text.contains("->")) {
            throw new IllegalArgumentException("a short answer cannot contain '->'");
        }
        if (weight.isNegative()) {
            throw new IllegalArgumentException(
                    "negative weights are only allowed in multiple-choice answers, not " + weight);
        }
    }

    /** An answer worth 100%, without feedback. */
    public static AcceptedAnswer of(String text) {
        return new AcceptedAnswer(text, Weight.FULL, "");
    }

    /** An answer worth {@code percent}, without feedback. */
    public static AcceptedAnswer weighted(String text, String percent) {
        return new AcceptedAnswer(text, Weight.of(percent), "");
    }

    public AcceptedAnswer withFeedback(String newFeedback) {
        return new AcceptedAnswer(text, weight, newFeedback);
    }

    /**
     * Whether a trainee's answer is this one: both are trimmed with inner blanks collapsed to one
     * space, compared ignoring case unless {@code caseSensitive}, with {@code *} as a wildcard.
     */
    public boolean matches(String response, boolean caseSensitive) {
        String given = Whitespace.collapse(response);
        if (given.isEmpty()) {
            return false;
        }
        int flags = Pattern.DOTALL | (caseSensitive ? 0 : Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE);
        return Pattern.compile(toRegex(Whitespace.collapse(text)), flags).matcher(given).matches();
    }

    private static String toRegex(String expected) {
        StringBuilder regex = new StringBuilder();
        StringBuilder literal = new StringBuilder();
        for (int i = 0; i < expected.length(); i++) {
            char c = expected.charAt(i);
            if (c == '\\' && i + 1 < expected.length() && expected.charAt(i + 1) == '*') {
                literal.append('*');
                i++;
            } else if (c == '*') {
                appendQuoted(regex, literal);
                regex.append(".*");
            } else {
                literal.append(c);
            }
        }
        appendQuoted(regex, literal);
        return regex.toString();
    }

    private static void appendQuoted(StringBuilder regex, StringBuilder literal) {
        if (literal.length() > 0) {
            regex.append(Pattern.quote(literal.toString()));
            literal.setLength(0);
        }
    }
}
