package ma.maharat.content.control;

import jakarta.persistence.EntityManager;
import java.math.BigDecimal;
import java.time.Instant;
import java.util.EnumMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Collectors;
import ma.maharat.content.entity.CourseDefinition;
import ma.maharat.content.entity.DiagnosticSettings;
import ma.maharat.content.entity.LessonDefinition;
import ma.maharat.content.entity.QuizBankFile;
import ma.maharat.content.entity.QuizSettings;
import ma.maharat.course.entity.Course;
import ma.maharat.course.entity.Lesson;
import ma.maharat.platform.i18n.Language;
import ma.maharat.quiz.calculated.CalculatedQuestion;
import ma.maharat.quiz.calculated.CalculatedQuestionReader;
import ma.maharat.quiz.calculated.CalculatedQuestionWriter;
import ma.maharat.quiz.entity.BankQuestion;
import ma.maharat.quiz.entity.Quiz;
import ma.maharat.quiz.gift.GiftParser;
import ma.maharat.quiz.gift.GiftWriter;
import ma.maharat.quiz.question.Question;

/**
 * The questions and quizzes of one course, written within {@link CourseImporter}'s transaction.
 * Questions are matched by their GIFT name and stored one by one, as GIFT, in each language; a question
 * no longer in the files is archived (attempts keep their own copy). The course's quiz and its lessons'
 * quizzes follow the manifest; a lesson quiz no longer there is archived.
 */
final class QuizImporter {

    private final EntityManager em;
    private final GiftParser parser = new GiftParser();
    private final GiftWriter writer = new GiftWriter();

    QuizImporter(EntityManager em) {
        this.em = em;
    }

    void importQuizzes(Course course, CourseDefinition definition, Instant now) {
        importQuestions(course, definition, now);
        Map<String, Quiz> existing = em.createNamedQuery(Quiz.OF_COURSE, Quiz.class).setParameter("course", course)
                .getResultStream().collect(Collectors.toMap(Quiz::getScope, Function.identity()));
        Set<String> inFiles = new HashSet<>();
        configure(existing, course, null, null, definition.quiz());
        inFiles.add(Quiz.COURSE_SCOPE);
        for (var module : definition.modules()) {
            for (LessonDefinition lesson : module.lessons()) {
                if (lesson.quiz().isPresent()) {
                    configure(existing, course, lesson(course, lesson.id()), definition.id() + "/" + module.id(), lesson.quiz().get());
                    inFiles.add(lesson.id());
                }
            }
        }
        if (definition.diagnostic() != null) {
            configureDiagnostic(existing, course, definition.diagnostic());
            inFiles.add(Quiz.DIAGNOSTIC_SCOPE);
        }
        existing.values().stream().filter(quiz -> !inFiles.contains(quiz.getScope())).forEach(quiz -> quiz.archive(now));
    }

    private Lesson lesson(Course course, String code) {
        return em.createNamedQuery(Lesson.BY_CODES, Lesson.class).setParameter("course", course.getCode())
                .setParameter("lesson", code).getSingleResult();
    }

    private void configure(Map<String, Quiz> existing, Course course, Lesson lesson, String category, QuizSettings settings) {
        String scope = lesson == null ? Quiz.COURSE_SCOPE : lesson.getCode();
        Quiz quiz = existing.get(scope);
        if (quiz == null) {
            quiz = new Quiz(course, lesson);
            em.persist(quiz);
            existing.put(scope, quiz);
        }
        quiz.configure(category, settings.questions(), settings.minutes(), settings.attempts(), settings.passMark(),
                settings.showScore(), settings.showAnswers(), settings.showFeedback());
    }

    /**
     * The diagnostic: two attempts, no time limit, no pass mark. The trainee sees her score but neither
     * the answers nor the feedback, which would teach her the "after" attempt's questions.
     */
    private void configureDiagnostic(Map<String, Quiz> existing, Course course, DiagnosticSettings settings) {
        Quiz quiz = existing.get(Quiz.DIAGNOSTIC_SCOPE);
        if (quiz == null) {
            quiz = Quiz.diagnostic(course);
            em.persist(quiz);
            existing.put(Quiz.DIAGNOSTIC_SCOPE, quiz);
        }
        quiz.configure(settings.category(), settings.questions(), null, DiagnosticSettings.ATTEMPTS, 0, true, false, false);
        quiz.useParallelForm(settings.parallelForm());
    }

    /**
     * The calculated questions, after the GIFT ones: each keeps its template, and as GIFT the question asked with
     * the first value of each variable, which is what the GIFT export and the trainers' lists show.
     */
    private void importCalculated(Course course, String yaml, Map<String, BankQuestion> stored, int firstPosition, Set<String> names) {
        // The folder reader already checked the file over every draw.
        List<CalculatedQuestion> questions = new CalculatedQuestionReader().read(yaml).questions();
        CalculatedQuestionWriter templates = new CalculatedQuestionWriter();
        for (int index = 0; index < questions.size(); index++) {
            CalculatedQuestion question = questions.get(index);
            BankQuestion row = stored.get(question.name());
            if (row == null) {
                row = new BankQuestion(course, question.name());
                em.persist(row);
                stored.put(question.name(), row);
            }
            Map<String, BigDecimal> first = new LinkedHashMap<>();
            question.variables().forEach(variable -> first.put(variable.name(), variable.values().get(0)));
            row.updateCalculated(question.category(), firstPosition + index, templates.write(question),
                    writer.write(question.asked(Language.AR, first)), writer.write(question.asked(Language.FR, first)),
                    question.texts().containsKey(Language.EN) ? writer.write(question.asked(Language.EN, first)) : null);
            names.add(question.name());
        }
    }

    private void importQuestions(Course course, CourseDefinition definition, Instant now) {
        Map<Language, Map<String, Question>> byLanguage = new EnumMap<>(Language.class);
        for (QuizBankFile file : definition.quizBank().files().values()) {
            Map<String, Question> named = new LinkedHashMap<>();
            // The folder reader already checked every bank: it parses, names are unique and present.
            parser.parse(file.text()).questions().forEach(question -> named.put(question.name(), question));
            byLanguage.put(file.language(), named);
        }
        Map<String, BankQuestion> stored = em.createNamedQuery(BankQuestion.OF_COURSE, BankQuestion.class)
                .setParameter("course", course).getResultStream()
                .collect(Collectors.toMap(BankQuestion::getName, Function.identity()));
        List<Question> french = List.copyOf(byLanguage.get(Language.FR).values());
        for (int position = 0; position < french.size(); position++) {
            Question question = french.get(position);
            BankQuestion row = stored.get(question.name());
            if (row == null) {
                row = new BankQuestion(course, question.name());
                em.persist(row);
                stored.put(question.name(), row);
            }
            Question english = byLanguage.getOrDefault(Language.EN, Map.of()).get(question.name());
            row.update(question.category(), question.type().wireName(), position,
                    writer.write(byLanguage.get(Language.AR).get(question.name())), writer.write(question),
                    english == null ? null : writer.write(english));
        }
        Set<String> names = french.stream().map(Question::name).collect(Collectors.toCollection(HashSet::new));
        definition.quizBank().calculatedFile().ifPresent(file -> importCalculated(course, file.text(), stored, french.size(), names));
        // Questions trainers added from the browser are not in the files, and stay.
        stored.values().stream().filter(row -> row.getSource() == BankQuestion.Source.FILES && !names.contains(row.getName()))
                .forEach(row -> row.archive(now));
    }
}
