package ma.maharat.quiz.question;

/** The verdict given to a true/false statement. */
public record TrueFalseResponse(boolean value) implements Response {
}
