package ma.maharat.authoring.boundary;

import jakarta.annotation.PostConstruct;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.IOException;
import java.io.Serializable;
import java.util.List;
import ma.maharat.authoring.control.AuthoringRuleViolation;
import ma.maharat.authoring.control.BankDownloads;
import ma.maharat.identity.boundary.CurrentUser;
import ma.maharat.platform.i18n.Language;
import ma.maharat.platform.i18n.PageMessages;
import org.omnifaces.util.Faces;

/**
 * The course's question bank to download from its authoring page ({@code /author/course.xhtml?code=}): Moodle XML
 * or GIFT, in French or Arabic; the page names the calculated questions a GIFT download gives with their first
 * values only.
 */
@Named
@ViewScoped
public class QuestionBankDownload implements Serializable {

    private static final long serialVersionUID = 1L;

    @Inject
    transient BankDownloads downloads;

    @Inject
    transient CurrentUser currentUser;

    @Inject
    transient PageMessages messages;

    private String code;
    private List<String> calculatedLeftOut;

    @PostConstruct
    void init() {
        code = Faces.getRequestParameter("code");
    }

    public void moodleXml(String language) throws IOException {
        send(language, true);
    }

    public void gift(String language) throws IOException {
        send(language, false);
    }

    private void send(String languageCode, boolean moodle) throws IOException {
        Language language = Language.ofCode(languageCode).filter(l -> l != Language.EN).orElse(Language.FR);
        try {
            BankDownloads.Download download = moodle ? downloads.moodleXml(code, language, currentUser.required())
                    : downloads.gift(code, language, currentUser.required());
            Faces.sendFile(download.content(), download.fileName(), true);
        } catch (AuthoringRuleViolation e) {
            messages.error(e);
        }
    }

    /** The calculated questions GIFT cannot say (empty when none, or when the person may not see the bank). */
    public List<String> getCalculatedLeftOut() {
        if (calculatedLeftOut == null) {
            try {
                calculatedLeftOut = code == null ? List.of() : downloads.calculatedLeftOutOfGift(code, currentUser.required());
            } catch (AuthoringRuleViolation e) {
                calculatedLeftOut = List.of();
            }
        }
        return calculatedLeftOut;
    }

    public String getCalculatedLeftOutList() {
        return String.join(", ", getCalculatedLeftOut());
    }
}
