package ma.maharat.quiz.gift;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import ma.maharat.quiz.question.Choice;
import ma.maharat.quiz.question.MultipleResponseQuestion;
import ma.maharat.quiz.question.Question;
import ma.maharat.quiz.question.QuestionHeader;
import ma.maharat.quiz.question.SingleChoiceQuestion;
import ma.maharat.quiz.question.Weight;

/**
 * Reads a block that contains {@code ~}: multiple choice. As in Moodle, a block with an {@code =}
 * answer is single choice; a block with only {@code ~} answers is multiple response, the right
 * choices being those with positive weights ({@code ~%50%}).
 */
final class ChoiceAnswers {

    private ChoiceAnswers() {
    }

    static Question read(AnswerBlock block, QuestionHeader header) {
        List<RawAnswer> answers = block.split("=~");
        List<Choice> choices = new ArrayList<>();
        for (RawAnswer answer : answers) {
            choices.add(choice(block, answer));
        }
        if (answers.stream().anyMatch(answer -> answer.marker() == '=')) {
            return block.build(() -> new SingleChoiceQuestion(header, choices));
        }
        if (choices.stream().noneMatch(choice -> choice.weight().isPositive())) {
            throw block.error("the answer block has no correct answer;"
                    + " mark the right choice with '=' or give right choices positive weights such as '~%50%'");
        }
        return block.build(() -> new MultipleResponseQuestion(header, choices));
    }

    private static Choice choice(AnswerBlock block, RawAnswer answer) {
        BlockText text = block.text();
        Weight weight = answer.marker() == '=' ? Weight.FULL : Weight.NONE;
        int textStart = answer.contentStart();
        Optional<GiftWeight> written = block.weight(answer);
        if (written.isPresent()) {
            Weight given = written.get().weight();
            if (answer.marker() == '=' && !given.isFull()) {
                throw text.error(text.skipBlank(textStart, answer.end()), "'=' marks a fully correct choice and cannot"
                        + " take the weight " + given + "; write '~%" + given.percent().toPlainString()
                        + "%' for partial credit");
            }
            weight = given;
            textStart = written.get().end();
        }
        int hash = block.feedbackMark(textStart, answer.end());
        String choiceText = block.formattedText(textStart, hash);
        if (choiceText.isEmpty()) {
            throw text.error(answer.markerIndex(), "the choice after '" + answer.marker() + "' has no text");
        }
        return new Choice(choiceText, weight, block.feedback(hash, answer.end()));
    }
}
