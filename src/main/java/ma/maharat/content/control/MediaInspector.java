package ma.maharat.content.control;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.regex.Pattern;

import ma.maharat.content.entity.MediaFile;

/**
 * Checks one image reference of a lesson against the course's media folder: the path must be
 * {@code media/<name>} (nothing outside the course, no web address), the file must exist, be a real
 * image of the type its extension says, stay under {@link #MAX_IMAGE_BYTES}, and an SVG must be inert.
 * Learners on mobile data in the region pay for every megabyte, hence the size cap.
 */
final class MediaInspector {

    /** Largest image accepted: 2 MiB. */
    static final int MAX_IMAGE_BYTES = 2 * 1024 * 1024;

    private static final Pattern URL_SCHEME = Pattern.compile("^[A-Za-z][A-Za-z0-9+.-]*:");
    private static final Pattern FILE_NAME = Pattern.compile("[A-Za-z0-9_-][A-Za-z0-9._-]*");
    private static final String MEDIA_PREFIX = "media/";
    private static final String HOW = ": write media/<file name>";

    /**
     * The outcome for one destination: the checked file, or the reasons (message texts) it was refused.
     *
     * @param file     the media file when accepted
     * @param problems messages when refused
     */
    record Outcome(MediaFile file, List<String> problems) {
        static Outcome refused(String message) {
            return new Outcome(null, List.of(message));
        }
    }

    private final Path courseFolder;

    /** @param courseFolder the course folder that image paths are relative to */
    MediaInspector(Path courseFolder) {
        this.courseFolder = courseFolder;
    }

    /** Checks a destination as written in {@code ![alt](destination)}. */
    Outcome inspect(String destination) {
        Optional<String> pathProblem = pathProblem(destination);
        if (pathProblem.isPresent()) {
            return Outcome.refused(pathProblem.get());
        }
        String name = destination.substring(MEDIA_PREFIX.length());
        Optional<ImageFormat> format = ImageFormat.forFileName(name);
        if (format.isEmpty()) {
            return Outcome.refused("image '" + destination + "' has an unsupported type: use "
                    + ImageFormat.acceptedExtensions());
        }
        Path file = courseFolder.resolve(MEDIA_PREFIX).resolve(name);
        if (!Files.isRegularFile(file)) {
            return Outcome.refused("image file " + destination + " does not exist");
        }
        try {
            if (!file.toRealPath().startsWith(courseFolder.toRealPath())) {
                return Outcome.refused("image " + destination + " points outside the course folder");
            }
            long size = Files.size(file);
            if (size > MAX_IMAGE_BYTES) {
                return Outcome.refused(String.format(Locale.ROOT, "image %s is too large (%.1f MiB; the limit is %d MiB)",
                        destination, size / (1024.0 * 1024.0), MAX_IMAGE_BYTES / (1024 * 1024)));
            }
            return content(destination, format.get(), Files.readAllBytes(file));
        } catch (IOException e) {
            return Outcome.refused("image " + destination + " cannot be read (" + e.getMessage() + ")");
        }
    }

    /** The content checks alone, for bytes not read from a folder (an upload). */
    static Outcome check(String destination, ImageFormat format, byte[] bytes) {
        return content(destination, format, bytes);
    }

    private static Outcome content(String destination, ImageFormat format, byte[] bytes) {
        if (format == ImageFormat.SVG) {
            List<String> unsafe;
            try {
                unsafe = SvgSafety.findUnsafeParts(Utf8Text.decode(bytes));
            } catch (Utf8Text.NotUtf8Exception e) {
                unsafe = List.of("is not a UTF-8 text file");
            }
            if (!unsafe.isEmpty()) {
                List<String> messages = new ArrayList<>();
                unsafe.forEach(reason -> messages.add("SVG image " + destination + " " + reason + ", which is not allowed"));
                return new Outcome(null, messages);
            }
        } else if (!format.hasSignature(bytes)) {
            String extension = destination.substring(destination.lastIndexOf('.'));
            return Outcome.refused("image " + destination + " is not a real " + format.displayName()
                    + " image (its content does not match the " + extension + " extension)");
        } else {
            Optional<ImageSize> size = ImageSize.of(format, bytes);
            if (size.isPresent() && size.get().isTooLarge()) {
                // Every trainee's phone would decode it: refused from the header, never decoded here.
                return Outcome.refused("image " + destination + " is too large: " + size.get().describe());
            }
        }
        return new Outcome(new MediaFile(destination, format.mediaType(), bytes, ContentHash.sha256(bytes)), List.of());
    }

    /** Why the written path is not {@code media/<name>}, if it is not. */
    static Optional<String> pathProblem(String destination) {
        String quoted = "'" + destination + "'";
        if (destination.isBlank()) {
            return Optional.of("image without a path" + HOW);
        }
        if (destination.contains("\\")) {
            return Optional.of("image path " + quoted + " uses '\\'" + HOW);
        }
        if (URL_SCHEME.matcher(destination).find() || destination.startsWith("//")) {
            return Optional.of("image " + quoted + " is a web address: copy the image into the course's media folder and"
                    + " write media/<file name>");
        }
        if (destination.startsWith("/")) {
            return Optional.of("image path " + quoted + " is absolute" + HOW);
        }
        if (List.of(destination.split("/")).contains("..")) {
            return Optional.of("image path " + quoted + " leaves the course folder" + HOW);
        }
        if (!destination.startsWith(MEDIA_PREFIX) || destination.indexOf('/', MEDIA_PREFIX.length()) >= 0) {
            return Optional.of("image path " + quoted + " is not directly in the media folder" + HOW);
        }
        if (!FILE_NAME.matcher(destination.substring(MEDIA_PREFIX.length())).matches()) {
            return Optional.of("image file name " + quoted
                    + " may only contain letters a-z A-Z, digits, '.', '_' and '-'");
        }
        return Optional.empty();
    }
}
