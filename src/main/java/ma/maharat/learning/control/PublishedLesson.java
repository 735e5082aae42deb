package ma.maharat.learning.control;

import java.util.Map;
import java.util.Optional;
import ma.maharat.course.entity.LocalizedText;

/**
 * A lesson as trainees read it today, copied out of the database once: its current version's
 * sanitized HTML per language code (English may be missing), the title of its module, whether a
 * quiz (rather than "I have read this lesson") is what marks it done, and its audio readings per
 * language code (none for most lessons).
 */
public record PublishedLesson(long id, String code, LocalizedText title, LocalizedText moduleTitle, Map<String, String> html,
        boolean hasQuiz, Map<String, Audio> audio) {

    /**
     * An audio reading of the lesson in one language, as the lesson page links to it.
     *
     * @param fileName    its name in the course's {@code lessons/} folder, e.g. {@code cut.ar.mp3}
     * @param contentHash the SHA-256 of its content, which versions its address
     */
    public record Audio(String fileName, String contentHash) {}

    public PublishedLesson {
        html = Map.copyOf(html);
        audio = Map.copyOf(audio);
    }

    /** A lesson without audio readings. */
    public PublishedLesson(long id, String code, LocalizedText title, LocalizedText moduleTitle, Map<String, String> html, boolean hasQuiz) {
        this(id, code, title, moduleTitle, html, hasQuiz, Map.of());
    }

    /** The HTML in that language, or empty when the lesson is not written in it. */
    public Optional<String> htmlIn(String language) {
        return Optional.ofNullable(html.get(language));
    }

    /** The audio reading in that language, or empty when there is none. */
    public Optional<Audio> audioIn(String language) {
        return Optional.ofNullable(audio.get(language));
    }
}
