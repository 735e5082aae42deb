package ma.maharat.quiz.gift;

import java.util.List;
import ma.maharat.quiz.question.Question;

/**
 * The outcome of parsing a GIFT file: either all its questions or the errors found, never both, so a
 * caller cannot import part of a broken file by mistake.
 *
 * @param questions the questions in file order; empty when there are errors
 * @param errors    every error found, ordered by position; empty when the file is valid
 */
public record GiftParseResult(List<Question> questions, List<GiftError> errors) {

    public GiftParseResult {
        questions = List.copyOf(questions);
        errors = List.copyOf(errors);
        if (!errors.isEmpty() && !questions.isEmpty()) {
            throw new IllegalArgumentException("a result with errors cannot carry questions");
        }
    }

    /** Whether the file had no error. */
    public boolean isValid() {
        return errors.isEmpty();
    }
}
