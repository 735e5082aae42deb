package ma.maharat.content.entity;

import java.util.Arrays;
import java.util.Objects;

/**
 * An image that a lesson shows, already checked (real image, size limit, safe SVG). The bytes are kept
 * so that the importer stores exactly what was checked, not a file that may have changed since.
 *
 * @param path        path relative to the course folder, always {@code media/<name>}: the same string
 *                    as the {@code src} of the image in the lesson HTML
 * @param mediaType   MIME type, e.g. {@code image/png}
 * @param content     the file bytes (copied on the way in and out: this value stays immutable)
 * @param contentHash lowercase hex SHA-256 of {@code content}
 */
public record MediaFile(String path, String mediaType, byte[] content, String contentHash) {

    public MediaFile {
        Objects.requireNonNull(path, "path");
        Objects.requireNonNull(mediaType, "mediaType");
        Objects.requireNonNull(contentHash, "contentHash");
        content = content.clone();
    }

    /** A copy of the bytes. */
    @Override
    public byte[] content() {
        return content.clone();
    }

    /** Size in bytes, without copying the content. */
    public int size() {
        return content.length;
    }

    @Override
    public boolean equals(Object other) {
        return other instanceof MediaFile that
                && path.equals(that.path)
                && mediaType.equals(that.mediaType)
                && Arrays.equals(content, that.content)
                && contentHash.equals(that.contentHash);
    }

    @Override
    public int hashCode() {
        return Objects.hash(path, mediaType, contentHash);
    }

    @Override
    public String toString() {
        return "MediaFile[path=" + path + ", mediaType=" + mediaType + ", size=" + content.length
                + ", contentHash=" + contentHash + "]";
    }
}
