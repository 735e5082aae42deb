package ma.maharat.certificate.credential;

/**
 * Text as it may go into a signed credential. Verifiers in other languages escape control characters
 * differently when they canonicalize (a tab or {@code \u000b} written {@code \t}, {@code \u000B} or
 * {@code \u000b}), so a credential holding one verifies here and fails elsewhere: line breaks become
 * {@code \n}, tabs spaces, other control characters and unpaired surrogates go.
 */
final class CredentialText {

    private CredentialText() {
    }

    static String clean(String text) {
        if (text == null) {
            return "";
        }
        String lines = text.replace("\r\n", "\n").replace('\r', '\n');
        StringBuilder out = new StringBuilder(lines.length());
        for (int i = 0; i < lines.length(); i++) {
            char c = lines.charAt(i);
            if (c == '\n') {
                out.append(c);
            } else if (c == '\t') {
                out.append(' ');
            } else if (Character.isISOControl(c)) {
                continue;
            } else if (Character.isHighSurrogate(c)) {
                if (i + 1 < lines.length() && Character.isLowSurrogate(lines.charAt(i + 1))) {
                    out.append(c).append(lines.charAt(++i));
                }
            } else if (!Character.isLowSurrogate(c)) {
                out.append(c);
            }
        }
        return out.toString().strip();
    }
}
