package ma.maharat.identity.control;

import java.security.SecureRandom;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Objects;
import java.util.Random;
import java.util.stream.Collectors;
import ma.maharat.identity.entity.Picture;

/**
 * Three pictures in the order a trainee picks them: her picture password. The order counts (scissors,
 * spool, needle is not needle, spool, scissors); a picture may come back, though drawn sequences use three
 * different ones so that a card reads easily. Hashed like a password from {@link #secret()}.
 */
public record PictureSequence(List<Picture> pictures) {

    public static final int LENGTH = 3;
    private static final Random RANDOM = new SecureRandom();

    public PictureSequence {
        Objects.requireNonNull(pictures);
        if (pictures.size() != LENGTH || pictures.contains(null)) {
            throw new IllegalArgumentException("A picture sequence has " + LENGTH + " pictures: " + pictures);
        }
        pictures = List.copyOf(pictures);
    }

    public static PictureSequence of(Picture... pictures) {
        return new PictureSequence(Arrays.asList(pictures));
    }

    /** A new sequence of three different pictures, from a secure random source. */
    public static PictureSequence draw() {
        return draw(RANDOM);
    }

    static PictureSequence draw(Random random) {
        List<Picture> all = new ArrayList<>(List.of(Picture.values()));
        java.util.Collections.shuffle(all, random);
        return new PictureSequence(all.subList(0, LENGTH));
    }

    /** What is hashed: the pictures' names in order, {@code scissors spool needle}. */
    public char[] secret() {
        return pictures.stream().map(Picture::getName).collect(Collectors.joining(" ")).toCharArray();
    }
}
