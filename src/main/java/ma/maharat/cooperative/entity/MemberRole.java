package ma.maharat.cooperative.entity;

import java.util.Arrays;
import java.util.Locale;
import java.util.Optional;

/**
 * A person's place in her cooperative, optional: its president, a member, or an employee (paid, not a
 * member). The impact indicators count members and paid jobs apart, and the follow-up link goes to the
 * president. {@link #code()} is what a CSV file writes.
 */
public enum MemberRole {
    PRESIDENT("president"),
    MEMBER("member"),
    EMPLOYEE("employee");

    private final String code;

    MemberRole(String code) {
        this.code = code;
    }

    public String code() {
        return code;
    }

    /** The role a file names by its code (case and blanks ignored); empty when none has that code. */
    public static Optional<MemberRole> ofCode(String typed) {
        String code = typed == null ? "" : typed.strip().toLowerCase(Locale.ROOT);
        return Arrays.stream(values()).filter(role -> role.code.equals(code)).findFirst();
    }
}
