package ma.maharat.course.entity;

import java.util.Arrays;
import java.util.Optional;
import java.util.regex.Pattern;

/**
 * A file of a course as an address names it after a media servlet's prefix: {@code /<course>/<file>},
 * e.g. {@code /sourcing/media/cotton.png} or {@code /sourcing/lessons/cut.fr.ogg}. The one place that
 * reads such an address, so the published media ({@code /course-media/*}) and the drafts' media
 * ({@code /author/draft-media/*}) refuse the same things: a course code other than lowercase letters,
 * digits and '-'; a file outside the course folder ({@code ..}, {@code .}, an empty part, a leading
 * '/'); any character that is not a letter, digit, '.', '_' or '-' (so no '%' of a still-encoded
 * slash, no '\', no ';'); more than {@value #MAX_LENGTH} characters.
 *
 * @param course the course's code
 * @param file   the path inside the course folder
 */
public record MediaPath(String course, String file) {

    /** Longest address read: a course code (at most 64, the column) and a file path (at most 300). */
    public static final int MAX_LENGTH = 1 + 64 + 1 + 300;

    /** Longest path of a file inside a course folder. */
    public static final int MAX_FILE_LENGTH = 300;

    private static final Pattern COURSE = Pattern.compile("[a-z0-9-]{1,64}");

    /** Sub-folders and a file name of safe characters, no leading '/', no empty part. */
    private static final Pattern FILE = Pattern.compile("([A-Za-z0-9_-][A-Za-z0-9._-]*/)*[A-Za-z0-9_-][A-Za-z0-9._-]*");

    public MediaPath {
        if (!isValid(course, file)) {
            throw new IllegalArgumentException("not a file of a course: " + course + "/" + file);
        }
    }

    /**
     * Reads the part of a request's path after the servlet's prefix ({@code getPathInfo()}).
     *
     * @return empty when it does not name a file inside a course folder
     */
    public static Optional<MediaPath> parse(String pathInfo) {
        if (pathInfo == null || pathInfo.length() > MAX_LENGTH || !pathInfo.startsWith("/")) {
            return Optional.empty();
        }
        int slash = pathInfo.indexOf('/', 1);
        if (slash < 0) {
            return Optional.empty();
        }
        String course = pathInfo.substring(1, slash);
        String file = pathInfo.substring(slash + 1);
        return isValid(course, file) ? Optional.of(new MediaPath(course, file)) : Optional.empty();
    }

    private static boolean isValid(String course, String file) {
        return course != null && COURSE.matcher(course).matches() && isFileInCourse(file);
    }

    /** Whether a path may name a file in a course folder, and so cannot escape it. */
    public static boolean isFileInCourse(String path) {
        return path != null && path.length() <= MAX_FILE_LENGTH && FILE.matcher(path).matches()
                && Arrays.stream(path.split("/")).noneMatch(part -> part.equals("..") || part.equals("."));
    }

    /** An image under {@code media/}, which lessons and questions show. */
    public boolean isMedia() {
        return file.startsWith("media/");
    }

    /** A file of a lesson under {@code lessons/} (its text or its audio reading). */
    public boolean isLessonFile() {
        return file.startsWith("lessons/");
    }
}
