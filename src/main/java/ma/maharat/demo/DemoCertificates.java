package ma.maharat.demo;

import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.util.List;
import java.util.Set;
import java.util.logging.Logger;
import ma.maharat.certificate.control.CertificateCorrections;
import ma.maharat.certificate.control.CertificateIssuing;
import ma.maharat.course.entity.Course;
import ma.maharat.identity.entity.Account;
import ma.maharat.learning.control.Learning;
import ma.maharat.platform.i18n.Language;
import ma.maharat.quiz.control.AnswerKey;
import ma.maharat.quiz.control.AnswerSaves;
import ma.maharat.quiz.control.Attempts;
import ma.maharat.quiz.entity.AttemptAnswer;
import ma.maharat.quiz.entity.Quiz;
import ma.maharat.quiz.entity.QuizAttempt;

/**
 * The demo's certificates: two more trainees complete Modeling (Fatima Zahra already did), Fatima
 * Zahra's certificate is issued and valid, Aïcha's is issued then revoked, and Khadija is left
 * eligible for an administrator to issue hers. The codes are fixed so that the README can name them.
 */
@Stateless
public class DemoCertificates {

    /** Fatima Zahra Bouchra's certificate for Modeling: valid. */
    public static final String VALID_CODE = "DEM0-VA1D-2026-0001";
    /** Aïcha Benali's certificate for Modeling: revoked. */
    public static final String REVOKED_CODE = "DEM0-REV0-2026-0002";

    private static final Logger LOG = Logger.getLogger(DemoCertificates.class.getName());
    private static final String COURSE = "modeling";

    @PersistenceContext
    EntityManager em;

    @Inject
    CertificateIssuing issuing;

    @Inject
    CertificateCorrections corrections;

    @Inject
    Learning learning;

    @Inject
    AnswerSaves answerSaves;

    @Inject
    Attempts attempts;

    public void load() {
        List<Course> found = em.createNamedQuery(Course.BY_CODE, Course.class).setParameter("code", COURSE).getResultList();
        Account fatima = account("fatima.zahra");
        Account aicha = account("aicha.benali");
        Account khadija = account("khadija.elidrissi");
        if (found.isEmpty() || fatima == null || aicha == null || khadija == null) {
            return;
        }
        Course course = found.get(0);
        complete(aicha.getId(), course);
        complete(khadija.getId(), course);
        issuing.issueWithCode(course.getId(), fatima.getId(), VALID_CODE);
        var revoked = issuing.issueWithCode(course.getId(), aicha.getId(), REVOKED_CODE);
        corrections.revoke(revoked.getId(), "Démonstration : attestation délivrée par erreur");
        LOG.info(() -> "Demo certificates: " + VALID_CODE + " (valid), " + REVOKED_CODE + " (revoked)");
    }

    private Account account(String username) {
        return em.createNamedQuery(Account.BY_USERNAME, Account.class).setParameter("username", username).getResultList().stream()
                .findFirst().orElse(null);
    }

    /** Every lesson done (a lesson's quiz passed where it has one) and the final quiz passed. */
    private void complete(long traineeId, Course course) {
        Set<String> quizzes = Set.copyOf(em.createNamedQuery(Quiz.CURRENT_SCOPES_OF_COURSE, String.class)
                .setParameter("course", course.getId()).getResultList());
        course.currentLessons().forEach(lesson -> {
            if (quizzes.contains(lesson.getCode())) {
                passQuiz(traineeId, course, lesson.getCode());
            } else {
                learning.markDone(traineeId, course.getCode(), lesson.getCode());
            }
        });
        if (quizzes.contains(Quiz.COURSE_SCOPE)) {
            passQuiz(traineeId, course, Quiz.COURSE_SCOPE);
        }
    }

    private void passQuiz(long traineeId, Course course, String scope) {
        QuizAttempt attempt = attempts.startOrResume(traineeId, course.getCode(), scope, Language.FR);
        for (AttemptAnswer answer : attempt.getAnswers()) {
            answerSaves.save(traineeId, attempt.getId(), answer.getSlot(), 0, AnswerKey.rightResponseJson(answer.getQuestionGift()));
        }
        attempts.submit(traineeId, attempt.getId());
    }
}
