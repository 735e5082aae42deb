package ma.maharat.content.control;

import java.util.List;

import ma.maharat.content.entity.ContentProblem;

/**
 * Collects problems about one file into a shared list, so that checks deep inside the manifest or a
 * lesson need to know only the line, not which file they are looking at.
 */
final class FileProblems {

    private final String file;
    private final List<ContentProblem> sink;

    FileProblems(String file, List<ContentProblem> sink) {
        this.file = file;
        this.sink = sink;
    }

    String file() {
        return file;
    }

    void add(int line, String message) {
        sink.add(new ContentProblem(file, line, message));
    }

    /** How many problems the shared list holds so far (of any file): tells whether a check found one. */
    int count() {
        return sink.size();
    }

    /** A problem about the whole file. */
    void addWholeFile(String message) {
        add(0, message);
    }
}
