package ma.maharat.quiz.boundary;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import jakarta.servlet.http.Part;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.nio.ByteBuffer;
import java.util.ArrayList;
import java.util.List;
import ma.maharat.platform.i18n.PageMessages;
import ma.maharat.quiz.control.QuestionHtml;
import ma.maharat.quiz.gift.GiftError;
import ma.maharat.quiz.gift.GiftParseResult;
import ma.maharat.quiz.gift.GiftParser;
import ma.maharat.quiz.gift.GiftWriter;
import ma.maharat.quiz.question.AcceptedAnswer;
import ma.maharat.quiz.question.Choice;
import ma.maharat.quiz.question.MatchingQuestion;
import ma.maharat.quiz.question.MultipleResponseQuestion;
import ma.maharat.quiz.question.NumericalAnswer;
import ma.maharat.quiz.question.NumericalQuestion;
import ma.maharat.quiz.question.Question;
import ma.maharat.quiz.question.ShortAnswerQuestion;
import ma.maharat.quiz.question.SingleChoiceQuestion;
import ma.maharat.quiz.question.TextFormat;
import ma.maharat.quiz.question.TrueFalseQuestion;
import ma.maharat.quiz.question.ValueRange;
import ma.maharat.quiz.question.ValueWithTolerance;
import org.omnifaces.util.Faces;

/**
 * Trainers paste or upload GIFT (from Moodle or written by hand) and see the questions as Maharat
 * understood them — or every error with its line and column — before the file goes into a course's
 * bank; the checked text can be downloaded, written out again in one tidy layout.
 */
@Named
@RequestScoped
public class GiftPreview {

    /** The same limit as {@code POST /api/gift/parse}. */
    static final int MAX_CHARACTERS = GiftResource.MAX_CHARACTERS;

    @Inject
    PageMessages messages;

    @Inject
    ma.maharat.quiz.control.QuestionBank bank;

    @Inject
    ma.maharat.identity.boundary.CurrentUser currentUser;

    private String text;
    private Part file;
    private String course;
    private String language = "fr";
    private boolean added;
    private java.util.List<ma.maharat.course.entity.Course> courses;
    private GiftParseResult result;

    /** One answer line of the preview: its text, the marks it earns and its feedback. */
    public record AnswerRow(String html, String marks, boolean earnsMarks, String feedbackHtml) {}

    public record PreviewQuestion(String name, String type, String category, String html, List<AnswerRow> answers, String generalFeedbackHtml) {}

    public void preview() {
        if (file != null && file.getSize() > 0) {
            if (!readFile()) {
                return;
            }
        }
        if (text == null || text.isBlank()) {
            messages.error(null, "gift.empty");
            return;
        }
        if (text.length() > MAX_CHARACTERS) {
            messages.error(null, "gift.tooLong", MAX_CHARACTERS);
            return;
        }
        result = new GiftParser().parse(text);
    }

    /** Adds the previewed questions to the chosen course's bank, all or none. */
    public void addToCourse() {
        preview();
        if (!isValid()) {
            return;
        }
        try {
            int added = bank.addFromBrowser(course, ma.maharat.platform.i18n.Language.ofCode(language).orElse(ma.maharat.platform.i18n.Language.FR),
                    text, currentUser.required().accountId());
            messages.info("gift.added", added, course);
            result = null;
            text = null;
            this.added = true;
        } catch (ma.maharat.platform.error.RuleViolation e) {
            messages.error(e);
        }
    }

    /** True once this request added the questions: the preview is then over. */
    public boolean isAdded() {
        return added;
    }

    public java.util.List<ma.maharat.course.entity.Course> getCourses() {
        if (courses == null) {
            courses = bank.courses();
        }
        return courses;
    }

    public String getCourse() {
        return course;
    }

    public void setCourse(String course) {
        this.course = course;
    }

    public String getLanguage() {
        return language;
    }

    public void setLanguage(String language) {
        this.language = language;
    }

    public void download() throws IOException {
        preview();
        if (result != null && result.isValid()) {
            Faces.sendFile(new GiftWriter().write(result.questions()).getBytes(StandardCharsets.UTF_8), "questions.gift", true);
        }
    }

    private boolean readFile() {
        if (file.getSize() > MAX_CHARACTERS * 4L) {
            messages.error(null, "gift.tooLong", MAX_CHARACTERS);
            return false;
        }
        try (InputStream in = file.getInputStream()) {
            byte[] bytes = in.readAllBytes();
            text = StandardCharsets.UTF_8.newDecoder().onMalformedInput(CodingErrorAction.REPORT)
                    .decode(ByteBuffer.wrap(bytes)).toString().replaceFirst("^\uFEFF", "");
            return true;
        } catch (CharacterCodingException e) {
            messages.error(null, "gift.notUtf8");
            return false;
        } catch (IOException e) {
            messages.error(null, "gift.unreadable");
            return false;
        }
    }

    public List<GiftError> getErrors() {
        return result == null ? List.of() : result.errors();
    }

    public boolean isValid() {
        return result != null && result.isValid();
    }

    public List<PreviewQuestion> getQuestions() {
        if (!isValid()) {
            return List.of();
        }
        return result.questions().stream().map(this::preview).toList();
    }

    private PreviewQuestion preview(Question question) {
        TextFormat format = question.format();
        List<AnswerRow> answers = new ArrayList<>();
        if (question instanceof SingleChoiceQuestion single) {
            single.choices().forEach(choice -> answers.add(row(choice, format)));
        } else if (question instanceof MultipleResponseQuestion multiple) {
            multiple.choices().forEach(choice -> answers.add(row(choice, format)));
        } else if (question instanceof TrueFalseQuestion trueFalse) {
            answers.add(new AnswerRow(messages.text(trueFalse.correctAnswer() ? "quiz.true" : "quiz.false"), "100 %", true,
                    QuestionHtml.render(trueFalse.rightFeedback(), format)));
        } else if (question instanceof ShortAnswerQuestion shortAnswer) {
            for (AcceptedAnswer accepted : shortAnswer.answers()) {
                answers.add(new AnswerRow(QuestionHtml.render(accepted.text(), TextFormat.PLAIN), accepted.weight() + " %",
                        accepted.weight().isPositive(), QuestionHtml.render(accepted.feedback(), format)));
            }
        } else if (question instanceof NumericalQuestion numerical) {
            for (NumericalAnswer accepted : numerical.answers()) {
                String target = accepted.target() instanceof ValueWithTolerance exact
                        ? exact.value().toPlainString() + (exact.tolerance().signum() == 0 ? "" : " ± " + exact.tolerance().toPlainString())
                        : ((ValueRange) accepted.target()).min().toPlainString() + " – " + ((ValueRange) accepted.target()).max().toPlainString();
                answers.add(new AnswerRow(QuestionHtml.render(target, TextFormat.PLAIN), accepted.weight() + " %",
                        accepted.weight().isPositive(), QuestionHtml.render(accepted.feedback(), format)));
            }
        } else if (question instanceof MatchingQuestion matching) {
            matching.pairs().forEach(pair -> answers.add(new AnswerRow(QuestionHtml.render(pair.prompt() + " → " + pair.answer(),
                    TextFormat.PLAIN), "", true, "")));
        }
        return new PreviewQuestion(question.name(), question.type().wireName(), question.category(),
                QuestionHtml.render(question.text(), format), answers, QuestionHtml.render(question.generalFeedback(), format));
    }

    private static AnswerRow row(Choice choice, TextFormat format) {
        return new AnswerRow(QuestionHtml.render(choice.text(), format), choice.weight() + " %", choice.weight().isPositive(),
                QuestionHtml.render(choice.feedback(), format));
    }

    public String getText() {
        return text;
    }

    public void setText(String text) {
        this.text = text;
    }

    public Part getFile() {
        return file;
    }

    public void setFile(Part file) {
        this.file = file;
    }
}
