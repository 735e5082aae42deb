package ma.maharat.quiz.gift;

import java.util.Optional;
import ma.maharat.quiz.question.Question;
import ma.maharat.quiz.question.QuestionHeader;
import ma.maharat.quiz.question.ShortAnswerQuestion;
import ma.maharat.quiz.question.TextFormat;

/**
 * Reads one question block: {@code ::name::}, the question text with its format marker, the
 * {@code {...}} answer block and its {@code ####} general feedback; then tells the question type from
 * the answers, in Moodle's order, and hands them to the reader for that type.
 *
 * <p>Moodle's types that Maharat cannot grade automatically are recognised and refused by name:
 * description (no answer block), essay (empty block) and missing word (text after the block).
 */
final class QuestionBlockParser {

    private final SourceBlock block;
    private final String category;
    private final BlockText text;
    private String name;
    private SourcePosition namePosition;

    QuestionBlockParser(SourceBlock block, String category) {
        this.block = block;
        this.category = category;
        this.text = BlockText.of(block.lines());
    }

    /** The question's name, once read, even if the rest of the block failed; null if it has none. */
    String name() {
        return name;
    }

    /** Where the name's {@code ::} is; null if the question has no name. */
    SourcePosition namePosition() {
        return namePosition;
    }

    /**
     * @throws GiftSyntaxException at the first error of the block
     */
    Question parse() {
        int end = text.length();
        int start = text.skipBlank(0, end);
        int textStart = readName(start, end);
        int open = openBrace(start, textStart, end);
        int close = closeBrace(open, end);
        int after = text.skipBlank(close + 1, end);
        if (after < end) {
            if (text.isSyntax(after, '}')) {
                throw strayBrace(after);
            }
            throw text.error(after, "missing-word questions (text after the answer block) are not supported");
        }

        int at = text.skipBlank(textStart, open);
        Optional<FormatMarker> marker = FormatMarker.at(text, at, open);
        TextFormat format = marker.map(FormatMarker::format).orElse(TextFormat.MOODLE);
        if (marker.isPresent()) {
            at = marker.get().end();
        }
        String questionText = text.text(at, open);
        if (questionText.isEmpty()) {
            throw text.error(open, "the question text is empty");
        }

        int generalFeedbackMark = text.indexOfSyntax("####", open + 1, close);
        int answersEnd = generalFeedbackMark < 0 ? close : generalFeedbackMark;
        AnswerBlock answers = new AnswerBlock(text, open + 1, answersEnd, open, format);
        String generalFeedback = generalFeedbackMark < 0 ? "" : answers.formattedText(generalFeedbackMark + 4, close);
        String questionName = name == null ? "" : name;
        QuestionHeader header = answers.build(
                () -> new QuestionHeader(questionName, category, questionText, format, generalFeedback));
        return readAnswers(answers, header);
    }

    private int readName(int start, int end) {
        if (!text.startsWithSyntax(start, "::")) {
            return start;
        }
        int close = text.indexOfSyntax("::", start + 2, end);
        if (close < 0) {
            throw text.error(start, "the question name is not closed with '::'");
        }
        String candidate = text.text(start + 2, close);
        if (candidate.isEmpty()) {
            throw text.error(start, "the question name is empty");
        }
        name = candidate;
        namePosition = text.position(start);
        return close + 2;
    }

    private int openBrace(int blockStart, int from, int end) {
        for (int i = from; i < end; i++) {
            if (text.isSyntax(i, '}')) {
                throw strayBrace(i);
            }
            if (text.isSyntax(i, '{')) {
                return i;
            }
        }
        throw text.error(blockStart, "description questions (text without an answer block) are not supported");
    }

    private int closeBrace(int open, int end) {
        for (int i = open + 1; i < end; i++) {
            if (text.isSyntax(i, '{')) {
                throw text.error(i, "unexpected '{' inside an answer block; write \\{ for a literal brace");
            }
            if (text.isSyntax(i, '}')) {
                return i;
            }
        }
        throw text.error(open, "the answer block is not closed with '}' before the end of the question"
                + " (a blank line ends a question)");
    }

    private GiftSyntaxException strayBrace(int at) {
        return text.error(at, "unexpected '}' outside an answer block; write \\} for a literal brace");
    }

    private Question readAnswers(AnswerBlock answers, QuestionHeader header) {
        int first = answers.first();
        Optional<SourcePosition> caseSensitive = block.caseSensitiveDirective();
        if (first == answers.to()) {
            throw answers.error("essay questions (an empty answer block) are not supported");
        }
        Question question;
        if (text.isSyntax(first, '#')) {
            question = NumericalAnswers.read(answers, header);
        } else if (text.indexOfSyntax('~', answers.from(), answers.to()) >= 0) {
            question = ChoiceAnswers.read(answers, header);
        } else if (TrueFalseAnswer.isKeyword(answers, false)) {
            question = TrueFalseAnswer.read(answers, header);
        } else if (text.isSyntax(first, '=')) {
            question = isMatching(answers) ? MatchingAnswers.read(answers, header)
                    : ShortAnswers.read(answers, header, caseSensitive.isPresent());
        } else if (TrueFalseAnswer.isKeyword(answers, true)) {
            throw text.error(first, "write true/false answers as T, TRUE, F or FALSE in capitals");
        } else {
            throw text.error(first, "expected an answer starting with '=' or '~', T or F for true/false,"
                    + " or '#' for a numerical answer");
        }
        if (caseSensitive.isPresent() && !(question instanceof ShortAnswerQuestion)) {
            SourcePosition at = caseSensitive.get();
            throw new GiftSyntaxException(at, "@case-sensitive applies only to short-answer questions");
        }
        return question;
    }

    /** Matching if any {@code =} answer has {@code ->} before its feedback; feedback may mention arrows. */
    private boolean isMatching(AnswerBlock answers) {
        for (RawAnswer answer : answers.split("=")) {
            int feedbackMark = answers.feedbackMark(answer.contentStart(), answer.end());
            if (text.indexOf("->", answer.contentStart(), feedbackMark) >= 0) {
                return true;
            }
        }
        return false;
    }
}
