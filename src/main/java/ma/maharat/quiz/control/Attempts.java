package ma.maharat.quiz.control;

import jakarta.ejb.Stateless;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import jakarta.persistence.PersistenceContext;
import java.security.SecureRandom;
import java.time.Clock;
import java.time.Instant;
import java.math.BigDecimal;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Random;
import java.util.Set;
import java.util.stream.Collectors;
import ma.maharat.identity.entity.Account;
import ma.maharat.learning.control.Learning;
import ma.maharat.platform.i18n.Language;
import ma.maharat.quiz.calculated.CalculatedQuestion;
import ma.maharat.quiz.calculated.DrawnValues;
import ma.maharat.quiz.entity.AttemptAnswer;
import ma.maharat.quiz.entity.BankQuestion;
import ma.maharat.quiz.entity.Quiz;
import ma.maharat.quiz.entity.QuizAttempt;
import ma.maharat.quiz.gift.GiftWriter;
import ma.maharat.quiz.question.Grader;
import ma.maharat.quiz.question.Question;

/**
 * A trainee's attempts at quizzes: starting one (or resuming the one in progress), submitting it,
 * and closing it when its time is up. Answers themselves are saved by {@link AnswerSaves}.
 *
 * <p>Grading happens once, when the attempt closes, from the answers saved until then: the server's
 * copy is the only one that counts, which is what makes a frozen terminal harmless.
 */
@Stateless
public class Attempts {

    private static final Random RANDOM = new SecureRandom();
    private static final GiftWriter GIFT = new GiftWriter();

    @PersistenceContext
    EntityManager em;

    @Inject
    Learning learning;

    Clock clock = Clock.systemUTC();

    /** A quiz as its trainee sees it before starting: her attempts so far and whether she may start one. */
    public record QuizStatus(Quiz quiz, List<QuizAttempt> attempts, Optional<QuizAttempt> inProgress, boolean mayStart,
            boolean passed) {
        public int attemptsLeft() {
            return quiz.getMaxAttempts() == null ? Integer.MAX_VALUE : Math.max(0, quiz.getMaxAttempts() - attempts.size());
        }
    }

    public Quiz quiz(String courseCode, String scope) {
        return em.createNamedQuery(Quiz.BY_SCOPE, Quiz.class).setParameter("course", courseCode).setParameter("scope", scope)
                .getResultStream().filter(quiz -> !quiz.isArchived()).findFirst()
                .orElseThrow(() -> new QuizRuleViolation("quiz.notFound"));
    }

    /** The quiz's page for a trainee; an attempt whose time is up is closed first, so the page tells the truth. */
    public QuizStatus status(long traineeId, String courseCode, String scope) {
        learning.requireUnlocked(traineeId, courseCode);
        Quiz quiz = quiz(courseCode, scope);
        List<QuizAttempt> attempts = attemptsOf(traineeId, quiz);
        attempts.stream().filter(a -> a.isInProgress() && a.isPastDeadline(clock.instant())).forEach(this::closeAtDeadline);
        Optional<QuizAttempt> inProgress = attempts.stream().filter(QuizAttempt::isInProgress).findFirst();
        boolean left = quiz.getMaxAttempts() == null || attempts.size() < quiz.getMaxAttempts();
        return new QuizStatus(quiz, attempts, inProgress, inProgress.isEmpty() && left,
                attempts.stream().anyMatch(QuizAttempt::isPassed));
    }

    /**
     * The attempt in progress, or a new one: questions drawn and shuffled now, in the trainee's
     * language (French when the bank has no questions in hers), and fixed for good.
     */
    public QuizAttempt startOrResume(long traineeId, String courseCode, String scope, Language language) {
        QuizStatus status = status(traineeId, courseCode, scope);
        if (status.inProgress().isPresent()) {
            return status.inProgress().get();
        }
        Quiz quiz = status.quiz();
        if (quiz.isDiagnostic()) {
            // Before the attempts count: "you answered twice already, thank you" says more than "no attempts left".
            requireDiagnosticOffered(traineeId, courseCode, status.attempts());
        }
        if (!status.mayStart()) {
            throw new QuizRuleViolation("quiz.noAttemptsLeft");
        }
        List<BankQuestion> candidates = em.createNamedQuery(BankQuestion.CURRENT_OF_COURSE, BankQuestion.class)
                .setParameter("course", quiz.getCourse().getId()).getResultStream()
                .filter(question -> quiz.getCategory().map(question.getCategory()::equals).orElse(true))
                .toList();
        List<BankQuestion> drawn = quiz.isDiagnostic() && !status.attempts().isEmpty()
                ? afterForm(quiz, status.attempts().get(0), candidates)
                : AttemptLayout.draw(candidates, quiz.getQuestionCount().orElse(candidates.size()), RANDOM);
        if (drawn.isEmpty()) {
            throw new QuizRuleViolation("quiz.noQuestions");
        }
        QuizAttempt attempt = new QuizAttempt(quiz, em.getReference(Account.class, traineeId), status.attempts().size() + 1,
                language, clock.instant());
        for (int slot = 0; slot < drawn.size(); slot++) {
            BankQuestion question = drawn.get(slot);
            if (question.getCalculation().isPresent()) {
                attempt.add(calculated(attempt, slot, question, language));
                continue;
            }
            String gift = question.giftIn(language);
            Question parsed = QuestionCache.parse(gift);
            attempt.add(new AttemptAnswer(attempt, slot, question, gift, AttemptLayout.optionOrder(parsed, RANDOM)));
        }
        em.persist(attempt);
        em.flush();
        return attempt;
    }

    /**
     * A calculated question with this attempt's own values: drawn now, asked as a numerical question in her
     * language, and kept with the template so that grading, the result page and the worked solution use her
     * numbers even after the bank changes (ADR 0024).
     */
    private static AttemptAnswer calculated(QuizAttempt attempt, int slot, BankQuestion question, Language language) {
        String template = question.getCalculation().orElseThrow();
        CalculatedQuestion calculated = CalculatedQuestions.parse(template);
        Map<String, BigDecimal> values = calculated.draw(RANDOM);
        String gift = GIFT.write(calculated.asked(language, values));
        return new AttemptAnswer(attempt, slot, question, gift, template, DrawnValues.write(values));
    }

    /** A diagnostic starts only as the "before" (no lesson done yet) or the "after" (every lesson done). */
    private void requireDiagnosticOffered(long traineeId, String courseCode, List<QuizAttempt> attempts) {
        var progress = learning.outline(traineeId, courseCode).progress();
        DiagnosticStep step = DiagnosticStep.of(attempts.size(), progress.lessonsDone(), progress.lessonCount());
        switch (step) {
            case WAITING -> throw new QuizRuleViolation("quiz.diagnostic.waiting");
            case MISSED -> throw new QuizRuleViolation("quiz.diagnostic.missed");
            case DONE -> throw new QuizRuleViolation("quiz.diagnostic.done");
            default -> { }
        }
    }

    /**
     * The "after" attempt's questions: the "before" ones again, reshuffled, so the two scores compare item for
     * item; or, for a parallel form, as many others of the same category (the manifest checked there are enough).
     */
    private static List<BankQuestion> afterForm(Quiz quiz, QuizAttempt before, List<BankQuestion> candidates) {
        List<BankQuestion> asked = before.getAnswers().stream().map(AttemptAnswer::getQuestion).toList();
        if (!quiz.isParallelForm()) {
            return AttemptLayout.draw(asked, asked.size(), RANDOM);
        }
        Set<Long> askedIds = asked.stream().map(BankQuestion::getId).collect(Collectors.toSet());
        List<BankQuestion> others = candidates.stream().filter(question -> !askedIds.contains(question.getId())).toList();
        return AttemptLayout.draw(others, quiz.getQuestionCount().orElse(others.size()), RANDOM);
    }

    /** An attempt of this trainee with its questions; closed first when its time is up. */
    public QuizAttempt attempt(long traineeId, long attemptId) {
        QuizAttempt attempt = em.find(QuizAttempt.class, attemptId);
        if (attempt == null || attempt.getTrainee().getId() != traineeId) {
            throw new QuizRuleViolation("quiz.attemptNotFound");
        }
        if (attempt.isInProgress() && attempt.isPastDeadline(clock.instant())) {
            closeAtDeadline(attempt);
        }
        // Attempts and answers are not in the shared cache: read in this transaction, they already hold
        // the answers AnswerSaves wrote with JDBC.
        return attempt;
    }

    /** The trainee hands in her attempt; after its deadline it counts as closed at the deadline. */
    public QuizAttempt submit(long traineeId, long attemptId) {
        QuizAttempt attempt = em.find(QuizAttempt.class, attemptId, LockModeType.PESSIMISTIC_WRITE);
        if (attempt == null || attempt.getTrainee().getId() != traineeId) {
            throw new QuizRuleViolation("quiz.attemptNotFound");
        }
        if (attempt.isInProgress()) {
            Instant now = clock.instant();
            if (attempt.isPastDeadline(now)) {
                finish(attempt, attempt.getDeadline().orElseThrow(), QuizAttempt.FinishedBy.DEADLINE);
            } else {
                finish(attempt, now, QuizAttempt.FinishedBy.TRAINEE);
            }
        }
        return attempt;
    }

    /** The attempts whose time is up and that nobody closed yet. */
    public List<Long> expiredAttemptIds() {
        return em.createNamedQuery(QuizAttempt.EXPIRED_IDS, Long.class).setParameter("now", clock.instant()).getResultList();
    }

    /**
     * Closes one expired attempt in its own transaction, graded with the answers saved before the
     * deadline; its finish time is the deadline, not the moment the job ran.
     *
     * @return whether this call closed it (false: already closed, by the trainee or another node)
     */
    @TransactionAttribute(TransactionAttributeType.REQUIRES_NEW)
    public boolean finishExpired(long attemptId) {
        QuizAttempt attempt = em.find(QuizAttempt.class, attemptId, LockModeType.PESSIMISTIC_WRITE);
        if (attempt == null || !attempt.isInProgress() || !attempt.isPastDeadline(clock.instant())) {
            return false;
        }
        finish(attempt, attempt.getDeadline().orElseThrow(), QuizAttempt.FinishedBy.DEADLINE);
        return true;
    }

    private void closeAtDeadline(QuizAttempt attempt) {
        em.lock(attempt, LockModeType.PESSIMISTIC_WRITE);
        em.refresh(attempt);
        if (attempt.isInProgress()) {
            finish(attempt, attempt.getDeadline().orElseThrow(), QuizAttempt.FinishedBy.DEADLINE);
        }
    }

    /** Grades the saved answers (the attempt row is locked, so no save slips in between) and closes. */
    private void finish(QuizAttempt attempt, Instant at, QuizAttempt.FinishedBy by) {
        double total = 0;
        for (AttemptAnswer answer : attempt.getAnswers()) {
            em.refresh(answer);
            Question question = QuestionCache.parse(answer.getQuestionGift());
            double earned = ResponseCodec.stored(question, answer.getResponse())
                    .map(response -> Grader.score(question, response)).orElse(0.0);
            answer.grade(earned);
            total += earned;
        }
        int count = attempt.getAnswers().size();
        attempt.finish(at, by, count == 0 ? 0 : total / count);
        em.flush();
        if (attempt.isPassed()) {
            learning.quizPassed(attempt.getTrainee().getId(), attempt.getQuiz().getCourse().getCode(),
                    Optional.ofNullable(attempt.getQuiz().getLesson()).map(lesson -> lesson.getCode()), at);
        }
    }

    private List<QuizAttempt> attemptsOf(long traineeId, Quiz quiz) {
        return em.createNamedQuery(QuizAttempt.OF_TRAINEE_FOR_QUIZ, QuizAttempt.class)
                .setParameter("quiz", quiz.getId()).setParameter("trainee", traineeId).getResultList();
    }
}
