package ma.maharat.content.entity;

import ma.maharat.platform.i18n.Language;

import java.util.Collections;
import java.util.EnumMap;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;

/**
 * The question bank of a course, one GIFT file per language: Arabic and French always, English when
 * present.
 *
 * @param basePath base path from the manifest, relative to the course folder, e.g. {@code quiz/bank}
 * @param files    the bank file per language, in {@link Language} order
 */
public record QuizBank(String basePath, Map<Language, QuizBankFile> files) {

    public QuizBank {
        Objects.requireNonNull(basePath, "basePath");
        files = Collections.unmodifiableMap(new EnumMap<>(files));
    }

    /** The bank in one language; empty only for a missing English bank. */
    public Optional<QuizBankFile> file(Language language) {
        return Optional.ofNullable(files.get(language));
    }
}
