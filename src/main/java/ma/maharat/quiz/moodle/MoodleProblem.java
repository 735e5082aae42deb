package ma.maharat.quiz.moodle;

/** A problem of a Moodle XML file, where it is (1-based line and column; 0 when the whole file). */
public record MoodleProblem(int line, int column, String message) {

    @Override
    public String toString() {
        return line + ":" + column + ": " + message;
    }
}
