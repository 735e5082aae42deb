package ma.maharat.quiz.moodle;

import java.util.Objects;
import ma.maharat.quiz.calculated.CalculatedQuestion;
import ma.maharat.quiz.question.Question;

/**
 * One question of a bank as Moodle XML carries it: an ordinary question (what GIFT can say, in one
 * language) or a calculated template (every language, with its variables and formulas).
 */
public sealed interface BankEntry permits BankEntry.Ordinary, BankEntry.Calculated {

    String name();

    String category();

    static BankEntry of(Question question) {
        return new Ordinary(question);
    }

    static BankEntry of(CalculatedQuestion template) {
        return new Calculated(template);
    }

    /** A question GIFT can say, in the file's language. */
    record Ordinary(Question question) implements BankEntry {
        public Ordinary {
            Objects.requireNonNull(question, "question");
        }

        @Override
        public String name() {
            return question.name();
        }

        @Override
        public String category() {
            return question.category();
        }
    }

    /** A calculated question's template. */
    record Calculated(CalculatedQuestion template) implements BankEntry {
        public Calculated {
            Objects.requireNonNull(template, "template");
        }

        @Override
        public String name() {
            return template.name();
        }

        @Override
        public String category() {
            return template.category();
        }
    }
}
