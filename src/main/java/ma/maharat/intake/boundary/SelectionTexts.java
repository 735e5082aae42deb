package ma.maharat.intake.boundary;

import ma.maharat.intake.control.Eligibility;
import ma.maharat.platform.i18n.PageMessages;

/** An eligibility reason in the reader's language; an argument naming a bundle key (a legal form) is translated too. */
final class SelectionTexts {

    private SelectionTexts() {}

    static String reason(PageMessages messages, Eligibility.Reason reason) {
        Object[] arguments = reason.arguments().stream()
                .map(a -> a instanceof String s && s.startsWith("legalForm.") ? messages.text(s) : a).toArray();
        return messages.text(reason.key(), arguments);
    }
}
