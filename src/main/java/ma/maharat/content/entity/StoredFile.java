package ma.maharat.content.entity;

import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;
import java.io.Serializable;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * One file of a course folder as the database keeps it: its path in the folder ({@code lessons/cut.fr.md}),
 * its bytes and their SHA-256, so that a file is compared by hash without reading it. The value a draft's
 * files ({@code course_draft_file}) and a published version's files ({@code course_source_file}) both
 * hold; a changed file is a new value with the same path.
 */
@Embeddable
public class StoredFile implements Serializable {
    private static final long serialVersionUID = 1L;

    @Column(nullable = false, updatable = false)
    private String path;

    @Column(nullable = false)
    private byte[] content;

    @Column(name = "content_hash", nullable = false)
    private String contentHash;

    protected StoredFile() {}

    /** The file at that path with these bytes (copied); the path must stay inside a course folder. */
    public StoredFile(String path, byte[] content) {
        if (!CourseFiles.isValidPath(path)) {
            throw new IllegalArgumentException("not a path inside a course folder: " + path);
        }
        this.path = path;
        this.content = content.clone();
        this.contentHash = CourseFiles.sha256(content);
    }

    /** The file at that path of the folder. */
    public static StoredFile of(CourseFiles folder, String path) {
        return new StoredFile(path, folder.content(path).orElseThrow(() -> new IllegalArgumentException("no file " + path)));
    }

    /** These files as a course folder in memory. */
    public static CourseFiles folder(Collection<StoredFile> files) {
        Map<String, byte[]> map = new LinkedHashMap<>();
        files.forEach(file -> map.put(file.path, file.content));
        return CourseFiles.of(map);
    }

    public boolean hasSameContent(StoredFile other) {
        return contentHash.equals(other.contentHash);
    }

    public String getPath() {
        return path;
    }

    public byte[] getContent() {
        return content.clone();
    }

    public String getContentHash() {
        return contentHash;
    }

    public int getSize() {
        return content.length;
    }
}
