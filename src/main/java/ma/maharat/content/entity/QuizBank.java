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
 * @param calculated the calculated questions file ({@code <base>.calculated.yaml}, both languages in one),
 *                   {@code null} when the course has none
 */
public record QuizBank(String basePath, Map<Language, QuizBankFile> files, QuizBankFile calculated) {

    public QuizBank {
        Objects.requireNonNull(basePath, "basePath");
        files = Collections.unmodifiableMap(new EnumMap<>(files));
    }

    public QuizBank(String basePath, Map<Language, QuizBankFile> files) {
        this(basePath, files, null);
    }

    /** The calculated questions file, when there is one (its language is French: it holds every language). */
    public Optional<QuizBankFile> calculatedFile() {
        return Optional.ofNullable(calculated);
    }

    /** The bank in one language; empty only for a missing English bank. */
    public Optional<QuizBankFile> file(Language language) {
        return Optional.ofNullable(files.get(language));
    }
}
