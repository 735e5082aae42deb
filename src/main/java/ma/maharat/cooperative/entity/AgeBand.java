package ma.maharat.cooperative.entity;

import java.util.Arrays;
import java.util.Locale;
import java.util.Optional;

/**
 * A member's age band, optional: partners count people by band, never by birth date, which Maharat has
 * no reason to keep. The bands are the ones the partners' reports use (under 25, then ten years each,
 * 55 and over). {@link #code()} is what a CSV file writes.
 */
public enum AgeBand {
    UNDER_25("under-25"),
    FROM_25_TO_34("25-34"),
    FROM_35_TO_44("35-44"),
    FROM_45_TO_54("45-54"),
    FROM_55("55-plus");

    private final String code;

    AgeBand(String code) {
        this.code = code;
    }

    public String code() {
        return code;
    }

    /** The band a file names by its code (case and blanks ignored); empty when none has that code. */
    public static Optional<AgeBand> ofCode(String typed) {
        String code = typed == null ? "" : typed.strip().toLowerCase(Locale.ROOT);
        return Arrays.stream(values()).filter(band -> band.code.equals(code)).findFirst();
    }
}
