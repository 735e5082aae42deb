package ma.maharat.authoring.boundary;

import jakarta.annotation.PostConstruct;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.IOException;
import java.io.InputStream;
import java.io.Serializable;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.security.SecureRandom;
import java.util.List;
import ma.maharat.authoring.control.AuthoringRuleViolation;
import ma.maharat.authoring.control.CourseOutline;
import ma.maharat.authoring.control.Drafts;
import ma.maharat.authoring.control.QuestionBankText;
import ma.maharat.authoring.entity.CourseDraft;
import ma.maharat.content.entity.ContentProblem;
import ma.maharat.content.entity.CourseFiles;
import ma.maharat.identity.boundary.CurrentUser;
import ma.maharat.platform.i18n.LanguageSelection;
import ma.maharat.platform.i18n.PageMessages;
import ma.maharat.quiz.calculated.CalculatedPreview;
import ma.maharat.quiz.calculated.CalculatedQuestion;
import ma.maharat.quiz.calculated.CalculatedQuestionReader;
import ma.maharat.quiz.gift.GiftError;
import ma.maharat.quiz.gift.GiftParser;
import jakarta.faces.view.ViewScoped;
import org.omnifaces.util.Faces;

/**
 * The text editor of a draft's course.yaml (titles, modules, lessons and their order, quizzes), of
 * its question banks ({@code quiz/bank.fr.gift}...) and of its calculated questions
 * ({@code quiz/bank.calculated.yaml}), at {@code /author/file.xhtml?course=&path=}. A question bank is
 * parsed as it is typed (errors with line and column, the GIFT parser's or the calculated questions' reader's,
 * which solves every draw as the import does); saving checks the whole draft as publishing would and lists
 * this file's problems.
 *
 * <p>Calculated questions get a preview: the author picks one of the file's questions and draws values, and
 * sees it as a trainee would (her language's text with the numbers written in) with the worked solution, so
 * a formula that gives a silly answer shows before a trainee meets it. A missing calculated file opens with a
 * commented example to change.
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

    @Inject
    transient LanguageSelection language;

    /**
     * The longest text checked as it is typed: the calculated questions' reader solves every draw, so the check
     * is bounded by the reader's grid limits and by this. A longer text is still checked when saved.
     */
    static final int LONGEST_CHECKED = 200_000;

    private static final SecureRandom RANDOM = new SecureRandom();
    private static final String TEMPLATE = "/ma/maharat/authoring/calculated-template.yaml";

    private String course;
    private String path;
    private boolean ready;
    private String text;
    private String seenHash;
    private List<GiftError> giftErrors = List.of();
    private List<CalculatedQuestionReader.Problem> calculatedProblems = List.of();
    private List<String> calculatedNames = List.of();
    private String previewName;
    private CalculatedPreview preview;
    private boolean tooLongToCheck;
    private boolean newFile;
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
            if (isCalculated() && seenHash == null) {
                newFile = true;
                text = template(course, categories(course, path, draft.files()));
            }
            ready = true;
            check();
        } catch (AuthoringRuleViolation e) {
            if (!AuthoringPage.refuseIfNotAllowed(e)) {
                messages.error(e);
            }
        }
    }

    /** The text files edited here: the manifest, question banks and calculated questions (lessons have their own editor). */
    static boolean isEditable(String path) {
        return "course.yaml".equals(path) || path != null && path.matches("quiz/[a-z0-9-]+\\.((ar|fr|en)\\.gift|calculated\\.yaml)");
    }

    public boolean isGift() {
        return path != null && path.endsWith(".gift");
    }

    public boolean isCalculated() {
        return path != null && path.endsWith(".calculated.yaml");
    }

    /** The bank's base path of a calculated questions file: {@code quiz/bank} for {@code quiz/bank.calculated.yaml}. */
    static String bankOf(String path) {
        return path.substring(0, path.length() - ".calculated.yaml".length());
    }

    /**
     * Where the example is filed: the GIFT bank's categories, else the course's modules ({@code <course>/<module>},
     * what the draft's check asks of a calculated question).
     */
    static List<String> categories(String course, String path, CourseFiles files) {
        List<String> categories = QuestionBankText.categories(files.text(bankOf(path) + ".fr.gift").orElse(""));
        if (!categories.isEmpty()) {
            return categories;
        }
        try {
            return CourseOutline.of(files.text("course.yaml").orElse("")).modules().stream()
                    .map(module -> course + "/" + module.id()).toList();
        } catch (AuthoringRuleViolation unreadable) {
            // A course.yaml that does not read: the example says where to file it, the draft's check says what is wrong.
            return List.of();
        }
    }

    /** The commented example a new calculated questions file starts from, filed under the course's first category. */
    static String template(String course, List<String> categories) {
        try (InputStream in = FileEditor.class.getResourceAsStream(TEMPLATE)) {
            String template = new String(in.readAllBytes(), StandardCharsets.UTF_8);
            return template.replace("{{COURSE}}", course)
                    .replace("{{CATEGORY}}", categories.isEmpty() ? course + "/module" : categories.get(0));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Checks the text being typed, a GIFT bank or calculated questions (AJAX); other files are checked when saved. */
    public void check() {
        String typed = text == null ? "" : text;
        tooLongToCheck = typed.length() > LONGEST_CHECKED;
        if (tooLongToCheck) {
            giftErrors = List.of();
            calculatedProblems = List.of();
            return;
        }
        if (isGift()) {
            var result = new GiftParser().parse(typed);
            giftErrors = result.errors();
            questionCount = result.questions().size();
        } else if (isCalculated()) {
            CalculatedQuestionReader.Reading reading = new CalculatedQuestionReader().read(typed);
            calculatedProblems = reading.problems();
            calculatedNames = reading.questions().stream().map(CalculatedQuestion::name).toList();
            questionCount = calculatedNames.size();
            if (previewName == null || !calculatedNames.contains(previewName)) {
                previewName = calculatedNames.isEmpty() ? null : calculatedNames.get(0);
            }
        }
    }

    /**
     * Draws a fresh set of values for the chosen question of the text as typed (only questions that read well,
     * every draw of their grid solved, are offered) and shows it in the page's language.
     */
    public void drawValues() {
        check();
        if (tooLongToCheck || !isCalculated()) {
            preview = null;
            return;
        }
        preview = new CalculatedQuestionReader().read(text == null ? "" : text).questions().stream()
                .filter(question -> question.name().equals(previewName)).findFirst()
                .map(question -> CalculatedPreview.draw(question, RANDOM, language.current())).orElse(null);
        if (preview == null) {
            messages.error(null, "calc.preview.nothing");
        }
    }

    public void save() {
        try {
            String content = text == null ? "" : text;
            Drafts.SavedFile saved = drafts.saveAndCheck(course, path, content.getBytes(StandardCharsets.UTF_8), seenHash, currentUser.required());
            seenHash = saved.contentHash();
            newFile = false;
            check();
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

    public List<CalculatedQuestionReader.Problem> getCalculatedProblems() {
        return calculatedProblems;
    }

    public List<String> getCalculatedNames() {
        return calculatedNames;
    }

    public String getPreviewName() {
        return previewName;
    }

    public void setPreviewName(String previewName) {
        this.previewName = previewName;
    }

    public CalculatedPreview getPreview() {
        return preview;
    }

    public boolean isTooLongToCheck() {
        return tooLongToCheck;
    }

    /** Whether the calculated questions file does not exist in the draft yet (the text is the example). */
    public boolean isNewFile() {
        return newFile;
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
