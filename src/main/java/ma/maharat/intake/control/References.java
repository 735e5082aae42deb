package ma.maharat.intake.control;

import java.security.SecureRandom;
import java.util.Locale;
import java.util.Random;

/**
 * An application's reference: {@value #LENGTH} characters drawn at random from an alphabet without the
 * letters and digits people confuse when they copy a number by hand or read it over the phone (0/O,
 * 1/I/L, 5/S, 2/Z, 8/B). 25^10 is about 10^14: with the contact phone also asked and look-ups rate
 * limited, nobody finds another cooperative's application by trying. Thread-safe.
 */
public final class References {

    public static final String ALPHABET = "34679ACDEFGHJKMNPQRTUVWXY";
    public static final int LENGTH = 10;

    private final Random random;

    public References() {
        this(new SecureRandom());
    }

    References(Random random) {
        this.random = random;
    }

    public String next() {
        StringBuilder reference = new StringBuilder(LENGTH);
        for (int i = 0; i < LENGTH; i++) {
            reference.append(ALPHABET.charAt(random.nextInt(ALPHABET.length())));
        }
        return reference.toString();
    }

    /**
     * A reference as typed ("k7qm 3xrt-9b") in its stored form, or {@code null} when it cannot be one
     * (wrong length, a character outside the alphabet): such a typo is refused without a database query.
     */
    public static String normalise(String typed) {
        if (typed == null || typed.length() > 4 * LENGTH) {
            return null;
        }
        String reference = typed.replaceAll("[\\s\\-.]", "").toUpperCase(Locale.ROOT);
        if (reference.length() != LENGTH) {
            return null;
        }
        for (char c : reference.toCharArray()) {
            if (ALPHABET.indexOf(c) < 0) {
                return null;
            }
        }
        return reference;
    }

    /** "K7QM3XRT9B" as "K7QM-3XRT-9B", easier to copy down. */
    public static String grouped(String reference) {
        return reference.substring(0, 4) + "-" + reference.substring(4, 8) + "-" + reference.substring(8);
    }
}
