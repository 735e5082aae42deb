package ma.maharat.content.entity;

/**
 * How a quiz is taken, as the course manifest sets it: for the course quiz (the {@code quiz:} block of
 * course.yaml) or for a lesson's own quiz (a lesson's {@code quiz:} map). A {@code null} number means
 * the manifest left it out, and the rule for leaving it out is given with each component.
 *
 * @param questions    how many questions are drawn for each attempt; {@code null} means every question
 *                     of the bank (course quiz only: a lesson quiz always says how many)
 * @param minutes      time limit of an attempt in minutes; {@code null} means no time limit
 * @param attempts     how many attempts a trainee has; {@code null} means unlimited
 * @param passMark     the score needed to pass, in percent from 0 to 100; {@value #DEFAULT_PASS_MARK}
 *                     when the manifest leaves it out
 * @param showScore    whether the trainee sees her score after submitting ({@code review} lists
 *                     {@code score}; true when the manifest leaves {@code review} out)
 * @param showAnswers  whether she sees the correct answers after submitting ({@code review} lists
 *                     {@code answers}; true when {@code review} is left out)
 * @param showFeedback whether she sees the questions' feedback after submitting ({@code review} lists
 *                     {@code feedback}; true when {@code review} is left out)
 */
public record QuizSettings(Integer questions, Integer minutes, Integer attempts, int passMark,
                           boolean showScore, boolean showAnswers, boolean showFeedback) {

    /** The pass mark, in percent, of a quiz whose manifest does not set one. */
    public static final int DEFAULT_PASS_MARK = 60;

    private static final QuizSettings DEFAULTS = new QuizSettings(null, null, null, DEFAULT_PASS_MARK, true, true, true);

    public QuizSettings {
        requirePositiveOrNull(questions, "questions");
        requirePositiveOrNull(minutes, "minutes");
        requirePositiveOrNull(attempts, "attempts");
        if (passMark < 0 || passMark > 100) {
            throw new IllegalArgumentException("passMark must be from 0 to 100, was " + passMark);
        }
    }

    /**
     * The settings of a course quiz whose manifest gives only {@code bank}: every question, no time limit,
     * unlimited attempts, pass mark {@value #DEFAULT_PASS_MARK} %, score, answers and feedback shown.
     */
    public static QuizSettings defaults() {
        return DEFAULTS;
    }

    private static void requirePositiveOrNull(Integer value, String name) {
        if (value != null && value < 1) {
            throw new IllegalArgumentException(name + " must be positive or null, was " + value);
        }
    }
}
