package ma.maharat.authoring.boundary;

import jakarta.annotation.PostConstruct;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import ma.maharat.authoring.control.AuthoringRuleViolation;
import ma.maharat.authoring.control.Drafts;
import ma.maharat.authoring.control.QuestionBankText;
import ma.maharat.authoring.entity.CourseDraft;
import ma.maharat.content.entity.CourseFiles;
import ma.maharat.identity.boundary.CurrentUser;
import ma.maharat.platform.i18n.PageMessages;
import ma.maharat.quiz.gift.GiftParser;
import ma.maharat.quiz.gift.GiftWriter;
import ma.maharat.quiz.question.AcceptedAnswer;
import ma.maharat.quiz.question.Choice;
import ma.maharat.quiz.question.NumericalAnswer;
import ma.maharat.quiz.question.NumericalQuestion;
import ma.maharat.quiz.question.Question;
import ma.maharat.quiz.question.QuestionHeader;
import ma.maharat.quiz.question.ShortAnswerQuestion;
import ma.maharat.quiz.question.SingleChoiceQuestion;
import ma.maharat.quiz.question.TrueFalseQuestion;
import ma.maharat.quiz.question.ValueWithTolerance;
import jakarta.faces.view.ViewScoped;
import org.omnifaces.util.Faces;

/**
 * A form per question type ({@code /author/questions.xhtml?course=}): multiple choice, true/false, short
 * answer and numerical, written in French and Arabic side by side (both banks must hold the same
 * questions), turned into GIFT by the {@link GiftWriter} and added at the end of the module's section
 * of {@code quiz/bank.fr.gift} and {@code quiz/bank.ar.gift} of the draft. Pasting GIFT is the bank
 * editor's job ({@code file.xhtml}).
 */
@Named
@ViewScoped
public class QuestionForms implements Serializable {

    private static final long serialVersionUID = 1L;
    private static final String FORM = "question:";
    private static final String FR_BANK = "quiz/bank.fr.gift";
    private static final String AR_BANK = "quiz/bank.ar.gift";

    @Inject
    transient Drafts drafts;

    @Inject
    transient CurrentUser currentUser;

    @Inject
    transient PageMessages messages;

    private String course;
    private boolean ready;
    private List<String> categories = List.of();
    private String lastAdded;

    private String type = "single_choice";
    private String name;
    private String category;
    private String textFr;
    private String textAr;
    private String[] choicesFr = new String[4];
    private String[] choicesAr = new String[4];
    private int rightChoice;
    private boolean trueOrFalse = true;
    private String answersFr;
    private String answersAr;
    private String number;
    private String tolerance;

    @PostConstruct
    void init() {
        course = Faces.getRequestParameter("course");
        try {
            CourseDraft draft = drafts.draftToEdit(course, currentUser.required()).draft();
            categories = QuestionBankText.categories(draft.files().text(FR_BANK).orElse(""));
            category = categories.isEmpty() ? null : categories.get(0);
            ready = true;
        } catch (AuthoringRuleViolation e) {
            if (!AuthoringPage.refuseIfNotAllowed(e)) {
                messages.error(e);
            }
        }
    }

    /** Adds the question to both banks of the draft, or says which field to fix. */
    public void add() {
        if (name == null || !name.matches("[a-z0-9-]+")) {
            messages.error(FORM + "name", "authoring.q.badName");
            return;
        }
        CourseDraft draft = drafts.draftOf(course).orElse(null);
        if (draft == null) {
            messages.error(null, "authoring.noDraft");
            return;
        }
        CourseFiles files = draft.files();
        String fr = files.text(FR_BANK).orElse("");
        String ar = files.text(AR_BANK).orElse("");
        if (QuestionBankText.hasQuestion(fr, name) || QuestionBankText.hasQuestion(ar, name)) {
            messages.error(FORM + "name", "authoring.q.nameTaken", name);
            return;
        }
        Question french;
        Question arabic;
        try {
            french = question(textFr, choicesFr, answersFr);
            arabic = question(textAr, choicesAr, answersAr);
        } catch (IllegalArgumentException e) {
            messages.error(null, "authoring.q.incomplete", e.getMessage());
            return;
        }
        GiftWriter writer = new GiftWriter();
        String where = category == null ? course : category;
        Map<String, byte[]> contents = new LinkedHashMap<>();
        contents.put(FR_BANK, QuestionBankText.insert(fr, where, writer.write(french)).getBytes(StandardCharsets.UTF_8));
        contents.put(AR_BANK, QuestionBankText.insert(ar, where, writer.write(arabic)).getBytes(StandardCharsets.UTF_8));
        for (byte[] bank : contents.values()) {
            var parsed = new GiftParser().parse(new String(bank, StandardCharsets.UTF_8));
            if (!parsed.isValid()) {
                messages.error(null, "authoring.q.bankBroken", parsed.errors().get(0).toString());
                return;
            }
        }
        Map<String, String> seen = new LinkedHashMap<>();
        seen.put(FR_BANK, draft.hashOf(FR_BANK));
        seen.put(AR_BANK, draft.hashOf(AR_BANK));
        try {
            drafts.saveFiles(course, contents, seen, currentUser.required());
            lastAdded = writer.write(french);
            messages.info("authoring.q.added", name);
            name = null;
            textFr = null;
            textAr = null;
            choicesFr = new String[4];
            choicesAr = new String[4];
            answersFr = null;
            answersAr = null;
            number = null;
            tolerance = null;
        } catch (AuthoringRuleViolation e) {
            messages.error(e);
        }
    }

    private Question question(String text, String[] choices, String answers) {
        if (text == null || text.isBlank()) {
            throw new IllegalArgumentException("text");
        }
        QuestionHeader header = QuestionHeader.of(name, text.strip());
        return switch (type) {
            case "true_false" -> TrueFalseQuestion.of(header, trueOrFalse);
            case "short_answer" -> ShortAnswerQuestion.of(header, lines(answers).stream().map(AcceptedAnswer::of).toList());
            case "numerical" -> new NumericalQuestion(header, List.of(NumericalAnswer.of(ValueWithTolerance.of(
                    decimal(number), tolerance == null || tolerance.isBlank() ? "0" : decimal(tolerance)))));
            default -> {
                List<Choice> list = new ArrayList<>();
                for (int i = 0; i < choices.length; i++) {
                    if (choices[i] != null && !choices[i].isBlank()) {
                        list.add(i == rightChoice ? Choice.correct(choices[i].strip()) : Choice.wrong(choices[i].strip()));
                    }
                }
                yield new SingleChoiceQuestion(header, list);
            }
        };
    }

    private static List<String> lines(String text) {
        List<String> lines = text == null ? List.of() : Arrays.stream(text.split("\\R")).map(String::strip).filter(s -> !s.isEmpty()).toList();
        if (lines.isEmpty()) {
            throw new IllegalArgumentException("answers");
        }
        return lines;
    }

    /** Accepts the decimal comma French and Arabic writers use. */
    private static String decimal(String text) {
        if (text == null || !text.strip().replace(',', '.').matches("-?\\d+(\\.\\d+)?")) {
            throw new IllegalArgumentException("number");
        }
        return text.strip().replace(',', '.');
    }

    public boolean isReady() {
        return ready;
    }

    public String getCourse() {
        return course;
    }

    public List<String> getCategories() {
        return categories;
    }

    public String getLastAdded() {
        return lastAdded;
    }

    public List<Integer> getChoiceIndexes() {
        return List.of(0, 1, 2, 3);
    }

    public String getType() {
        return type;
    }

    public void setType(String type) {
        this.type = type;
    }

    public String getName() {
        return name;
    }

    public void setName(String name) {
        this.name = name;
    }

    public String getCategory() {
        return category;
    }

    public void setCategory(String category) {
        this.category = category;
    }

    public String getTextFr() {
        return textFr;
    }

    public void setTextFr(String textFr) {
        this.textFr = textFr;
    }

    public String getTextAr() {
        return textAr;
    }

    public void setTextAr(String textAr) {
        this.textAr = textAr;
    }

    public String[] getChoicesFr() {
        return choicesFr;
    }

    public String[] getChoicesAr() {
        return choicesAr;
    }

    public int getRightChoice() {
        return rightChoice;
    }

    public void setRightChoice(int rightChoice) {
        this.rightChoice = rightChoice;
    }

    public boolean isTrueOrFalse() {
        return trueOrFalse;
    }

    public void setTrueOrFalse(boolean trueOrFalse) {
        this.trueOrFalse = trueOrFalse;
    }

    public String getAnswersFr() {
        return answersFr;
    }

    public void setAnswersFr(String answersFr) {
        this.answersFr = answersFr;
    }

    public String getAnswersAr() {
        return answersAr;
    }

    public void setAnswersAr(String answersAr) {
        this.answersAr = answersAr;
    }

    public String getNumber() {
        return number;
    }

    public void setNumber(String number) {
        this.number = number;
    }

    public String getTolerance() {
        return tolerance;
    }

    public void setTolerance(String tolerance) {
        this.tolerance = tolerance;
    }
}
