package ma.maharat.quiz.control;

import jakarta.ejb.Stateless;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import ma.maharat.course.entity.Course;
import ma.maharat.identity.entity.Account;
import ma.maharat.platform.i18n.Language;
import ma.maharat.quiz.entity.BankQuestion;
import ma.maharat.quiz.gift.GiftParseResult;
import ma.maharat.quiz.gift.GiftParser;
import ma.maharat.quiz.gift.GiftWriter;
import ma.maharat.quiz.question.Question;

/**
 * Questions trainers add to a course's bank from the browser (pasted or uploaded GIFT, previewed
 * first). All or nothing: one question that cannot go in keeps the others out too, as with files.
 * They join the course's quizzes at once — the final quiz draws from the whole bank, a lesson quiz from
 * its module's category — and an import of the files leaves them in place.
 */
@Stateless
public class QuestionBank {

    @PersistenceContext
    EntityManager em;

    public List<Course> courses() {
        return em.createNamedQuery(Course.ALL, Course.class).getResultList();
    }

    /**
     * @param language the language the questions are written in; readers of the others see it too
     * @return how many questions were added
     */
    public int addFromBrowser(String courseCode, Language language, String gift, long trainerId) {
        Course course = em.createNamedQuery(Course.BY_CODE, Course.class).setParameter("code", courseCode)
                .getResultStream().findFirst().orElseThrow(() -> new QuizRuleViolation("gift.courseNotFound"));
        GiftParseResult parsed = new GiftParser().parse(gift == null ? "" : gift);
        if (!parsed.isValid() || parsed.questions().isEmpty()) {
            throw new QuizRuleViolation("gift.invalid");
        }
        List<BankQuestion> existing = em.createNamedQuery(BankQuestion.OF_COURSE, BankQuestion.class)
                .setParameter("course", course).getResultList();
        Set<String> names = new HashSet<>(existing.stream().map(BankQuestion::getName).toList());
        Set<String> categories = new HashSet<>(course.currentModules().stream().map(m -> courseCode + "/" + m.getCode()).toList());
        int position = existing.stream().mapToInt(BankQuestion::getPosition).max().orElse(-1) + 1;
        List<Question> questions = parsed.questions();
        for (int i = 0; i < questions.size(); i++) {
            Question question = questions.get(i);
            if (question.name().isEmpty()) {
                throw new QuizRuleViolation("gift.nameRequired", i + 1, courseCode);
            }
            if (!names.add(question.name())) {
                throw new QuizRuleViolation("gift.nameTaken", question.name());
            }
            if (!question.category().isEmpty() && !categories.contains(question.category())) {
                throw new QuizRuleViolation("gift.badCategory", question.category(), courseCode);
            }
        }
        GiftWriter writer = new GiftWriter();
        Account trainer = em.getReference(Account.class, trainerId);
        for (Question question : questions) {
            em.persist(BankQuestion.fromBrowser(course, question.name(), question.category(), question.type().wireName(),
                    position++, language, writer.write(question), trainer));
        }
        return questions.size();
    }
}
