package ma.maharat.demo;

import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.time.Instant;
import java.util.List;
import java.util.Random;
import java.util.logging.Logger;
import ma.maharat.identity.entity.Account;
import ma.maharat.platform.i18n.Language;
import ma.maharat.quiz.control.AnswerKey;
import ma.maharat.quiz.control.AnswerSaves;
import ma.maharat.quiz.control.AttemptLayout;
import ma.maharat.quiz.control.Attempts;
import ma.maharat.quiz.entity.AttemptAnswer;
import ma.maharat.quiz.entity.BankQuestion;
import ma.maharat.quiz.entity.Quiz;
import ma.maharat.quiz.entity.QuizAttempt;
import ma.maharat.quiz.gift.GiftParser;

/**
 * Cycle 1's diagnostic of Modeling, taken in January (before) and February (after) 2026, so that the
 * trainers' learning-gain table shows real figures. Cycle 1 is over in the demo's story while its
 * lessons' progress is not (other screens show trainees mid-course), so these attempts are written as
 * records of that cycle rather than through {@link Attempts#startOrResume}, which would refuse an
 * "after" to a trainee with lessons left. They are graded by {@link Attempts#submit}, like any attempt.
 */
@Stateless
public class DemoDiagnostics {

    private static final Logger LOG = Logger.getLogger(DemoDiagnostics.class.getName());
    private static final String COURSE = "modeling";
    private static final Instant BEFORE = Instant.parse("2026-01-12T08:30:00Z");
    private static final Instant AFTER = Instant.parse("2026-02-06T14:00:00Z");

    /** Cycle 1's trainees with how many of the questions each answered right, before and after. */
    private record Taken(String username, int rightBefore, int rightAfter) {}

    private static final List<Taken> CYCLE_1 = List.of(
            new Taken("fatima.zahra", 2, 5), new Taken("khadija.elidrissi", 3, 5), new Taken("aicha.benali", 1, 4),
            new Taken("mariam.ouali", 2, 4), new Taken("salma.lahlou", 3, 3), new Taken("hind.amrani", 2, 5),
            new Taken("naima.belkadi", 4, 6), new Taken("brahim.sbai", 3, 2), new Taken("zineb.tazi", 1, 4));

    @PersistenceContext
    EntityManager em;

    @Inject
    AnswerSaves answerSaves;

    @Inject
    Attempts attempts;

    public void load() {
        Quiz quiz = em.createNamedQuery(Quiz.BY_SCOPE, Quiz.class).setParameter("course", COURSE)
                .setParameter("scope", Quiz.DIAGNOSTIC_SCOPE).getResultStream().filter(q -> !q.isArchived()).findFirst().orElse(null);
        if (quiz == null) {
            return;
        }
        List<BankQuestion> bank = em.createNamedQuery(BankQuestion.CURRENT_OF_COURSE, BankQuestion.class)
                .setParameter("course", quiz.getCourse().getId()).getResultStream()
                .filter(question -> quiz.getCategory().map(question.getCategory()::equals).orElse(true)).toList();
        // The same questions for everyone, before and after (the manifest's form: same); a fixed seed keeps the demo repeatable.
        Random random = new Random(16);
        List<BankQuestion> asked = AttemptLayout.draw(bank, quiz.getQuestionCount().orElse(bank.size()), random);
        int taken = 0;
        for (Taken trainee : CYCLE_1) {
            Account account = em.createNamedQuery(Account.BY_USERNAME, Account.class).setParameter("username", trainee.username())
                    .getResultStream().findFirst().orElse(null);
            if (account != null) {
                take(quiz, account, 1, BEFORE, asked, trainee.rightBefore(), random);
                take(quiz, account, 2, AFTER, asked, trainee.rightAfter(), random);
                taken++;
            }
        }
        int trainees = taken;
        LOG.info(() -> "Demo diagnostic of " + COURSE + ": " + trainees + " trainees before and after");
    }

    /** One attempt answering the first {@code right} questions right and leaving the others unanswered. */
    private void take(Quiz quiz, Account trainee, int number, Instant at, List<BankQuestion> asked, int right, Random random) {
        QuizAttempt attempt = new QuizAttempt(quiz, trainee, number, Language.FR, at);
        for (int slot = 0; slot < asked.size(); slot++) {
            String gift = asked.get(slot).giftIn(Language.FR);
            List<Integer> order = AttemptLayout.optionOrder(new GiftParser().parse(gift).questions().get(0), random);
            attempt.add(new AttemptAnswer(attempt, slot, asked.get(slot), gift, order));
        }
        em.persist(attempt);
        em.flush();
        for (int slot = 0; slot < Math.min(right, asked.size()); slot++) {
            answerSaves.save(trainee.getId(), attempt.getId(), slot, 0, AnswerKey.rightResponseJson(attempt.getAnswers().get(slot).getQuestionGift()));
        }
        attempts.submit(trainee.getId(), attempt.getId());
    }
}
