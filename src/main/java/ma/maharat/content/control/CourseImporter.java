package ma.maharat.content.control;

import jakarta.ejb.Stateless;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.enterprise.event.Event;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Collectors;
import ma.maharat.content.entity.CourseDefinition;
import ma.maharat.content.entity.CourseImportResult;
import ma.maharat.content.entity.LessonDefinition;
import ma.maharat.content.entity.LessonText;
import ma.maharat.content.entity.MediaFile;
import ma.maharat.content.entity.ModuleDefinition;
import ma.maharat.course.control.CourseContentChanged;
import ma.maharat.course.entity.Course;
import ma.maharat.course.entity.CourseMedia;
import ma.maharat.course.entity.CourseModule;
import ma.maharat.course.entity.Lesson;
import ma.maharat.course.entity.LessonVersion;
import ma.maharat.course.entity.LocalizedText;
import ma.maharat.platform.i18n.Language;

/**
 * Writes one checked course into the curriculum, in a transaction of its own: a course either imports
 * whole or changes nothing, whatever happens to the others. Lessons are matched by id: a changed text
 * becomes a new version (completions keep the version read), a lesson no longer in the files is
 * archived, never deleted.
 */
@Stateless
@TransactionAttribute(TransactionAttributeType.REQUIRES_NEW)
public class CourseImporter {

    @PersistenceContext
    EntityManager em;

    @Inject
    Event<CourseContentChanged> contentChanged;

    public CourseImportResult importCourse(CourseDefinition definition, int position) {
        String fingerprint = CourseFingerprint.of(definition);
        Course course = em.createNamedQuery(Course.BY_CODE, Course.class).setParameter("code", definition.id())
                .getResultStream().findFirst().orElse(null);
        boolean created = course == null;
        if (!created && fingerprint.equals(course.getContentHash()) && course.getPosition() == position) {
            return CourseImportResult.unchanged(definition.id());
        }
        if (created) {
            course = new Course(definition.id());
        }
        course.describe(text(definition.title()), text(definition.description()), definition.estimatedHours(), position, fingerprint);
        if (created) {
            em.persist(course);
        }
        course.requireOnly(prerequisites(definition));
        Map<String, CourseModule> modules = importModules(course, definition);
        int[] counts = importLessons(course, definition, modules);
        importMedia(course, definition);
        em.flush();
        new QuizImporter(em).importQuizzes(course, definition, java.time.Instant.now());
        em.flush();
        contentChanged.fire(new CourseContentChanged(definition.id()));
        return new CourseImportResult(definition.id(), created ? CourseImportResult.Outcome.CREATED : CourseImportResult.Outcome.UPDATED,
                counts[0], counts[1], counts[2], List.of());
    }

    private Set<Course> prerequisites(CourseDefinition definition) {
        Set<Course> required = new HashSet<>();
        for (String code : definition.prerequisites()) {
            required.add(em.createNamedQuery(Course.BY_CODE, Course.class).setParameter("code", code).getSingleResult());
        }
        return required;
    }

    private Map<String, CourseModule> importModules(Course course, CourseDefinition definition) {
        Map<String, CourseModule> byCode = course.getModules().stream().collect(Collectors.toMap(CourseModule::getCode, Function.identity()));
        Set<String> inFiles = new HashSet<>();
        int position = 0;
        for (ModuleDefinition moduleDefinition : definition.modules()) {
            CourseModule module = byCode.get(moduleDefinition.id());
            if (module == null) {
                module = new CourseModule(course, moduleDefinition.id());
                module.describe(text(moduleDefinition.title()), position);
                em.persist(module);
                byCode.put(module.getCode(), module);
            } else {
                module.describe(text(moduleDefinition.title()), position);
            }
            inFiles.add(moduleDefinition.id());
            position++;
        }
        byCode.values().stream().filter(m -> !inFiles.contains(m.getCode())).forEach(CourseModule::archive);
        return byCode;
    }

    /** @return lessons added, updated (new version), archived */
    private int[] importLessons(Course course, CourseDefinition definition, Map<String, CourseModule> modules) {
        Map<String, Lesson> byCode = new HashMap<>(course.getLessons().stream().collect(Collectors.toMap(Lesson::getCode, Function.identity())));
        Set<String> inFiles = new HashSet<>();
        int added = 0;
        int updated = 0;
        for (ModuleDefinition moduleDefinition : definition.modules()) {
            int position = 0;
            for (LessonDefinition lessonDefinition : moduleDefinition.lessons()) {
                Lesson lesson = byCode.get(lessonDefinition.id());
                boolean isNew = lesson == null;
                if (isNew) {
                    lesson = new Lesson(course, lessonDefinition.id());
                }
                lesson.describe(modules.get(moduleDefinition.id()), text(lessonDefinition.title()), lessonDefinition.minutes(), position++);
                if (isNew) {
                    em.persist(lesson);
                    em.flush();
                }
                String lessonHash = CourseFingerprint.ofLesson(lessonDefinition);
                if (!lesson.hasContent(lessonHash)) {
                    LessonVersion version = lesson.publish(lessonHash, html(lessonDefinition, Language.AR),
                            html(lessonDefinition, Language.FR), html(lessonDefinition, Language.EN));
                    em.persist(version);
                    if (isNew) {
                        added++;
                    } else {
                        updated++;
                    }
                }
                inFiles.add(lessonDefinition.id());
            }
        }
        int archived = 0;
        for (Lesson lesson : byCode.values()) {
            if (!inFiles.contains(lesson.getCode()) && !lesson.isArchived()) {
                lesson.archive();
                archived++;
            }
        }
        return new int[] {added, updated, archived};
    }

    private void importMedia(Course course, CourseDefinition definition) {
        Map<String, CourseMedia> stored = em.createNamedQuery(CourseMedia.OF_COURSE, CourseMedia.class).setParameter("course", course)
                .getResultStream().collect(Collectors.toMap(CourseMedia::getPath, Function.identity()));
        for (MediaFile file : definition.media()) {
            CourseMedia media = stored.remove(file.path());
            if (media == null) {
                media = new CourseMedia(course, file.path());
                media.replace(file.mediaType(), file.content(), file.contentHash());
                em.persist(media);
            } else if (!media.getContentHash().equals(file.contentHash())) {
                media.replace(file.mediaType(), file.content(), file.contentHash());
            }
        }
        // Images are not history: one no lesson uses any more goes.
        stored.values().forEach(em::remove);
    }

    private static String html(LessonDefinition lesson, Language language) {
        return lesson.text(language).map(LessonText::html).orElse(null);
    }

    private static LocalizedText text(ma.maharat.content.entity.LocalizedText text) {
        return new LocalizedText(text.ar(), text.fr(), text.en());
    }
}
