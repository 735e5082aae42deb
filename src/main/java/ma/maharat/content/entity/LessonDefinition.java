package ma.maharat.content.entity;

import ma.maharat.platform.i18n.Language;

import java.util.Collections;
import java.util.EnumMap;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;

/**
 * A lesson as declared in the manifest together with its texts. Arabic and French texts are always
 * present; English only when the author wrote it.
 *
 * @param id         lesson id, unique in the course
 * @param moduleId   id of the module that contains the lesson
 * @param title      lesson title
 * @param minutes    estimated reading and practice time
 * @param quizOrNull the lesson's own quiz, drawn from its module's category of the course bank, or
 *                   {@code null} when the lesson has none; read it through {@link #quiz()}
 * @param texts      the lesson text per language, in {@link Language} order
 */
public record LessonDefinition(String id, String moduleId, LocalizedText title, int minutes,
                               QuizSettings quizOrNull, Map<Language, LessonText> texts) {

    public LessonDefinition {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(moduleId, "moduleId");
        Objects.requireNonNull(title, "title");
        texts = Collections.unmodifiableMap(new EnumMap<>(texts));
        if (quizOrNull != null && quizOrNull.questions() == null) {
            throw new IllegalArgumentException("a lesson quiz must say how many questions it draws");
        }
    }

    /**
     * The lesson's own quiz, if the manifest gives the lesson one. Its {@link QuizSettings#questions()}
     * is always set; the questions come from the course bank's category {@code <course-id>/<module-id>}.
     */
    public Optional<QuizSettings> quiz() {
        return Optional.ofNullable(quizOrNull);
    }

    /** The text in one language; empty only for a missing English version. */
    public Optional<LessonText> text(Language language) {
        return Optional.ofNullable(texts.get(language));
    }
}
