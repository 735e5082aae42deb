package ma.maharat.content.entity;

import ma.maharat.platform.i18n.Language;

import java.util.Objects;

/**
 * One language version of a lesson: the Markdown as written, the HTML ready to show, and a hash that
 * lets the importer skip lessons that did not change (and notice the ones that did).
 *
 * @param language    language of this version
 * @param file        path relative to modules-content, e.g. {@code sourcing/lessons/finding-suppliers.fr.md}
 * @param markdown    the Markdown source (without a byte order mark)
 * @param html        rendered and sanitized HTML; images keep {@code src="media/<name>"}, relative to
 *                    the course, for the web layer to resolve
 * @param contentHash lowercase hex SHA-256 of the UTF-8 bytes of {@code markdown}
 */
public record LessonText(Language language, String file, String markdown, String html, String contentHash) {

    public LessonText {
        Objects.requireNonNull(language, "language");
        Objects.requireNonNull(file, "file");
        Objects.requireNonNull(markdown, "markdown");
        Objects.requireNonNull(html, "html");
        Objects.requireNonNull(contentHash, "contentHash");
    }
}
