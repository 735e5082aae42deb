package ma.maharat.quiz.question;

/**
 * Grades a trainee's response to a question: a pure function, so the same attempt always gets the
 * same score and grading can be re-run when a question is corrected.
 *
 * <p>The rules live with each question type ({@code score} methods); this class only matches a
 * response to its question for callers that hold them as the general types, e.g. from storage.
 */
public final class Grader {

    private Grader() {
    }

    /**
     * The share of the question's marks the response earns, in [0, 1].
     *
     * @throws IllegalArgumentException if the response is of the wrong type for the question, or
     *                                  refers to a choice or pair the question does not have
     */
    public static double score(Question question, Response response) {
        if (question instanceof SingleChoiceQuestion q && response instanceof ChoiceSelection r) {
            return q.score(r);
        }
        if (question instanceof MultipleResponseQuestion q && response instanceof ChoiceSelections r) {
            return q.score(r);
        }
        if (question instanceof TrueFalseQuestion q && response instanceof TrueFalseResponse r) {
            return q.score(r);
        }
        if (question instanceof ShortAnswerQuestion q && response instanceof TextResponse r) {
            return q.score(r);
        }
        if (question instanceof NumericalQuestion q && response instanceof NumberResponse r) {
            return q.score(r);
        }
        if (question instanceof MatchingQuestion q && response instanceof MatchingResponse r) {
            return q.score(r);
        }
        throw new IllegalArgumentException("a " + response.getClass().getSimpleName() + " cannot answer a "
                + question.type().wireName() + " question");
    }
}
