package ma.maharat.course.entity;

import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;
import java.io.Serializable;
import java.util.Objects;

/**
 * A text in Arabic and French (both required by the content format) and optionally English. A
 * reader of a language the text lacks gets the French, the programme's working language.
 */
@Embeddable
public class LocalizedText implements Serializable {

    private static final long serialVersionUID = 1L;

    @Column(name = "title_ar")
    private String ar;

    @Column(name = "title_fr")
    private String fr;

    @Column(name = "title_en")
    private String en;

    protected LocalizedText() {}

    public LocalizedText(String ar, String fr, String en) {
        this.ar = Objects.requireNonNull(ar, "ar");
        this.fr = Objects.requireNonNull(fr, "fr");
        this.en = en;
    }

    /** The text in the language with this code, or the French one when there is none. */
    public String in(String language) {
        return switch (language == null ? "" : language) {
            case "ar" -> ar;
            case "en" -> en == null ? fr : en;
            default -> fr;
        };
    }

    /** Whether the text exists in that language (otherwise {@link #in} falls back to French). */
    public boolean isAvailableIn(String language) {
        return !"en".equals(language) || en != null;
    }

    public String getAr() {
        return ar;
    }

    public String getFr() {
        return fr;
    }

    public String getEn() {
        return en;
    }

    @Override
    public boolean equals(Object other) {
        return other instanceof LocalizedText that && ar.equals(that.ar) && fr.equals(that.fr) && Objects.equals(en, that.en);
    }

    @Override
    public int hashCode() {
        return Objects.hash(ar, fr, en);
    }
}
