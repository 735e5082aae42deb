package ma.maharat.quiz.question;

import java.util.Objects;

/** The text typed for a short-answer question, as typed: normalising it is grading's job. */
public record TextResponse(String text) implements Response {

    public TextResponse {
        Objects.requireNonNull(text, "text");
    }
}
