package ma.maharat.content.entity;

import java.io.Serializable;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.Collections;
import java.util.HexFormat;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;
import ma.maharat.course.entity.MediaPath;

/**
 * A course folder held in memory: each file's path inside the folder ({@code course.yaml},
 * {@code lessons/cut.fr.md}, {@code media/x.png}, {@code quiz/bank.fr.gift}) with its bytes. It is what
 * a draft is, what a published version was imported from, and what an export zips: one shape for all
 * three, so that publishing and exporting cannot drift from the importer. Immutable.
 */
public final class CourseFiles implements Serializable {
    private static final long serialVersionUID = 1L;

    /** Largest course accepted as files (a zip upload, a draft): 50 MiB, far above the shipped courses. */
    public static final long MAX_TOTAL_BYTES = 50L * 1024 * 1024;

    private final TreeMap<String, byte[]> files;

    private CourseFiles(TreeMap<String, byte[]> files) {
        this.files = files;
    }

    public static CourseFiles empty() {
        return new CourseFiles(new TreeMap<>());
    }

    /** The files of the map (paths checked with {@link #isValidPath}; bytes copied). */
    public static CourseFiles of(Map<String, byte[]> files) {
        TreeMap<String, byte[]> copy = new TreeMap<>();
        files.forEach((path, content) -> {
            if (!isValidPath(path)) {
                throw new IllegalArgumentException("not a path inside a course folder: " + path);
            }
            copy.put(path, content.clone());
        });
        return new CourseFiles(copy);
    }

    /** Whether a path may name a file in a course folder (and so cannot escape it). */
    public static boolean isValidPath(String path) {
        return MediaPath.isFileInCourse(path);
    }

    public Set<String> paths() {
        return Collections.unmodifiableSet(files.keySet());
    }

    public boolean contains(String path) {
        return files.containsKey(path);
    }

    public Optional<byte[]> content(String path) {
        return Optional.ofNullable(files.get(path)).map(byte[]::clone);
    }

    /** The file as UTF-8 text, if it exists (a leading byte order mark is dropped, as the reader does). */
    public Optional<String> text(String path) {
        return Optional.ofNullable(files.get(path)).map(bytes -> new String(bytes, StandardCharsets.UTF_8).replaceFirst("^\uFEFF", ""));
    }

    /** These files with one added or replaced. */
    public CourseFiles with(String path, byte[] content) {
        if (!isValidPath(path)) {
            throw new IllegalArgumentException("not a path inside a course folder: " + path);
        }
        TreeMap<String, byte[]> copy = new TreeMap<>(files);
        copy.put(path, content.clone());
        return new CourseFiles(copy);
    }

    public CourseFiles withText(String path, String text) {
        return with(path, text.getBytes(StandardCharsets.UTF_8));
    }

    /** These files without one. */
    public CourseFiles without(String path) {
        TreeMap<String, byte[]> copy = new TreeMap<>(files);
        copy.remove(path);
        return new CourseFiles(copy);
    }

    public int size() {
        return files.size();
    }

    public long totalBytes() {
        return files.values().stream().mapToLong(bytes -> bytes.length).sum();
    }

    /** Path to lowercase hex SHA-256 of the content. */
    public Map<String, String> hashes() {
        TreeMap<String, String> hashes = new TreeMap<>();
        files.forEach((path, content) -> hashes.put(path, sha256(content)));
        return hashes;
    }

    /** Lowercase hex SHA-256 of bytes. */
    public static String sha256(byte[] content) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(content));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("every Java runtime has SHA-256", e);
        }
    }

    @Override
    public boolean equals(Object other) {
        return other instanceof CourseFiles that && hashes().equals(that.hashes());
    }

    @Override
    public int hashCode() {
        return hashes().hashCode();
    }

    @Override
    public String toString() {
        return "CourseFiles" + files.keySet();
    }
}
