package ma.maharat.learning.control;

import java.util.Map;
import java.util.Optional;
import ma.maharat.course.entity.LocalizedText;

/**
 * A lesson as trainees read it today, copied out of the database once: its current version's
 * sanitized HTML per language code (English may be missing), the title of its module, and whether a
 * quiz (rather than "I have read this lesson") is what marks it done.
 */
public record PublishedLesson(long id, String code, LocalizedText title, LocalizedText moduleTitle, Map<String, String> html,
        boolean hasQuiz) {

    public PublishedLesson {
        html = Map.copyOf(html);
    }

    /** The HTML in that language, or empty when the lesson is not written in it. */
    public Optional<String> htmlIn(String language) {
        return Optional.ofNullable(html.get(language));
    }
}
