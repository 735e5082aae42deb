package ma.maharat.quiz.question;

/**
 * What a trainee answered to one question. Each question type has its own response type, so a
 * response cannot be graded against a question it was not given for without {@link Grader} noticing.
 * An unanswered question has no response; it scores 0 without being graded.
 */
public sealed interface Response
        permits ChoiceSelection, ChoiceSelections, TrueFalseResponse, TextResponse, NumberResponse,
        MatchingResponse {
}
