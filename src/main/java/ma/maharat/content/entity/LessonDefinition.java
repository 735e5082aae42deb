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
 * @param id       lesson id, unique in the course
 * @param moduleId id of the module that contains the lesson
 * @param title    lesson title
 * @param minutes  estimated reading and practice time
 * @param texts    the lesson text per language, in {@link Language} order
 */
public record LessonDefinition(String id, String moduleId, LocalizedText title, int minutes,
                               Map<Language, LessonText> texts) {

    public LessonDefinition {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(moduleId, "moduleId");
        Objects.requireNonNull(title, "title");
        texts = Collections.unmodifiableMap(new EnumMap<>(texts));
    }

    /** The text in one language; empty only for a missing English version. */
    public Optional<LessonText> text(Language language) {
        return Optional.ofNullable(texts.get(language));
    }
}
