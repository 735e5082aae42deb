package ma.maharat.content.entity;

/**
 * A course's diagnostic quiz as its manifest declares it (the {@code diagnostic:} block of course.yaml):
 * a few questions of the course bank taken before the first lesson and again after the last one, so the
 * center can see what the course taught. It is no exam: no pass mark, it never blocks nor completes anything.
 *
 * @param questions    how many questions each attempt draws
 * @param category     the bank's {@code $CATEGORY} they come from; {@code null}: the whole bank
 * @param parallelForm whether the second attempt draws other questions of the same category (a parallel
 *                     form, {@code form: parallel}) instead of the first attempt's ({@code form: same}, the default)
 */
public record DiagnosticSettings(int questions, String category, boolean parallelForm) {

    /** Two attempts: the trainee's "before" and her "after". */
    public static final int ATTEMPTS = 2;

    public DiagnosticSettings {
        if (questions < 1) {
            throw new IllegalArgumentException("questions must be positive, was " + questions);
        }
        if (category != null && category.isBlank()) {
            throw new IllegalArgumentException("category must be null or a category");
        }
    }

    /** How many questions the bank (or the category) must hold: twice as many for a parallel form. */
    public int questionsNeeded() {
        return parallelForm ? 2 * questions : questions;
    }
}
