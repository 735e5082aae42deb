package ma.maharat.content.entity;

import ma.maharat.platform.i18n.Language;

import java.util.Objects;
import java.util.Optional;

/**
 * A short text (title, description) in Arabic and French, optionally English. The reader only builds
 * one when both required languages are present, so the web layer never has to handle a missing
 * Arabic or French text.
 *
 * @param ar Arabic text, never blank
 * @param fr French text, never blank
 * @param en English text, or {@code null} when the author gave none
 */
public record LocalizedText(String ar, String fr, String en) {

    public LocalizedText {
        Objects.requireNonNull(ar, "ar");
        Objects.requireNonNull(fr, "fr");
    }

    /** The text in one language; empty only for a missing English text. */
    public Optional<String> in(Language language) {
        return switch (language) {
            case AR -> Optional.of(ar);
            case FR -> Optional.of(fr);
            case EN -> Optional.ofNullable(en);
        };
    }
}
