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

    /** One question's statistics with its text, for the item analysis table and chart. */
    public record QuestionItem(ItemStatistics statistics, String type, String textHtml) {}

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
        List<QuestionItem> items = ItemAnalysis.of(scores).stream().map(statistics -> {
            BankQuestion question = questions.get(statistics.question());
            return new QuestionItem(statistics, question == null ? "" : question.getType(),
                    question == null ? "" : textOf(question, language));
        }).toList();
        return new QuizReport(quiz, attempts, items);
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
