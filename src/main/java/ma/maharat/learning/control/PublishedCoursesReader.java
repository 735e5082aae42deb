package ma.maharat.learning.control;

import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import ma.maharat.course.entity.Course;
import ma.maharat.course.entity.Lesson;
import ma.maharat.course.entity.LessonVersion;
import ma.maharat.course.entity.LocalizedText;
import ma.maharat.platform.i18n.Language;

/** Reads the published courses for {@link PublishedCourses}: rarely, in a transaction of its own. */
@Stateless
public class PublishedCoursesReader {

    @PersistenceContext
    EntityManager em;
    @Inject
    CourseQuizzes courseQuizzes;

    /** The courses as they are now, and the revision they were read at (read first, in the same transaction). */
    public record Reading(String revision, Map<String, PublishedCourse> courses) {}

    /**
     * Changes with every import that touches a course: the importer re-describes every course it
     * writes (its import time changes), which moves its {@code @Version} up; courses are never
     * deleted, so the count and the sum of versions only grow. One small query.
     */
    public String revision() {
        Object[] row = em.createQuery("SELECT COUNT(c), SUM(c.version) FROM Course c", Object[].class).getSingleResult();
        return row[0] + "/" + row[1];
    }

    public Reading read() {
        String revision = revision();
        Map<Long, Set<String>> quizzes = courseQuizzes.lessonsWithQuizInEveryCourse();
        Map<String, Map<String, PublishedLesson.Audio>> readings = audioReadings();
        Map<String, PublishedCourse> courses = new HashMap<>();
        for (Course course : em.createNamedQuery(Course.ALL, Course.class).getResultList()) {
            List<PublishedLesson> lessons = course.currentLessons().stream()
                    .map(lesson -> published(lesson, quizzes.getOrDefault(course.getId(), Set.of()).contains(lesson.getCode()),
                            readings.getOrDefault(course.getId() + "/" + lesson.getCode(), Map.of())))
                    .toList();
            Set<Long> prerequisites = course.getPrerequisites().stream().map(Course::getId).collect(Collectors.toSet());
            courses.put(course.getCode(), new PublishedCourse(course.getId(), course.getCode(), copy(course.getTitle()), prerequisites, lessons));
        }
        return new Reading(revision, Map.copyOf(courses));
    }

    /**
     * The lessons' audio readings, kept with the course's media as {@code lessons/<lesson>.<language>.<ext>}
     * (content.control.LessonAudio): "courseId/lesson" to language code to reading. Names and hashes
     * only; the sound itself is read when it is played.
     */
    private Map<String, Map<String, PublishedLesson.Audio>> audioReadings() {
        Map<String, Map<String, PublishedLesson.Audio>> readings = new HashMap<>();
        em.createQuery("SELECT m.course.id, m.path, m.contentHash FROM CourseMedia m WHERE m.path LIKE 'lessons/%'", Object[].class)
                .getResultStream().forEach(row -> {
                    String name = ((String) row[1]).substring("lessons/".length());
                    String[] parts = name.split("\\.");
                    if (parts.length == 3) {
                        readings.computeIfAbsent(row[0] + "/" + parts[0], key -> new HashMap<>())
                                .put(parts[1], new PublishedLesson.Audio(name, (String) row[2]));
                    }
                });
        return readings;
    }

    private static PublishedLesson published(Lesson lesson, boolean hasQuiz, Map<String, PublishedLesson.Audio> audio) {
        Map<String, String> html = new HashMap<>();
        LessonVersion version = lesson.getCurrentVersion();
        if (version != null) {
            for (Language language : Language.values()) {
                version.htmlIn(language.code()).ifPresent(text -> html.put(language.code(), text));
            }
        }
        return new PublishedLesson(lesson.getId(), lesson.getCode(), copy(lesson.getTitle()), copy(lesson.getModule().getTitle()), html, hasQuiz, audio);
    }

    /** Not the entity's own embeddable: nothing kept in memory may lead back to a managed object. */
    private static LocalizedText copy(LocalizedText text) {
        return new LocalizedText(text.getAr(), text.getFr(), text.getEn());
    }
}
