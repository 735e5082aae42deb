package ma.maharat.content.control;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;
import java.util.zip.ZipOutputStream;
import ma.maharat.content.entity.CourseFiles;

/**
 * Moves a course's files between memory, a folder and a zip. The zip holds one folder named after the
 * course ({@code quality/course.yaml}, {@code quality/lessons/...}), so unpacked into modules-content it
 * is ready to import. Hidden files (".git", ".DS_Store") are left out, as the reader ignores them.
 */
public final class CourseArchive {

    /**
     * Most entries a course zip may hold, folders and skipped files included: a real course has a few
     * hundred files (lessons in three languages, their images, question banks). Each entry costs a
     * check and a line in the authoring page's report, so 20,001 empty files took 12 s and made a
     * 29.9 MB page before this limit.
     */
    public static final int MAX_ENTRIES = 1000;

    private CourseArchive() {}

    /** Thrown for a zip that is not one course folder (or too big, or with unsafe paths). */
    public static final class NotACourseZip extends Exception {
        private static final long serialVersionUID = 1L;

        public NotACourseZip(String message) {
            super(message);
        }
    }

    /** Every regular, non-hidden file under the course folder. */
    public static CourseFiles readFolder(Path courseFolder) {
        Map<String, byte[]> files = new LinkedHashMap<>();
        try (Stream<Path> walk = Files.walk(courseFolder)) {
            for (Path file : walk.filter(Files::isRegularFile).sorted().toList()) {
                String relative = courseFolder.relativize(file).toString().replace('\\', '/');
                if (Stream.of(relative.split("/")).anyMatch(part -> part.startsWith("."))) {
                    continue;
                }
                if (CourseFiles.isValidPath(relative)) {
                    files.put(relative, Files.readAllBytes(file));
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read " + courseFolder, e);
        }
        return CourseFiles.of(files);
    }

    /** Writes the files into a folder (created if needed). */
    public static void writeFolder(CourseFiles files, Path courseFolder) {
        try {
            Files.createDirectories(courseFolder);
            for (String path : files.paths()) {
                Path target = courseFolder.resolve(path);
                Files.createDirectories(target.getParent());
                Files.write(target, files.content(path).orElseThrow());
            }
        } catch (IOException e) {
            throw new UncheckedIOException("cannot write " + courseFolder, e);
        }
    }

    /** Deletes a folder and everything in it, quietly (a temporary folder). */
    public static void deleteFolder(Path folder) {
        if (!Files.exists(folder)) {
            return;
        }
        try (Stream<Path> walk = Files.walk(folder)) {
            for (Path path : walk.sorted(Comparator.reverseOrder()).toList()) {
                Files.deleteIfExists(path);
            }
        } catch (IOException e) {
            // a temporary folder left behind is not worth failing the request for
        }
    }

    /** A zip of the files inside one folder named {@code courseCode}. */
    public static byte[] zip(String courseCode, CourseFiles files) {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        try (ZipOutputStream zip = new ZipOutputStream(bytes)) {
            zip.putNextEntry(new ZipEntry(courseCode + "/"));
            zip.closeEntry();
            for (String path : files.paths()) {
                ZipEntry entry = new ZipEntry(courseCode + "/" + path);
                zip.putNextEntry(entry);
                zip.write(files.content(path).orElseThrow());
                zip.closeEntry();
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return bytes.toByteArray();
    }

    /**
     * The files of a zip holding one course folder named {@code courseCode} (as {@link #zip} makes it),
     * or the course files at the zip's top level. Refuses other folders, unsafe paths, more than
     * {@link #MAX_ENTRIES} entries and more than {@link CourseFiles#MAX_TOTAL_BYTES} unpacked (a zip bomb
     * stops there).
     */
    public static CourseFiles unzip(String courseCode, byte[] zipBytes) throws NotACourseZip {
        Map<String, byte[]> files = new LinkedHashMap<>();
        long total = 0;
        try (ZipInputStream zip = new ZipInputStream(new ByteArrayInputStream(zipBytes))) {
            int entries = 0;
            for (ZipEntry entry = zip.getNextEntry(); entry != null; entry = zip.getNextEntry()) {
                if (++entries > MAX_ENTRIES) {
                    throw new NotACourseZip("the zip holds more than " + MAX_ENTRIES + " files and folders");
                }
                String name = entry.getName().replace('\\', '/');
                if (entry.isDirectory() || List.of(name.split("/")).stream().anyMatch(part -> part.startsWith("."))
                        || name.startsWith("__MACOSX/")) {
                    continue;
                }
                String prefix = courseCode + "/";
                String path = name.startsWith(prefix) ? name.substring(prefix.length()) : name;
                if (!CourseFiles.isValidPath(path) || path.contains("/") && !path.matches("(lessons|media|quiz)/[^/]+")) {
                    throw new NotACourseZip("unexpected file in the zip: " + name);
                }
                byte[] content = readLimited(zip, CourseFiles.MAX_TOTAL_BYTES - total);
                total += content.length;
                files.put(path, content);
            }
        } catch (IOException e) {
            throw new NotACourseZip("not a readable zip file (" + e.getMessage() + ")");
        }
        if (!files.containsKey(CourseFolderReader.MANIFEST)) {
            throw new NotACourseZip("the zip has no " + courseCode + "/" + CourseFolderReader.MANIFEST);
        }
        return CourseFiles.of(files);
    }

    private static byte[] readLimited(InputStream in, long limit) throws IOException, NotACourseZip {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        byte[] buffer = new byte[8192];
        long read = 0;
        for (int n = in.read(buffer); n >= 0; n = in.read(buffer)) {
            read += n;
            if (read > limit) {
                throw new NotACourseZip("the zip unpacks to more than " + CourseFiles.MAX_TOTAL_BYTES / (1024 * 1024) + " MiB");
            }
            out.write(buffer, 0, n);
        }
        return out.toByteArray();
    }
}
