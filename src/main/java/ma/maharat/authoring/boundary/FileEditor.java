package ma.maharat.authoring.boundary;

import jakarta.annotation.PostConstruct;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.nio.charset.StandardCharsets;
import java.util.List;
import ma.maharat.authoring.control.AuthoringRuleViolation;
import ma.maharat.authoring.control.Drafts;
import ma.maharat.authoring.entity.CourseDraft;
import ma.maharat.content.entity.ContentProblem;
import ma.maharat.identity.boundary.CurrentUser;
import ma.maharat.platform.i18n.PageMessages;
import ma.maharat.quiz.gift.GiftError;
import ma.maharat.quiz.gift.GiftParser;
import jakarta.faces.view.ViewScoped;
import org.omnifaces.util.Faces;

/**
 * The text editor of a draft's course.yaml (titles, modules, lessons and their order, quizzes) and of
 * its question banks ({@code quiz/bank.fr.gift}...), at {@code /author/file.xhtml?course=&path=}. A
 * question bank is parsed as it is typed (errors with line and column, the GIFT parser's); saving checks
 * the whole draft as publishing would and lists this file's problems.
 */
@Named
@ViewScoped
public class FileEditor implements Serializable {

    private static final long serialVersionUID = 1L;

    @Inject
    transient Drafts drafts;

    @Inject
    transient CurrentUser currentUser;

    @Inject
    transient PageMessages messages;

    private String course;
    private String path;
    private boolean ready;
    private String text;
    private String seenHash;
    private List<GiftError> giftErrors = List.of();
    private int questionCount;
    private List<ContentProblem> problems = List.of();
    private int otherProblems;

    @PostConstruct
    void init() {
        course = Faces.getRequestParameter("course");
        path = Faces.getRequestParameter("path");
        if (course == null || !isEditable(path)) {
            messages.error(null, "authoring.notEditable");
            return;
        }
        try {
            CourseDraft draft = drafts.draftToEdit(course, currentUser.required()).draft();
            text = draft.files().text(path).orElse("");
            seenHash = draft.hashOf(path);
            ready = true;
            checkGift();
        } catch (AuthoringRuleViolation e) {
            if (!AuthoringPage.refuseIfNotAllowed(e)) {
                messages.error(e);
            }
        }
    }

    /** The text files edited here: the manifest and question banks (lessons have their own editor). */
    static boolean isEditable(String path) {
        return "course.yaml".equals(path) || path != null && path.matches("quiz/[a-z0-9-]+\\.(ar|fr|en)\\.gift");
    }

    public boolean isGift() {
        return path != null && path.endsWith(".gift");
    }

    /** Parses the question bank being typed (AJAX). */
    public void checkGift() {
        if (!isGift()) {
            return;
        }
        var result = new GiftParser().parse(text == null ? "" : text);
        giftErrors = result.errors();
        questionCount = result.questions().size();
    }

    public void save() {
        try {
            String content = text == null ? "" : text;
            Drafts.SavedFile saved = drafts.saveAndCheck(course, path, content.getBytes(StandardCharsets.UTF_8), seenHash, currentUser.required());
            seenHash = saved.contentHash();
            checkGift();
            problems = saved.problems();
            otherProblems = saved.otherProblems();
            messages.info("authoring.saved");
        } catch (AuthoringRuleViolation e) {
            messages.error(e);
        }
    }

    public boolean isReady() {
        return ready;
    }

    public String getCourse() {
        return course;
    }

    public String getPath() {
        return path;
    }

    public String getText() {
        return text;
    }

    public void setText(String text) {
        this.text = text;
    }

    public List<GiftError> getGiftErrors() {
        return giftErrors;
    }

    public int getQuestionCount() {
        return questionCount;
    }

    public List<ContentProblem> getProblems() {
        return problems;
    }

    public int getOtherProblems() {
        return otherProblems;
    }
}
