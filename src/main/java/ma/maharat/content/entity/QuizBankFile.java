package ma.maharat.content.entity;

import ma.maharat.platform.i18n.Language;

import java.util.Objects;

/**
 * The GIFT text of one language of a course's question bank. Parsing is left to the quiz importer;
 * this reader only guarantees that the file exists and is not empty.
 *
 * @param language language of the bank
 * @param file     path relative to modules-content, e.g. {@code sourcing/quiz/bank.fr.gift}
 * @param text     the GIFT source (without a byte order mark)
 */
public record QuizBankFile(Language language, String file, String text) {

    public QuizBankFile {
        Objects.requireNonNull(language, "language");
        Objects.requireNonNull(file, "file");
        Objects.requireNonNull(text, "text");
    }
}
