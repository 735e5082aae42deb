package ma.maharat.quiz.control;

import jakarta.ejb.Stateless;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.OptionalDouble;
import java.util.Set;
import java.util.stream.Collectors;
import ma.maharat.quiz.analysis.AttemptScores;
import ma.maharat.quiz.analysis.ItemAnalysis;
import ma.maharat.quiz.analysis.ItemStatistics;
import ma.maharat.quiz.entity.AttemptAnswer;
import ma.maharat.quiz.entity.BankQuestion;
import ma.maharat.quiz.entity.Quiz;
import ma.maharat.quiz.entity.QuizAttempt;

/**
 * What trainers see of quizzes: per quiz, the attempts and scores of the trainees they may see, and an
 * item analysis of its questions over those trainees' finished attempts, so that a question that confuses
 * or misleads shows. Whose results a trainer sees is {@link ResultsAudience}'s answer; every figure here
 * is computed over those trainees only, so that no count or average tells of anyone else.
 */
@Stateless
public class QuizResults {

    @PersistenceContext
    EntityManager em;

    /** A quiz in the trainers' list, with how it went so far. */
    public record QuizSummary(Quiz quiz, long finishedAttempts, long trainees, long passedTrainees, OptionalDouble averagePercent) {}

    /**
     * One question's statistics with its text, for the item analysis table and chart; for a calculated question
     * also each finished attempt's own values, the right answer for them and her answer ({@code responses}, empty
     * for other questions): the aggregated row is the template, these are what each trainee was asked.
     */
    public record QuestionItem(ItemStatistics statistics, String type, String textHtml, List<AnswerRow> responses) {}

    /** The most answers read for one report's per-trainee values, or one export: a few cohorts' worth, bounded. */
    public static final int MOST_ANSWERS = 20_000;

    public record QuizReport(Quiz quiz, List<QuizAttempt> attempts, List<QuestionItem> items) {}

    /** Every quiz, with the finished attempts of the given trainees (the ones the viewer may see). */
    public List<QuizSummary> quizzes(Set<Long> visibleTrainees) {
        List<Quiz> quizzes = em.createQuery("SELECT q FROM Quiz q WHERE q.archivedAt IS NULL ORDER BY q.course.position, q.id", Quiz.class)
                .getResultList();
        Map<Long, List<Object[]>> finished = visibleTrainees.isEmpty() ? Map.of()
                : em.createQuery("SELECT a.quiz.id, a.trainee.id, a.passed, a.score FROM QuizAttempt a"
                        + " WHERE a.state = ma.maharat.quiz.entity.QuizAttempt.State.FINISHED AND a.trainee.id IN :trainees", Object[].class)
                        .setParameter("trainees", visibleTrainees).getResultStream().collect(Collectors.groupingBy(row -> (Long) row[0]));
        List<QuizSummary> summaries = new ArrayList<>();
        for (Quiz quiz : quizzes) {
            List<Object[]> rows = finished.getOrDefault(quiz.getId(), List.of());
            long trainees = rows.stream().map(row -> row[1]).distinct().count();
            long passed = rows.stream().filter(row -> Boolean.TRUE.equals(row[2])).map(row -> row[1]).distinct().count();
            OptionalDouble average = rows.stream().mapToDouble(row -> ((BigDecimal) row[3]).doubleValue() * 100).average();
            summaries.add(new QuizSummary(quiz, rows.size(), trainees, passed, average));
        }
        return summaries;
    }

    /** One quiz's attempts by the given trainees (the ones the viewer may see), and its item analysis over them. */
    public QuizReport report(long quizId, ma.maharat.platform.i18n.Language language, Set<Long> trainees) {
        Quiz quiz = em.find(Quiz.class, quizId);
        if (quiz == null) {
            throw new QuizRuleViolation("quiz.notFound");
        }
        List<QuizAttempt> attempts = trainees.isEmpty() ? List.of()
                : em.createNamedQuery(QuizAttempt.OF_QUIZ_BY_TRAINEES, QuizAttempt.class).setParameter("quiz", quizId)
                        .setParameter("trainees", trainees).getResultList();
        Map<Long, Map<String, Double>> byAttempt = new HashMap<>();
        if (!trainees.isEmpty()) {
            em.createQuery("SELECT aa.attempt.id, aa.questionName, aa.fraction FROM AttemptAnswer aa WHERE aa.attempt.quiz.id = :quiz"
                            + " AND aa.attempt.state = ma.maharat.quiz.entity.QuizAttempt.State.FINISHED"
                            + " AND aa.attempt.trainee.id IN :trainees", Object[].class)
                    .setParameter("quiz", quizId).setParameter("trainees", trainees).getResultStream()
                    .forEach(row -> byAttempt.computeIfAbsent((Long) row[0], id -> new HashMap<>())
                            .put((String) row[1], row[2] == null ? 0.0 : ((BigDecimal) row[2]).doubleValue()));
        }
        List<AttemptScores> scores = byAttempt.entrySet().stream().map(e -> new AttemptScores(e.getKey(), e.getValue())).toList();
        Map<String, BankQuestion> questions = em.createNamedQuery(BankQuestion.OF_COURSE, BankQuestion.class)
                .setParameter("course", quiz.getCourse()).getResultStream()
                .collect(Collectors.toMap(BankQuestion::getName, q -> q));
        Map<String, List<AnswerRow>> calculated = trainees.isEmpty() ? Map.of()
                : answersOf(quizId, trainees, true).stream().map(answer -> AnswerRow.of(answer, language, NO_WORDS))
                        .collect(Collectors.groupingBy(AnswerRow::question));
        List<QuestionItem> items = ItemAnalysis.of(scores).stream().map(statistics -> {
            BankQuestion question = questions.get(statistics.question());
            return new QuestionItem(statistics, question == null ? "" : question.getType(),
                    question == null ? "" : textOf(question, language), calculated.getOrDefault(statistics.question(), List.of()));
        }).toList();
        return new QuizReport(quiz, attempts, items);
    }

    /** A quiz of the trainers' list. */
    public Quiz quiz(long quizId) {
        Quiz quiz = em.find(Quiz.class, quizId);
        if (quiz == null) {
            throw new QuizRuleViolation("quiz.notFound");
        }
        return quiz;
    }

    /** Calculated questions are numerical: their rows never write a true/false answer. */
    private static final AnswerRow.Words NO_WORDS = new AnswerRow.Words("", "");

    /**
     * Every answer of the finished attempts of a quiz by the given trainees (the ones the viewer may see), one row
     * per trainee, attempt and question, in plain text for the per-response export: at most {@link #MOST_ANSWERS}
     * (the caller says when the list was cut: it holds one more then).
     *
     * @param language the reader's language: labels and decimal separator
     */
    public List<AnswerRow> answers(long quizId, ma.maharat.platform.i18n.Language language, Set<Long> trainees, AnswerRow.Words words) {
        quiz(quizId);
        return trainees.isEmpty() ? List.of()
                : answersOf(quizId, trainees, false).stream().map(answer -> AnswerRow.of(answer, language, words)).toList();
    }

    /** The answers of finished attempts by these trainees, in the order of names, attempts and slots; one more than the bound when cut. */
    private List<AttemptAnswer> answersOf(long quizId, Set<Long> trainees, boolean calculatedOnly) {
        return em.createQuery("SELECT aa FROM AttemptAnswer aa JOIN FETCH aa.attempt a JOIN FETCH a.trainee t WHERE a.quiz.id = :quiz"
                        + " AND a.state = ma.maharat.quiz.entity.QuizAttempt.State.FINISHED AND t.id IN :trainees"
                        + (calculatedOnly ? " AND aa.calculation IS NOT NULL" : "")
                        + " ORDER BY t.fullName, t.id, a.number, aa.slot", AttemptAnswer.class)
                .setParameter("quiz", quizId).setParameter("trainees", trainees).setMaxResults(MOST_ANSWERS + 1).getResultList();
    }

    private static String textOf(BankQuestion question, ma.maharat.platform.i18n.Language language) {
        if (question.getCalculation().isPresent()) {
            // Each trainee had her own numbers: the item is the template, its {variables} left as written.
            return QuestionHtml.escape(CalculatedQuestions.parse(question.getCalculation().get()).template(language));
        }
        var parsed = QuestionCache.parse(question.giftIn(language));
        return QuestionHtml.render(parsed.text(), parsed.format());
    }
}
