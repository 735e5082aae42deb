package ma.maharat.platform.i18n;

import java.util.Arrays;
import java.util.Locale;
import java.util.Optional;

/** A language Maharat speaks, and the direction its script is written in. */
public enum Language {
    AR("ar", "العربية", "Arabic", true),
    FR("fr", "Français", "French", false),
    EN("en", "English", "English", false);

    /** French is the working language of the programme's documents; it is the fallback. */
    public static final Language DEFAULT = FR;

    private final String code;
    private final String nativeName;
    private final String englishName;
    private final boolean rightToLeft;

    Language(String code, String nativeName, String englishName, boolean rightToLeft) {
        this.code = code;
        this.nativeName = nativeName;
        this.englishName = englishName;
        this.rightToLeft = rightToLeft;
    }

    /**
     * Whether course content must exist in this language: Arabic and French, because the cooperatives
     * work in one or the other; English is optional, for partners and visitors.
     */
    public boolean requiredInContent() {
        return this != EN;
    }

    /** The name used in content problem messages, which trainers read. */
    public String englishName() {
        return englishName;
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

    /**
     * The locale pages format with. Arabic is Morocco's (ar-MA), which writes numbers with the digits
     * 0-9 as Moroccan readers and the course content do, not with Arabic-Indic digits.
     */
    public Locale locale() {
        return this == AR ? Locale.forLanguageTag("ar-MA") : Locale.forLanguageTag(code);
    }
}
