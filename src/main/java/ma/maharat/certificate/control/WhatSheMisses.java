package ma.maharat.certificate.control;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import ma.maharat.course.entity.Course;
import ma.maharat.course.entity.Lesson;
import ma.maharat.quiz.entity.Quiz;

/**
 * What a trainee still misses for a certificate, in words: not enrolled, an empty course, the lessons
 * not done (named), the quizzes not passed (named) and the practical tasks not signed off; for a
 * programme, each course she has not completed is named first. The administrators read it next to her
 * name before issuing.
 */
public final class WhatSheMisses {

    /** The reader's words: the message of a key with its arguments, in her language. */
    @FunctionalInterface
    public interface Words {
        String text(String key, Object... arguments);
    }

    private final Words words;
    private final String language;
    private final boolean rightToLeft;
    private final Map<Long, Lesson> lessons;

    /**
     * @param lessons the lessons of the eligibility report by id, for naming the lessons and lesson quizzes
     *                missing (a lesson not among them is named by its number, a quiz by its scope)
     */
    public WhatSheMisses(Words words, String language, boolean rightToLeft, Map<Long, Lesson> lessons) {
        this.words = words;
        this.language = language;
        this.rightToLeft = rightToLeft;
        this.lessons = lessons == null ? Map.of() : lessons;
    }

    /** What she misses, course by course; empty when she misses nothing. */
    public String of(Candidate candidate) {
        List<String> courses = new ArrayList<>();
        for (CourseStanding standing : candidate.incomplete()) {
            String detail = in(standing);
            courses.add(candidate.standings().size() == 1 ? detail
                    : words.text("certificates.missing.inCourse", standing.course().getTitle().in(language), detail));
        }
        return String.join(" — ", courses);
    }

    private String in(CourseStanding standing) {
        CompletionRules.Eligibility verdict = standing.eligibility();
        List<String> parts = new ArrayList<>();
        if (!verdict.enrolled()) {
            parts.add(words.text("certificates.missing.notEnrolled"));
        }
        if (verdict.isCourseEmpty()) {
            parts.add(words.text("certificates.missing.noLessons"));
        }
        if (!verdict.lessonsMissing().isEmpty()) {
            parts.add(words.text("certificates.missing.lessons", verdict.lessonsMissing().size(),
                    verdict.lessonsMissing().stream().map(this::lessonTitle).collect(Collectors.joining(separator()))));
        }
        if (!verdict.quizzesMissing().isEmpty()) {
            parts.add(words.text("certificates.missing.quizzes", verdict.quizzesMissing().stream()
                    .map(scope -> quizName(standing.course(), scope)).collect(Collectors.joining(separator()))));
        }
        if (!verdict.tasksMissing().isEmpty()) {
            parts.add(words.text("certificates.missing.tasks", verdict.tasksMissing().size()));
        }
        return String.join(" · ", parts);
    }

    private String separator() {
        return rightToLeft ? "، " : ", ";
    }

    private String lessonTitle(long lessonId) {
        Lesson lesson = lessons.get(lessonId);
        return lesson == null ? "#" + lessonId : lesson.getTitle().in(language);
    }

    private String quizName(Course course, String scope) {
        if (Quiz.COURSE_SCOPE.equals(scope)) {
            return words.text("certificates.finalQuiz");
        }
        return lessons.values().stream()
                .filter(l -> l.getCode().equals(scope) && l.getCourse().getId().equals(course.getId())).findFirst()
                .map(l -> words.text("certificates.lessonQuiz", l.getTitle().in(language))).orElse(scope);
    }
}
