package ma.maharat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

/**
 * A modules-content folder written as an author would, for the tests that import courses: each course
 * with one module of 20-minute lessons in French and Arabic and a one-line question bank per question.
 * The folder is a temporary one of the test's own, the course ids are unique (the suite shares one
 * database).
 */
public final class CourseFolder {

    private final Path modulesContent;

    private CourseFolder(Path modulesContent) {
        this.modulesContent = modulesContent;
    }

    public static CourseFolder create() throws IOException {
        return new CourseFolder(Files.createTempDirectory("modules-content"));
    }

    /** The folder to give to ContentImport. */
    public Path path() {
        return modulesContent;
    }

    /** The manifest of a course written here, for tests that edit it. */
    public Path manifest(String course) {
        return modulesContent.resolve(course).resolve("course.yaml");
    }

    /**
     * Writes a course.
     *
     * @param quiz the manifest's quiz block after {@code bank: quiz/bank} (e.g. {@code "  passMark: 50\n"}), or ""
     * @param questions each true/false question's French and Arabic text, numbered {@code <course>-q1...}; all are true
     */
    public void writeCourse(String course, List<String> prerequisites, List<String> lessons, String quiz, List<Question> questions)
            throws IOException {
        StringBuilder manifest = new StringBuilder()
                .append("id: ").append(course).append('\n')
                .append("title:\n  ar: دورة ").append(course).append("\n  fr: Cours ").append(course).append('\n')
                .append("description:\n  ar: وصف\n  fr: Description\n")
                .append("estimatedHours: 3\n")
                .append("prerequisites: [").append(String.join(", ", prerequisites)).append("]\n")
                .append("modules:\n  - id: main\n    title:\n      ar: الوحدة\n      fr: Module\n    lessons:\n");
        for (String lesson : lessons) {
            manifest.append("      - id: ").append(lesson).append("\n        title:\n          ar: درس ").append(lesson)
                    .append("\n          fr: Leçon ").append(lesson).append("\n        minutes: 20\n");
            write(course, "lessons/" + lesson + ".fr.md", "## Étape " + lesson + "\n\nCoupez le tissu **droit fil**.\n");
            write(course, "lessons/" + lesson + ".ar.md", "## الخطوة " + lesson + "\n\nقصّي القماش في اتجاه الخيط.\n");
        }
        manifest.append("quiz:\n  bank: quiz/bank\n").append(quiz);
        write(course, "course.yaml", manifest.toString());
        StringBuilder french = new StringBuilder();
        StringBuilder arabic = new StringBuilder();
        for (int i = 0; i < questions.size(); i++) {
            Question question = questions.get(i);
            String id = "::" + course + "-q" + (i + 1) + ":: ";
            french.append(i == 0 ? "" : "\n").append(id).append(question.french()).append(question.answer()).append('\n');
            arabic.append(i == 0 ? "" : "\n").append(id).append(question.arabic()).append(question.answer()).append('\n');
        }
        write(course, "quiz/bank.fr.gift", french.toString());
        write(course, "quiz/bank.ar.gift", arabic.toString());
    }

    /** Writes (or overwrites) one file of a course, its folders made as needed. */
    public void write(String course, String path, String text) throws IOException {
        Path file = modulesContent.resolve(course).resolve(path);
        Files.createDirectories(file.getParent());
        Files.writeString(file, text, StandardCharsets.UTF_8);
    }

    /** A true/false question in both languages. */
    public record Question(String french, String arabic, boolean right) {

        /** The question the tests use most: the straight grain runs along the selvage (true). */
        public static final Question STRAIGHT_GRAIN = new Question("Le droit fil suit la lisière.", "اتجاه الخيط يوازي الحاشية.", true);
        /** One that is false: fabric is cut on the bias. */
        public static final Question ON_THE_BIAS = new Question("On coupe en biais.", "نقص بشكل مائل.", false);

        String answer() {
            return right ? " {T}" : " {F}";
        }
    }
}
