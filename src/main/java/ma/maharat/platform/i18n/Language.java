package ma.maharat.platform.i18n;

import java.util.Arrays;
import java.util.Locale;
import java.util.Optional;

/** A language Maharat speaks, and the direction its script is written in. */
public enum Language {
    AR("ar", "العربية", true),
    FR("fr", "Français", false),
    EN("en", "English", false);

    /** French is the working language of the programme's documents; it is the fallback. */
    public static final Language DEFAULT = FR;

    private final String code;
    private final String nativeName;
    private final boolean rightToLeft;

    Language(String code, String nativeName, boolean rightToLeft) {
        this.code = code;
        this.nativeName = nativeName;
        this.rightToLeft = rightToLeft;
    }

    public static Optional<Language> ofCode(String code) {
        return Arrays.stream(values()).filter(l -> l.code.equalsIgnoreCase(code == null ? "" : code.strip())).findFirst();
    }

    public String code() {
        return code;
    }

    public String getCode() {
        return code;
    }

    public String getNativeName() {
        return nativeName;
    }

    public String direction() {
        return rightToLeft ? "rtl" : "ltr";
    }

    public Locale locale() {
        return Locale.forLanguageTag(code);
    }
}
