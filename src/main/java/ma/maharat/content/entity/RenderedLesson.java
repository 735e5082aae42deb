package ma.maharat.content.entity;

import java.util.List;
import java.util.Objects;

/**
 * A lesson's Markdown turned into safe HTML, with what the author should hear about (unsafe raw HTML,
 * forbidden links) and the images to check against the course's media folder.
 *
 * @param html     sanitized HTML, safe to insert into a page as is
 * @param problems problems found in the Markdown, with the lesson file and line
 * @param images   every image reference, in source order
 */
public record RenderedLesson(String html, List<ContentProblem> problems, List<ImageReference> images) {

    public RenderedLesson {
        Objects.requireNonNull(html, "html");
        problems = List.copyOf(problems);
        images = List.copyOf(images);
    }
}
