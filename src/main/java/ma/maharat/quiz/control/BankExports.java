package ma.maharat.quiz.control;

import jakarta.ejb.Stateless;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.util.ArrayList;
import java.util.List;
import ma.maharat.course.entity.Course;
import ma.maharat.platform.i18n.Language;
import ma.maharat.quiz.entity.BankQuestion;
import ma.maharat.quiz.gift.GiftWriter;
import ma.maharat.quiz.moodle.BankEntry;
import ma.maharat.quiz.moodle.MoodleXmlWriter;
import ma.maharat.quiz.question.MatchingQuestion;
import ma.maharat.quiz.question.MultipleResponseQuestion;
import ma.maharat.quiz.question.NumericalQuestion;
import ma.maharat.quiz.question.Question;
import ma.maharat.quiz.question.QuestionHeader;
import ma.maharat.quiz.question.ShortAnswerQuestion;
import ma.maharat.quiz.question.SingleChoiceQuestion;
import ma.maharat.quiz.question.TrueFalseQuestion;

/**
 * A course's current question bank (files and questions added in the browser) in one language, as Moodle XML
 * with its calculated questions whole, or as GIFT, which has no calculated type: the GIFT file starts with a
 * comment naming the calculated questions it writes with their first values only, and where to get them whole.
 * Who may download is the caller's decision (authoring's rule: the course's trainers and administrators).
 */
@Stateless
public class BankExports {

    @PersistenceContext
    EntityManager em;

    /** The bank as exported: what the file holds, and the calculated questions GIFT cannot say. */
    public record Export(String content, int questions, List<String> calculatedLeftOut) {
    }

    public Export moodleXml(Course course, Language language) {
        List<BankEntry> entries = entries(course, language);
        String comment = "Maharat - course " + course.getCode() + ", question bank in " + language.englishName() + " (" + language.code()
                + "), " + entries.size() + " questions; <maharat_template> holds what Maharat needs to import calculated questions back";
        return new Export(new MoodleXmlWriter().write(entries, language, comment), entries.size(), List.of());
    }

    /** @param leftOutNote the leading comment's text in the reader's language, {@code {0}} where the names go */
    public Export gift(Course course, Language language, String leftOutNote) {
        List<Question> questions = new ArrayList<>();
        List<String> calculated = new ArrayList<>();
        for (BankQuestion question : current(course)) {
            questions.add(withCategory(QuestionCache.parse(question.giftIn(language)), question));
            if (question.getCalculation().isPresent()) {
                calculated.add(question.getName());
            }
        }
        String gift = new GiftWriter().write(questions);
        if (!calculated.isEmpty()) {
            String note = leftOutNote.replace("{0}", String.join(", ", calculated));
            StringBuilder comment = new StringBuilder();
            note.lines().forEach(line -> comment.append("// ").append(line).append('\n'));
            gift = comment.append('\n').append(gift).toString();
        }
        return new Export(gift, questions.size(), List.copyOf(calculated));
    }

    /** The names of the course's calculated questions, which a GIFT download gives with their first values only. */
    public List<String> calculatedNames(Course course) {
        return current(course).stream().filter(question -> question.getCalculation().isPresent()).map(BankQuestion::getName).toList();
    }

    List<BankEntry> entries(Course course, Language language) {
        List<BankEntry> entries = new ArrayList<>();
        for (BankQuestion question : current(course)) {
            if (question.getCalculation().isPresent()) {
                entries.add(BankEntry.of(CalculatedQuestions.parse(question.getCalculation().get())));
            } else {
                entries.add(BankEntry.of(withCategory(QuestionCache.parse(question.giftIn(language)), question)));
            }
        }
        return entries;
    }

    private List<BankQuestion> current(Course course) {
        return em.createNamedQuery(BankQuestion.CURRENT_OF_COURSE, BankQuestion.class).setParameter("course", course.getId()).getResultList();
    }

    /** The stored GIFT is one question without its {@code $CATEGORY:} line: the category is the bank question's. */
    private static Question withCategory(Question question, BankQuestion stored) {
        QuestionHeader header = question.header().withCategory(stored.getCategory());
        if (question instanceof SingleChoiceQuestion q) {
            return new SingleChoiceQuestion(header, q.choices());
        } else if (question instanceof MultipleResponseQuestion q) {
            return new MultipleResponseQuestion(header, q.choices());
        } else if (question instanceof TrueFalseQuestion q) {
            return new TrueFalseQuestion(header, q.correctAnswer(), q.wrongFeedback(), q.rightFeedback());
        } else if (question instanceof ShortAnswerQuestion q) {
            return new ShortAnswerQuestion(header, q.answers(), q.caseSensitive());
        } else if (question instanceof NumericalQuestion q) {
            return new NumericalQuestion(header, q.answers());
        }
        return new MatchingQuestion(header, ((MatchingQuestion) question).pairs());
    }
}
