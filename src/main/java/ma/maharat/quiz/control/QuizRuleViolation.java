package ma.maharat.quiz.control;

import ma.maharat.platform.error.RuleViolation;

/** A quiz action the rules refuse: no attempts left, an attempt of someone else, a quiz that does not exist. */
public class QuizRuleViolation extends RuleViolation {

    private static final long serialVersionUID = 1L;

    public QuizRuleViolation(String messageKey, Object... arguments) {
        super(messageKey, arguments);
    }
}
