package ma.maharat.content.control;

import java.util.ArrayList;
import java.util.List;

import ma.maharat.quiz.question.Whitespace;

/**
 * Where the questions and {@code $CATEGORY:} lines of a GIFT file start. The parsed questions carry no
 * line numbers, yet every problem must point at a line; so the file is cut into blocks exactly as the
 * GIFT parser cuts it (blank lines separate blocks, {@code //} comment lines are not part of them, a
 * block of comments only is nothing). In a file that parses, the n-th question block is the n-th
 * question.
 *
 * @param questionLines the first line of each question block, in file order
 * @param categories    each {@code $CATEGORY:} value with its line, in file order
 */
record GiftLayout(List<Integer> questionLines, List<Located<String>> categories) {

    private static final String CATEGORY = "$CATEGORY:";

    /**
     * How many questions are filed under a category: those after a {@code $CATEGORY:} line with this
     * value and before the next {@code $CATEGORY:} line.
     */
    int questionsIn(String category) {
        int count = 0;
        for (int questionLine : questionLines) {
            String filedUnder = "";
            for (Located<String> categoryLine : categories) {
                if (categoryLine.line() < questionLine) {
                    filedUnder = categoryLine.value();
                }
            }
            if (filedUnder.equals(category)) {
                count++;
            }
        }
        return count;
    }

    static GiftLayout of(String gift) {
        String[] lines = gift.split("\r\n|\r|\n", -1);
        List<Integer> questionLines = new ArrayList<>();
        List<Located<String>> categories = new ArrayList<>();
        boolean inBlock = false;
        for (int i = 0; i < lines.length; i++) {
            String line = Whitespace.strip(lines[i]);
            if (line.isEmpty()) {
                inBlock = false;
            } else if (!inBlock && !line.startsWith("//")) {
                inBlock = true;
                if (line.startsWith(CATEGORY)) {
                    categories.add(new Located<>(Whitespace.strip(line.substring(CATEGORY.length())), i + 1));
                } else {
                    questionLines.add(i + 1);
                }
            }
        }
        return new GiftLayout(List.copyOf(questionLines), List.copyOf(categories));
    }
}
