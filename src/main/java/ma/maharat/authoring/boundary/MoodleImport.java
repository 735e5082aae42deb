package ma.maharat.authoring.boundary;

import jakarta.annotation.PostConstruct;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import jakarta.servlet.http.Part;
import java.io.IOException;
import java.io.InputStream;
import java.io.Serializable;
import java.util.List;
import ma.maharat.authoring.control.AuthoringRuleViolation;
import ma.maharat.authoring.control.MoodleImports;
import ma.maharat.identity.boundary.CurrentUser;
import ma.maharat.platform.i18n.Language;
import ma.maharat.platform.i18n.PageMessages;
import ma.maharat.quiz.moodle.MoodleXmlReader;
import org.omnifaces.util.Faces;

/**
 * Imports a Moodle XML file into the draft's question banks ({@code /author/questions.xhtml?course=}): read and
 * checked whole (every problem with its line and column), then added all at once — GIFT questions to both banks,
 * calculated ones to {@code quiz/bank.calculated.yaml} — or not at all. Published the usual way, with the draft.
 */
@Named
@ViewScoped
public class MoodleImport implements Serializable {

    private static final long serialVersionUID = 1L;

    @Inject
    transient MoodleImports imports;

    @Inject
    transient CurrentUser currentUser;

    @Inject
    transient PageMessages messages;

    private String course;
    private List<String> modules = List.of();
    private String module;
    private String language = "fr";
    private transient Part file;
    private List<String> problems = List.of();
    private List<String> notes = List.of();
    private int added;
    private String otherBank;

    @PostConstruct
    void init() {
        course = Faces.getRequestParameter("course");
        try {
            modules = imports.modules(course, currentUser.required());
            module = modules.isEmpty() ? null : modules.get(0);
        } catch (AuthoringRuleViolation e) {
            // questions.xhtml's own bean refuses the page and says why
        }
    }

    public void upload() {
        problems = List.of();
        notes = List.of();
        added = 0;
        if (file == null || file.getSize() == 0) {
            messages.error("moodle-import:file", "moodle.import.noFile");
            return;
        }
        if (file.getSize() > MoodleXmlReader.LARGEST_FILE) {
            messages.error("moodle-import:file", "moodle.import.tooLarge", MoodleXmlReader.LARGEST_FILE / (1024 * 1024));
            return;
        }
        byte[] bytes;
        try (InputStream in = file.getInputStream()) {
            bytes = in.readNBytes(MoodleXmlReader.LARGEST_FILE + 1);
        } catch (IOException e) {
            messages.error("moodle-import:file", "moodle.import.unreadable");
            return;
        }
        Language fileLanguage = Language.ofCode(language).filter(l -> l != Language.EN).orElse(Language.FR);
        String name = file.getSubmittedFileName() == null ? "questions.xml" : file.getSubmittedFileName().replaceAll(".*[/\\\\]", "");
        try {
            MoodleImports.Outcome outcome = imports.importFile(course, bytes, fileLanguage, module, currentUser.required());
            notes = outcome.notes();
            if (!outcome.problems().isEmpty()) {
                problems = outcome.problems().stream().map(problem -> name + ":" + problem).toList();
                messages.error(null, "moodle.import.refused", outcome.problems().size());
                return;
            }
            added = outcome.added();
            otherBank = String.join(", ", outcome.toTranslate());
            messages.info(otherBank.isEmpty() ? "moodle.import.addedWhole" : "moodle.import.added", added, otherBank);
        } catch (AuthoringRuleViolation e) {
            messages.error(e);
        }
    }

    public String getCourse() {
        return course;
    }

    public List<String> getModules() {
        return modules;
    }

    public String getModule() {
        return module;
    }

    public void setModule(String module) {
        this.module = module;
    }

    public String getLanguage() {
        return language;
    }

    public void setLanguage(String language) {
        this.language = language;
    }

    public Part getFile() {
        return file;
    }

    public void setFile(Part file) {
        this.file = file;
    }

    public List<String> getProblems() {
        return problems;
    }

    public List<String> getNotes() {
        return notes;
    }

    /** The draft's files holding copied texts to translate, comma-separated; empty when every text came in its language. */
    public String getOtherBank() {
        return otherBank;
    }

    public int getAdded() {
        return added;
    }
}
