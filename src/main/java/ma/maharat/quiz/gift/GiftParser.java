package ma.maharat.quiz.gift;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import ma.maharat.quiz.question.Question;
import ma.maharat.quiz.question.Whitespace;

/**
 * Reads a question bank written in Moodle's GIFT format.
 *
 * <p>All or nothing: a file with any error gives no questions, only every error found (at most one
 * per question block, since the first error in a block often explains the next ones). Errors carry
 * a 1-based line and column and an English message meant for the author of the file.
 *
 * <p>Stateless and thread-safe.
 */
public final class GiftParser {

    private static final String CATEGORY = "$CATEGORY:";

    /** Parses a whole GIFT file. */
    public GiftParseResult parse(String source) {
        List<Question> questions = new ArrayList<>();
        List<GiftError> errors = new ArrayList<>();
        Map<String, SourcePosition> names = new HashMap<>();
        String category = "";
        for (SourceBlock block : SourceBlock.split(source)) {
            if (block.lines().isEmpty()) {
                block.caseSensitiveDirective().ifPresent(at -> errors.add(
                        error(at, "@case-sensitive must be in the block of the question it applies to")));
                continue;
            }
            String firstLine = Whitespace.strip(block.lines().get(0).text());
            if (firstLine.startsWith(CATEGORY)) {
                category = Whitespace.strip(firstLine.substring(CATEGORY.length()));
                checkCategoryBlock(block, errors);
                continue;
            }
            QuestionBlockParser parser = new QuestionBlockParser(block, category);
            try {
                questions.add(parser.parse());
            } catch (GiftSyntaxException e) {
                errors.add(e.toError());
            }
            checkUniqueName(parser, names, errors);
        }
        if (errors.isEmpty()) {
            return new GiftParseResult(questions, List.of());
        }
        errors.sort(Comparator.comparingInt(GiftError::line).thenComparingInt(GiftError::column));
        return new GiftParseResult(List.of(), errors);
    }

    /** Moodle reads a whole block as the category path, so a question glued to the line would be lost. */
    private static void checkCategoryBlock(SourceBlock block, List<GiftError> errors) {
        if (block.lines().size() > 1) {
            SourceLine next = block.lines().get(1);
            String text = next.text();
            int column = 1;
            for (int i = 0; i < text.length() && Whitespace.isBlank(text.codePointAt(i)); ) {
                i += Character.charCount(text.codePointAt(i));
                column++;
            }
            errors.add(new GiftError(next.number(), column, "a $CATEGORY line must be followed by a blank line"));
        }
        Optional<SourcePosition> directive = block.caseSensitiveDirective();
        directive.ifPresent(at -> errors.add(
                error(at, "@case-sensitive must be in the block of the question it applies to")));
    }

    private static void checkUniqueName(QuestionBlockParser parser, Map<String, SourcePosition> names,
            List<GiftError> errors) {
        if (parser.name() == null) {
            return;
        }
        SourcePosition first = names.putIfAbsent(parser.name(), parser.namePosition());
        if (first != null) {
            errors.add(error(parser.namePosition(),
                    "duplicate question name '" + parser.name() + "', already used on line " + first.line()));
        }
    }

    private static GiftError error(SourcePosition at, String message) {
        return new GiftError(at.line(), at.column(), message);
    }
}
