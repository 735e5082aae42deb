package ma.maharat.quiz.entity;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.IdClass;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.Table;
import java.io.Serializable;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.Instant;
import java.util.Arrays;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * One question of an attempt, at its place ({@code slot}): a copy of the question as shown (GIFT, in
 * the attempt's language), the order its choices were shown in, and the trainee's latest saved
 * answer with its revision. Saves go through {@code AnswerSaves}, a conditional update on the
 * revision, never through this entity.
 */
@Entity
@Table(name = "attempt_answer")
@IdClass(AttemptAnswer.Key.class)
public class AttemptAnswer {

    @Id
    @ManyToOne(optional = false)
    @JoinColumn(name = "attempt_id", nullable = false, updatable = false)
    private QuizAttempt attempt;

    @Id
    @Column(nullable = false, updatable = false)
    private int slot;

    @ManyToOne(optional = false)
    @JoinColumn(name = "question_id", nullable = false, updatable = false)
    private BankQuestion question;

    @Column(name = "question_name", nullable = false, updatable = false)
    private String questionName;

    @Column(name = "question_gift", nullable = false, updatable = false)
    private String questionGift;

    /** Comma-separated original indexes, in the order shown: "2,0,1" shows the third choice first. */
    @Column(name = "choice_order", nullable = false, updatable = false)
    private String choiceOrder;

    @Column(insertable = false, updatable = false)
    private String response;

    @Column(insertable = false, updatable = false)
    private int revision;

    @Column(name = "saved_at", insertable = false, updatable = false)
    private Instant savedAt;

    @Column(precision = 7, scale = 6)
    private BigDecimal fraction;

    /** A calculated question's template as it was when the attempt started; null for other questions. */
    @Column(updatable = false)
    private String calculation;

    /** The values this attempt drew for it ({@code lot=1400;aql=2.5}). */
    @Column(name = "drawn_values", updatable = false)
    private String drawnValues;

    protected AttemptAnswer() {}

    /** A calculated question, asked ({@code questionGift}) with the values this attempt drew. */
    public AttemptAnswer(QuizAttempt attempt, int slot, BankQuestion question, String questionGift, String calculation,
            String drawnValues) {
        this(attempt, slot, question, questionGift, List.of());
        this.calculation = calculation;
        this.drawnValues = drawnValues;
    }

    public AttemptAnswer(QuizAttempt attempt, int slot, BankQuestion question, String questionGift, List<Integer> choiceOrder) {
        this.attempt = attempt;
        this.slot = slot;
        this.question = question;
        this.questionName = question.getName();
        this.questionGift = questionGift;
        this.choiceOrder = String.join(",", choiceOrder.stream().map(String::valueOf).toList());
    }

    public void grade(double earned) {
        fraction = BigDecimal.valueOf(earned).setScale(6, RoundingMode.HALF_EVEN);
    }

    public Optional<String> getCalculation() {
        return Optional.ofNullable(calculation);
    }

    /** The attempt's language, in which the question was asked. */
    public ma.maharat.platform.i18n.Language getLanguage() {
        return attempt.getLanguage();
    }

    /** Whether the attempt is over: only then may the answer's working be shown. */
    public boolean isAttemptOver() {
        return !attempt.isInProgress();
    }

    /** The values drawn, as stored; empty for a question that is not calculated. */
    public String getDrawnValues() {
        return drawnValues == null ? "" : drawnValues;
    }

    public int getSlot() {
        return slot;
    }

    public BankQuestion getQuestion() {
        return question;
    }

    public QuizAttempt getAttempt() {
        return attempt;
    }

    public String getQuestionName() {
        return questionName;
    }

    public String getQuestionGift() {
        return questionGift;
    }

    public List<Integer> getChoiceOrder() {
        return choiceOrder.isEmpty() ? List.of() : Arrays.stream(choiceOrder.split(",")).map(Integer::valueOf).toList();
    }

    /** The saved answer as JSON ({@code ResponseCodec}); {@code null} when not answered. */
    public String getResponse() {
        return response;
    }

    public int getRevision() {
        return revision;
    }

    public Instant getSavedAt() {
        return savedAt;
    }

    /** The share of the question's marks earned, once graded. */
    public BigDecimal getFraction() {
        return fraction;
    }

    /** The primary key: attempt and slot. */
    public static class Key implements Serializable {
        private static final long serialVersionUID = 1L;
        private Long attempt;
        private int slot;

        public Key() {}

        public Key(Long attempt, int slot) {
            this.attempt = attempt;
            this.slot = slot;
        }

        @Override
        public boolean equals(Object other) {
            return other instanceof Key key && Objects.equals(attempt, key.attempt) && slot == key.slot;
        }

        @Override
        public int hashCode() {
            return Objects.hash(attempt, slot);
        }
    }
}
