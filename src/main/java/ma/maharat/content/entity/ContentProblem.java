package ma.maharat.content.entity;

import java.io.Serializable;
import java.util.Comparator;
import java.util.Objects;

/**
 * One thing wrong in the course content, told so that a trainer can find and fix it without help.
 *
 * @param file    path relative to the modules-content folder, with '/' separators, e.g.
 *                {@code sourcing/course.yaml}
 * @param line    1-based line in that file, or 0 when the problem concerns the whole file
 * @param message plain English sentence, e.g. {@code unknown prerequisite 'foo'}
 */
public record ContentProblem(String file, int line, String message) implements Serializable {

    /** Reading order: by file, then by line; stable for problems on the same line. */
    public static final Comparator<ContentProblem> READING_ORDER =
            Comparator.comparing(ContentProblem::file).thenComparingInt(ContentProblem::line);

    public ContentProblem {
        Objects.requireNonNull(file, "file");
        Objects.requireNonNull(message, "message");
        if (line < 0) {
            throw new IllegalArgumentException("line must be 0 or more: " + line);
        }
    }

    /** The compiler-like form {@code file:line: message}, which editors and terminals understand. */
    @Override
    public String toString() {
        return line == 0 ? file + ": " + message : file + ":" + line + ": " + message;
    }
}
