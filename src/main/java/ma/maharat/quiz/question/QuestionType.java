package ma.maharat.quiz.question;

import java.util.Arrays;

/**
 * The kinds of question Maharat can grade automatically.
 *
 * <p>The wire names are stable identifiers for storage and APIs; they must not change when the Java
 * constants are renamed, which is why they are spelled out rather than derived from {@link #name()}.
 */
public enum QuestionType {
    SINGLE_CHOICE("single_choice"),
    MULTIPLE_RESPONSE("multiple_response"),
    TRUE_FALSE("true_false"),
    SHORT_ANSWER("short_answer"),
    NUMERICAL("numerical"),
    MATCHING("matching");

    private final String wireName;

    QuestionType(String wireName) {
        this.wireName = wireName;
    }

    /** The stable identifier, e.g. {@code single_choice}. */
    public String wireName() {
        return wireName;
    }

    /**
     * Finds the type for a stored identifier.
     *
     * @throws IllegalArgumentException if no type has that wire name
     */
    public static QuestionType fromWireName(String wireName) {
        return Arrays.stream(values())
                .filter(type -> type.wireName.equals(wireName))
                .findFirst()
                .orElseThrow(() -> new IllegalArgumentException("unknown question type: " + wireName));
    }
}
