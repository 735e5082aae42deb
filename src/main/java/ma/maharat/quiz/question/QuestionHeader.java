package ma.maharat.quiz.question;

import java.util.Objects;

/**
 * What every question has whatever its type: an identifier, where it is filed, what it asks and
 * what is shown to everyone after answering. Kept in one record so that these rules are checked in
 * one place rather than in every question type.
 *
 * @param name            the author's identifier ({@code ::name::} in GIFT); empty when the author
 *                        gave none. Maharat's content format requires one, but GIFT does not, so the
 *                        check belongs to the importer of course content, not to this model.
 * @param category        the category path in force ({@code $CATEGORY:} in GIFT); empty when none
 * @param text            the question text, never blank, kept unrendered in its {@code format}
 * @param format          how {@code text} and every other text of the question are meant to render
 * @param generalFeedback shown after any answer; empty when none
 */
public record QuestionHeader(String name, String category, String text, TextFormat format, String generalFeedback) {

    public QuestionHeader {
        name = Whitespace.canonical(Objects.requireNonNull(name, "name"));
        category = Whitespace.canonical(Objects.requireNonNull(category, "category"));
        text = Whitespace.canonical(Objects.requireNonNull(text, "text"));
        Objects.requireNonNull(format, "format");
        generalFeedback = Whitespace.canonical(Objects.requireNonNull(generalFeedback, "generalFeedback"));
        if (category.indexOf('\n') >= 0) {
            throw new IllegalArgumentException("the category must fit on one line");
        }
        if (text.isEmpty()) {
            throw new IllegalArgumentException("the question text is empty");
        }
    }

    /** A header with no category, the default {@link TextFormat#MOODLE} format and no general feedback. */
    public static QuestionHeader of(String name, String text) {
        return new QuestionHeader(name, "", text, TextFormat.MOODLE, "");
    }

    public QuestionHeader withCategory(String newCategory) {
        return new QuestionHeader(name, newCategory, text, format, generalFeedback);
    }

    public QuestionHeader withFormat(TextFormat newFormat) {
        return new QuestionHeader(name, category, text, newFormat, generalFeedback);
    }

    public QuestionHeader withGeneralFeedback(String newGeneralFeedback) {
        return new QuestionHeader(name, category, text, format, newGeneralFeedback);
    }
}
