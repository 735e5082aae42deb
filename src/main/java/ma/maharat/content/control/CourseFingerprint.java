package ma.maharat.content.control;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import ma.maharat.content.entity.CourseDefinition;
import ma.maharat.content.entity.LessonDefinition;
import ma.maharat.content.entity.LessonText;
import ma.maharat.content.entity.LocalizedText;
import ma.maharat.content.entity.MediaFile;
import ma.maharat.content.entity.ModuleDefinition;
import ma.maharat.content.entity.PracticalTaskDefinition;
import ma.maharat.content.entity.QuizBankFile;
import ma.maharat.platform.i18n.Language;

/**
 * A SHA-256 over everything an import writes for a course (texts, structure, lessons, media, question
 * banks), so that re-importing unchanged files is recognised and changes nothing; and one per lesson,
 * over its texts in every language, which decides whether the lesson gets a new version.
 */
public final class CourseFingerprint {

    private CourseFingerprint() {}

    public static String of(CourseDefinition course) {
        StringBuilder canonical = new StringBuilder();
        // The format's number: raise it when an import starts writing something new (2: questions and
        // quizzes; 3: practical tasks), so that courses imported before are written again once.
        canonical.append("format\u00003\u0000");
        canonical.append("course\u0000").append(course.id()).append('\u0000');
        append(canonical, course.title());
        append(canonical, course.description());
        canonical.append(course.estimatedHours()).append('\u0000').append(String.join(",", course.prerequisites())).append('\u0000');
        for (ModuleDefinition module : course.modules()) {
            canonical.append("module\u0000").append(module.id()).append('\u0000');
            append(canonical, module.title());
            for (LessonDefinition lesson : module.lessons()) {
                canonical.append("lesson\u0000").append(lesson.id()).append('\u0000').append(lesson.minutes()).append('\u0000');
                canonical.append("lessonQuiz\u0000").append(lesson.quiz().map(Object::toString).orElse("-")).append('\u0000');
                append(canonical, lesson.title());
                canonical.append(ofLesson(lesson)).append('\u0000');
            }
        }
        for (MediaFile media : course.media()) {
            canonical.append("media\u0000").append(media.path()).append('\u0000').append(media.contentHash()).append('\u0000');
        }
        canonical.append("quiz\u0000").append(course.quiz()).append('\u0000');
        if (course.diagnostic() != null) {
            // Only when declared: the fingerprints of courses without one stay as they were.
            canonical.append("diagnostic\u0000").append(course.diagnostic()).append('\u0000');
        }
        for (Language language : Language.values()) {
            course.quizBank().file(language).map(QuizBankFile::text)
                    .ifPresent(text -> canonical.append("bank\u0000").append(language.code()).append('\u0000').append(sha256(text)));
        }
        for (PracticalTaskDefinition task : course.practicalTasks()) {
            canonical.append("practical\u0000").append(task.id()).append('\u0000').append(task.required()).append('\u0000')
                    .append(task.passLevel()).append('\u0000');
            append(canonical, task.title());
            append(canonical, task.description());
            for (PracticalTaskDefinition.Level level : task.levels()) {
                canonical.append("level\u0000").append(level.id()).append('\u0000').append(level.points()).append('\u0000');
                append(canonical, level.title());
            }
            for (PracticalTaskDefinition.Criterion criterion : task.criteria()) {
                canonical.append("criterion\u0000").append(criterion.id()).append('\u0000');
                append(canonical, criterion.title());
                for (PracticalTaskDefinition.Level level : task.levels()) {
                    append(canonical, criterion.descriptions().get(level.id()));
                }
            }
        }
        return sha256(canonical.toString());
    }

    /** The lesson's texts in every language: a change in any of them makes a new version. */
    public static String ofLesson(LessonDefinition lesson) {
        StringBuilder canonical = new StringBuilder();
        for (Language language : Language.values()) {
            canonical.append(language.code()).append('=')
                    .append(lesson.text(language).map(LessonText::contentHash).orElse("-")).append('\u0000');
        }
        return sha256(canonical.toString());
    }

    private static void append(StringBuilder canonical, LocalizedText text) {
        canonical.append(text.ar()).append('\u0000').append(text.fr()).append('\u0000')
                .append(text.en() == null ? "-" : text.en()).append('\u0000');
    }

    private static String sha256(String text) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(text.getBytes(StandardCharsets.UTF_8)));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("Every Java runtime has SHA-256", e);
        }
    }
}
