package ma.maharat.quiz.entity;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.NamedQuery;
import jakarta.persistence.Table;
import java.time.Duration;
import java.util.Optional;
import ma.maharat.course.entity.ArchivableContent;
import ma.maharat.course.entity.Course;
import ma.maharat.course.entity.Lesson;

/**
 * A quiz of a course (its final quiz, scope {@value #COURSE_SCOPE}) or of one of its lessons (scope:
 * the lesson's id): how many questions are drawn from which part of the bank, the time allowed, the
 * attempts allowed, the pass mark and what a trainee sees once she has submitted.
 */
@Entity
@Table(name = "quiz")
@NamedQuery(name = Quiz.OF_COURSE, query = "SELECT q FROM Quiz q WHERE q.course = :course")
@NamedQuery(name = Quiz.CURRENT_SCOPES_OF_COURSE,
        query = "SELECT q.scope FROM Quiz q WHERE q.course.id = :course AND q.archivedAt IS NULL AND q.scope <> 'diagnostic'")
@NamedQuery(name = Quiz.CURRENT_SCOPES_OF_EVERY_COURSE,
        query = "SELECT q.course.id, q.scope FROM Quiz q WHERE q.archivedAt IS NULL AND q.scope <> 'diagnostic'")
@NamedQuery(name = Quiz.BY_SCOPE, query = "SELECT q FROM Quiz q WHERE q.course.code = :course AND q.scope = :scope")
public class Quiz extends ArchivableContent {

    public static final String OF_COURSE = "Quiz.ofCourse";
    public static final String BY_SCOPE = "Quiz.byScope";
    /** The scopes of a course's current quizzes that count for completion: every one but its diagnostic. */
    public static final String CURRENT_SCOPES_OF_COURSE = "Quiz.currentScopesOfCourse";
    public static final String CURRENT_SCOPES_OF_EVERY_COURSE = "Quiz.currentScopesOfEveryCourse";
    public static final String COURSE_SCOPE = "course";
    /** The scope of a course's diagnostic quiz, taken before and after the course; it never blocks nor completes anything. */
    public static final String DIAGNOSTIC_SCOPE = "diagnostic";

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @ManyToOne(optional = false)
    @JoinColumn(name = "course_id", nullable = false, updatable = false)
    private Course course;

    @ManyToOne
    @JoinColumn(name = "lesson_id")
    private Lesson lesson;

    @Column(nullable = false, updatable = false)
    private String scope;

    private String category;

    @Column(name = "question_count")
    private Integer questionCount;

    @Column(name = "time_limit_minutes")
    private Integer timeLimitMinutes;

    @Column(name = "max_attempts")
    private Integer maxAttempts;

    @Column(name = "pass_mark", nullable = false)
    private int passMark;

    @Column(name = "show_score", nullable = false)
    private boolean showScore;

    @Column(name = "show_answers", nullable = false)
    private boolean showAnswers;

    @Column(name = "show_feedback", nullable = false)
    private boolean showFeedback;

    @Column(name = "parallel_form", nullable = false)
    private boolean parallelForm;

    protected Quiz() {}

    public Quiz(Course course, Lesson lesson) {
        this.course = course;
        this.lesson = lesson;
        this.scope = lesson == null ? COURSE_SCOPE : lesson.getCode();
    }

    /** The course's diagnostic quiz (scope {@value #DIAGNOSTIC_SCOPE}), configured by the caller. */
    public static Quiz diagnostic(Course course) {
        Quiz quiz = new Quiz(course, null);
        quiz.scope = DIAGNOSTIC_SCOPE;
        return quiz;
    }

    /** A diagnostic's second attempt draws other questions of its category (true) or the first one's (false). */
    public void useParallelForm(boolean parallel) {
        parallelForm = parallel;
    }

    /** @return whether anything changed */
    public boolean configure(String newCategory, Integer newQuestionCount, Integer minutes, Integer attempts, int newPassMark,
            boolean score, boolean answers, boolean feedback) {
        boolean changed = !java.util.Objects.equals(category, newCategory) || !java.util.Objects.equals(questionCount, newQuestionCount)
                || !java.util.Objects.equals(timeLimitMinutes, minutes) || !java.util.Objects.equals(maxAttempts, attempts)
                || passMark != newPassMark || showScore != score || showAnswers != answers || showFeedback != feedback
                || isArchived();
        category = newCategory;
        questionCount = newQuestionCount;
        timeLimitMinutes = minutes;
        maxAttempts = attempts;
        passMark = newPassMark;
        showScore = score;
        showAnswers = answers;
        showFeedback = feedback;
        reinstate();
        return changed;
    }

    public Optional<Duration> timeLimit() {
        return Optional.ofNullable(timeLimitMinutes).map(Duration::ofMinutes);
    }

    public boolean isCourseQuiz() {
        return lesson == null && !isDiagnostic();
    }

    public boolean isDiagnostic() {
        return DIAGNOSTIC_SCOPE.equals(scope);
    }

    public boolean isParallelForm() {
        return parallelForm;
    }

    public Long getId() {
        return id;
    }

    public Course getCourse() {
        return course;
    }

    public Lesson getLesson() {
        return lesson;
    }

    public String getScope() {
        return scope;
    }

    /** The bank category the questions come from; empty: the whole bank. */
    public Optional<String> getCategory() {
        return Optional.ofNullable(category);
    }

    /** How many questions an attempt draws; empty: all of them. */
    public Optional<Integer> getQuestionCount() {
        return Optional.ofNullable(questionCount);
    }

    public Integer getTimeLimitMinutes() {
        return timeLimitMinutes;
    }

    /** Attempts allowed; {@code null}: unlimited. */
    public Integer getMaxAttempts() {
        return maxAttempts;
    }

    public int getPassMark() {
        return passMark;
    }

    public boolean isShowScore() {
        return showScore;
    }

    public boolean isShowAnswers() {
        return showAnswers;
    }

    public boolean isShowFeedback() {
        return showFeedback;
    }
}
