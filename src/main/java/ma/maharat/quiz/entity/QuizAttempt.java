package ma.maharat.quiz.entity;

import jakarta.persistence.CascadeType;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.NamedQuery;
import jakarta.persistence.OneToMany;
import jakarta.persistence.OrderBy;
import jakarta.persistence.Table;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import ma.maharat.identity.entity.Account;
import ma.maharat.platform.i18n.Language;

/**
 * One sitting of a quiz by a trainee. Its questions, their order and the order of their choices are
 * fixed when it starts ({@link AttemptAnswer}), so it resumes identically anywhere. In progress until
 * the trainee submits it or the server closes it at its deadline; graded once, then never changed.
 */
@Entity
@Table(name = "quiz_attempt")
@NamedQuery(name = QuizAttempt.OF_TRAINEE_FOR_QUIZ,
        query = "SELECT a FROM QuizAttempt a WHERE a.quiz.id = :quiz AND a.trainee.id = :trainee ORDER BY a.number")
@NamedQuery(name = QuizAttempt.OF_QUIZ_BY_TRAINEES, query = "SELECT a FROM QuizAttempt a JOIN FETCH a.trainee"
        + " WHERE a.quiz.id = :quiz AND a.trainee.id IN :trainees ORDER BY a.trainee.fullName, a.number")
@NamedQuery(name = QuizAttempt.EXPIRED_IDS,
        query = "SELECT a.id FROM QuizAttempt a WHERE a.state = ma.maharat.quiz.entity.QuizAttempt.State.IN_PROGRESS"
                + " AND a.deadline < :now")
@NamedQuery(name = QuizAttempt.PASSED_SCOPES_OF_TRAINEE_IN_COURSE,
        query = "SELECT DISTINCT a.quiz.scope FROM QuizAttempt a WHERE a.trainee.id = :trainee AND a.passed = TRUE"
                + " AND a.quiz.course.id = :course")
@NamedQuery(name = QuizAttempt.PASSED_BY_TRAINEES_IN_COURSES,
        query = "SELECT DISTINCT a.trainee.id, a.quiz.id, a.quiz.course.id, a.quiz.scope FROM QuizAttempt a"
                + " WHERE a.passed = TRUE AND a.trainee.id IN :trainees AND a.quiz.course.id IN :courses")
@NamedQuery(name = QuizAttempt.BEST_SCORES_BY_TRAINEES_IN_COURSES,
        query = "SELECT a.trainee.id, a.quiz.course.id, MAX(a.score) FROM QuizAttempt a"
                + " WHERE a.score IS NOT NULL AND a.quiz.scope = :scope AND a.trainee.id IN :trainees"
                + " AND a.quiz.course.id IN :courses GROUP BY a.trainee.id, a.quiz.course.id")
@NamedQuery(name = QuizAttempt.DIAGNOSTIC_SCORES,
        query = "SELECT t.id, q.course.id, q.course.code, c.id, a.score FROM QuizAttempt a JOIN a.quiz q JOIN a.trainee t"
                + " LEFT JOIN t.cooperative c WHERE q.scope = 'diagnostic' AND q.archivedAt IS NULL"
                + " AND a.state = ma.maharat.quiz.entity.QuizAttempt.State.FINISHED ORDER BY t.id, q.course.id, a.number")
public class QuizAttempt {

    public static final String OF_TRAINEE_FOR_QUIZ = "QuizAttempt.ofTraineeForQuiz";
    /** A quiz's attempts by some trainees (parameter {@code trainees}: their account ids), by name then number. */
    public static final String OF_QUIZ_BY_TRAINEES = "QuizAttempt.ofQuizByTrainees";
    public static final String EXPIRED_IDS = "QuizAttempt.expiredIds";
    public static final String PASSED_SCOPES_OF_TRAINEE_IN_COURSE = "QuizAttempt.passedScopesOfTraineeInCourse";
    /** Rows of trainee id, quiz id, course id and scope for the quizzes some trainees passed in some courses. */
    public static final String PASSED_BY_TRAINEES_IN_COURSES = "QuizAttempt.passedByTraineesInCourses";
    /** Rows of trainee id, course id and best score (a fraction) of the quizzes of one {@code scope}, finished attempts only. */
    public static final String BEST_SCORES_BY_TRAINEES_IN_COURSES = "QuizAttempt.bestScoresByTraineesInCourses";

    /**
     * Rows of trainee id, course id, course code, cooperative id (or null) and score (a fraction) of the
     * submitted attempts of the current diagnostic quizzes, each trainee's in the order she took them.
     */
    public static final String DIAGNOSTIC_SCORES = "QuizAttempt.diagnosticScores";

    public enum State { IN_PROGRESS, FINISHED }

    /** Who ended the attempt: the trainee, or the server when time was up. */
    public enum FinishedBy { TRAINEE, DEADLINE }

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @ManyToOne(optional = false)
    @JoinColumn(name = "quiz_id", nullable = false, updatable = false)
    private Quiz quiz;

    @ManyToOne(optional = false)
    @JoinColumn(name = "account_id", nullable = false, updatable = false)
    private Account trainee;

    @Column(nullable = false, updatable = false)
    private int number;

    @Column(nullable = false, updatable = false, length = 2)
    private String language;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    private State state;

    @Column(name = "started_at", nullable = false, updatable = false)
    private Instant startedAt;

    @Column(updatable = false)
    private Instant deadline;

    @Column(name = "finished_at")
    private Instant finishedAt;

    @Enumerated(EnumType.STRING)
    @Column(name = "finished_by")
    private FinishedBy finishedBy;

    @Column(precision = 7, scale = 6)
    private BigDecimal score;

    private Boolean passed;

    @OneToMany(mappedBy = "attempt", cascade = CascadeType.PERSIST)
    @OrderBy("slot")
    private List<AttemptAnswer> answers = new ArrayList<>();

    protected QuizAttempt() {}

    public QuizAttempt(Quiz quiz, Account trainee, int number, Language language, Instant startedAt) {
        this.quiz = quiz;
        this.trainee = trainee;
        this.number = number;
        this.language = language.code();
        this.state = State.IN_PROGRESS;
        this.startedAt = startedAt;
        this.deadline = quiz.timeLimit().map(startedAt::plus).orElse(null);
    }

    public void add(AttemptAnswer answer) {
        answers.add(answer);
    }

    /** Records the grade; the attempt is closed from now on. */
    public void finish(Instant at, FinishedBy by, double fraction) {
        state = State.FINISHED;
        finishedAt = at;
        finishedBy = by;
        score = BigDecimal.valueOf(fraction).setScale(6, RoundingMode.HALF_EVEN);
        // A diagnostic is no exam: neither passed nor failed, so it never counts where passed quizzes do.
        passed = quiz.isDiagnostic() ? null : fraction * 100 + 1e-9 >= quiz.getPassMark();
    }

    public boolean isInProgress() {
        return state == State.IN_PROGRESS;
    }

    public boolean isPastDeadline(Instant now) {
        return deadline != null && !now.isBefore(deadline);
    }

    public Long getId() {
        return id;
    }

    public Quiz getQuiz() {
        return quiz;
    }

    public Account getTrainee() {
        return trainee;
    }

    public int getNumber() {
        return number;
    }

    public Language getLanguage() {
        return Language.ofCode(language).orElse(Language.FR);
    }

    public State getState() {
        return state;
    }

    public Instant getStartedAt() {
        return startedAt;
    }

    public Optional<Instant> getDeadline() {
        return Optional.ofNullable(deadline);
    }

    public Instant getFinishedAt() {
        return finishedAt;
    }

    public FinishedBy getFinishedBy() {
        return finishedBy;
    }

    /** The share of the marks earned, in [0, 1]; {@code null} while in progress. */
    public BigDecimal getScore() {
        return score;
    }

    /** The score in percent, rounded to one decimal; {@code null} while in progress. */
    public BigDecimal getPercent() {
        return score == null ? null : score.movePointRight(2).setScale(1, RoundingMode.HALF_UP);
    }

    public boolean isPassed() {
        return Boolean.TRUE.equals(passed);
    }

    public List<AttemptAnswer> getAnswers() {
        return answers;
    }
}
