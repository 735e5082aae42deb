package ma.maharat.certificate.control;

import java.security.SecureRandom;
import java.util.Locale;
import java.util.Optional;

/**
 * The code that proves a certificate: 80 random bits from {@link SecureRandom}, written as 16
 * characters of Crockford's base 32 in four groups ({@code K7QM-3XRT-9BHD-2WEA}). The alphabet has no
 * I, L, O or U, so a code read aloud or copied by hand survives: input is case-insensitive, ignores
 * spaces and dashes, and reads O as 0 and I or L as 1.
 */
public final class VerificationCode {

    static final String ALPHABET = "0123456789ABCDEFGHJKMNPQRSTVWXYZ";
    static final int LENGTH = 16;
    private static final SecureRandom RANDOM = new SecureRandom();

    private VerificationCode() {}

    /** A new random code, grouped. */
    public static String generate() {
        byte[] bytes = new byte[10];
        RANDOM.nextBytes(bytes);
        StringBuilder raw = new StringBuilder(LENGTH);
        long high = 0;
        for (int i = 0; i < 5; i++) {
            high = high << 8 | (bytes[i] & 0xFF);
        }
        long low = 0;
        for (int i = 5; i < 10; i++) {
            low = low << 8 | (bytes[i] & 0xFF);
        }
        for (long part : new long[] {high, low}) {
            for (int shift = 35; shift >= 0; shift -= 5) {
                raw.append(ALPHABET.charAt((int) (part >>> shift & 31)));
            }
        }
        return grouped(raw.toString());
    }

    /** The stored form of what someone typed or scanned, or empty when it cannot be a code. */
    public static Optional<String> normalize(String input) {
        if (input == null) {
            return Optional.empty();
        }
        StringBuilder raw = new StringBuilder(LENGTH);
        for (char c : input.strip().toUpperCase(Locale.ROOT).toCharArray()) {
            if (c == '-' || c == ' ' || c == '\u00A0') {
                continue;
            }
            char read = switch (c) {
                case 'O' -> '0';
                case 'I', 'L' -> '1';
                default -> c;
            };
            if (ALPHABET.indexOf(read) < 0 || raw.length() == LENGTH) {
                return Optional.empty();
            }
            raw.append(read);
        }
        return raw.length() == LENGTH ? Optional.of(grouped(raw.toString())) : Optional.empty();
    }

    private static String grouped(String raw) {
        return raw.substring(0, 4) + "-" + raw.substring(4, 8) + "-" + raw.substring(8, 12) + "-" + raw.substring(12, 16);
    }
}
