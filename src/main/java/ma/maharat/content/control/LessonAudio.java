package ma.maharat.content.control;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import ma.maharat.content.entity.MediaFile;
import ma.maharat.platform.i18n.Language;

/**
 * An audio reading of a lesson, for trainees who read with difficulty: a file beside the lesson's text,
 * {@code lessons/<lesson-id>.<ar|fr|en>.<mp3|ogg|oga|opus|m4a>}, at most one per lesson and language.
 * It is checked as images are (type by content, a size cap, read before anything is stored) and imported
 * with the course's media under the same path, so that drafts, exports and re-imports carry it as they
 * carry the lesson's text.
 */
public final class LessonAudio {

    /** {@code <lesson-id>.<language>.<extension>}, any extension but {@code md}. */
    private static final Pattern FILE = Pattern.compile("([a-z0-9-]+)\\.(ar|fr|en)\\.(?!md$)([A-Za-z0-9]+)");

    private LessonAudio() {}

    /**
     * A file name in {@code lessons/} that names a lesson and a language with another extension than .md.
     *
     * @param lessonId  the lesson's id
     * @param language  the language code
     * @param extension the extension as written
     */
    public record Name(String lessonId, String language, String extension) {
        public boolean isAudio() {
            return AudioFormat.isAudioName("x." + extension);
        }
    }

    /** The lesson, language and extension of a file name in {@code lessons/}, if it has that shape. */
    public static Optional<Name> parse(String fileName) {
        Matcher matcher = FILE.matcher(fileName);
        return matcher.matches() ? Optional.of(new Name(matcher.group(1), matcher.group(2), matcher.group(3))) : Optional.empty();
    }

    /** The path of a lesson's reading in a course folder, e.g. {@code lessons/cut.ar.mp3}. */
    public static String path(String lessonId, Language language, String extension) {
        return "lessons/" + lessonId + "." + language.code() + "." + extension.toLowerCase(Locale.ROOT);
    }

    /**
     * The outcome for one file: the checked file, or why it was refused.
     *
     * @param file    the reading when accepted (its path relative to the course folder)
     * @param problem an English sentence when refused
     */
    public record Outcome(MediaFile file, String problem) {
        static Outcome refused(String problem) {
            return new Outcome(null, problem);
        }
    }

    /**
     * Checks a file of a course folder on disk; its size is looked at before it is read.
     *
     * @param file     the file
     * @param relative its path in the course folder, {@code lessons/<name>}
     */
    static Outcome inspect(Path file, String relative) {
        try {
            long size = Files.size(file);
            if (size > AudioFormat.MAX_BYTES) {
                return Outcome.refused(tooLarge(size));
            }
            return check(relative, Files.readAllBytes(file));
        } catch (IOException e) {
            return Outcome.refused("audio reading cannot be read (" + e.getMessage() + ")");
        }
    }

    /** Checks bytes that were not read from a folder (an upload), under the path they will have. */
    public static Outcome check(String path, byte[] bytes) {
        Optional<AudioFormat> format = AudioFormat.forFileName(path);
        if (format.isEmpty()) {
            return Outcome.refused("audio reading has an unsupported type: use " + AudioFormat.acceptedExtensions());
        }
        if (bytes.length > AudioFormat.MAX_BYTES) {
            return Outcome.refused(tooLarge(bytes.length));
        }
        Optional<String> problem = format.get().problem(bytes);
        if (problem.isPresent()) {
            return Outcome.refused("audio reading is refused: " + problem.get());
        }
        return new Outcome(new MediaFile(path, format.get().mediaType(), bytes, ContentHash.sha256(bytes)), null);
    }

    /** The sentence for a file over {@link AudioFormat#MAX_BYTES}. */
    public static String tooLarge(long size) {
        return String.format(Locale.ROOT, "audio reading is too large (%.1f MiB; the limit is %d MiB)",
                size / (1024.0 * 1024.0), AudioFormat.MAX_BYTES / (1024 * 1024));
    }

    /** The readings' paths among a course folder's paths, for one lesson (any language). */
    public static List<String> pathsOf(String lessonId, java.util.Collection<String> paths) {
        return paths.stream()
                .filter(path -> path.startsWith("lessons/"))
                .filter(path -> parse(path.substring("lessons/".length()))
                        .filter(name -> name.lessonId().equals(lessonId) && name.isAudio()).isPresent())
                .sorted()
                .toList();
    }
}
