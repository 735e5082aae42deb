package ma.maharat.identity.control;

/**
 * What a new password must be. Length is what protects a password (NIST SP 800-63B); composition rules
 * only make passwords harder to remember for people who read with difficulty, so there are none.
 */
public final class PasswordPolicy {

    public static final int MINIMUM_LENGTH = 8;
    public static final int MAXIMUM_LENGTH = 128;

    private PasswordPolicy() {}

    /** @throws AccountRuleViolation with the reason the password is refused */
    public static void check(String username, String password) {
        if (password == null || password.codePointCount(0, password.length()) < MINIMUM_LENGTH) {
            throw new AccountRuleViolation("password.tooShort", MINIMUM_LENGTH);
        }
        if (password.length() > MAXIMUM_LENGTH) {
            throw new AccountRuleViolation("password.tooLong", MAXIMUM_LENGTH);
        }
        if (ma.maharat.platform.text.VisibleText.hasControlCharacter(password)) {
            // NUL and line breaks are typed by no keyboard and cut some tools' strings short.
            throw new AccountRuleViolation("password.controlCharacter");
        }
        if (password.strip().equalsIgnoreCase(username == null ? "" : username.strip())) {
            throw new AccountRuleViolation("password.sameAsUsername");
        }
    }
}
