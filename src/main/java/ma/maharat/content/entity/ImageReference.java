package ma.maharat.content.entity;

import java.util.Objects;

/**
 * An image as a lesson references it, before the file is checked: what was written and where.
 *
 * @param destination the path as written in {@code ![alt](destination)}
 * @param line        1-based line in the lesson file
 */
public record ImageReference(String destination, int line) {

    public ImageReference {
        Objects.requireNonNull(destination, "destination");
    }
}
