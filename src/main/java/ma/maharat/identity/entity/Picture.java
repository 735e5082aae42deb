package ma.maharat.identity.entity;

import java.util.Arrays;
import java.util.Optional;

/**
 * The twelve pictures of picture sign-in, things of the trade a trainee recognises at a glance, no two
 * of one colour and shape. The files are OpenMoji's (CC BY-SA 4.0), under
 * {@code resources/maharat/pictures/} as SVG for the pages and {@code ma/maharat/identity/pictures/} as
 * PNG for the printed cards; each has a label in ar, fr and en ({@code picture.<name>}).
 *
 * <p>The names are part of the stored hashes: renaming one makes every sequence with it unusable.
 */
public enum Picture {
    SCISSORS("scissors"),
    SPOOL("spool"),
    NEEDLE("needle"),
    YARN("yarn"),
    RULER("ruler"),
    SAFETY_PIN("safety-pin"),
    T_SHIRT("t-shirt"),
    DRESS("dress"),
    HANDBAG("handbag"),
    HAT("hat"),
    SOCK("sock"),
    GLOVES("gloves");

    private final String fileName;

    Picture(String fileName) {
        this.fileName = fileName;
    }

    /** The name in files, messages and forms: {@code safety-pin}. */
    public String getName() {
        return fileName;
    }

    public String getMessageKey() {
        return "picture." + fileName;
    }

    public static Optional<Picture> named(String name) {
        return Arrays.stream(values()).filter(p -> p.fileName.equals(name)).findFirst();
    }
}
