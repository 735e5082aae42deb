package ma.maharat.content.control;

import jakarta.ejb.Stateless;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.enterprise.event.Event;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.time.Instant;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;
import java.util.logging.Logger;
import java.util.stream.Collectors;
import ma.maharat.content.entity.CourseDefinition;
import ma.maharat.content.entity.CourseFiles;
import ma.maharat.content.entity.CourseSource;
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

    private static final Logger LOG = Logger.getLogger(CourseImporter.class.getName());

    /** Imports a course read from the disk, without keeping its files (tests, older callers). */
    public CourseImportResult importCourse(CourseDefinition definition, int position) {
        return importFromDisk(definition, position, null);
    }

    /**
     * Imports a course read from the modules-content folder on disk, unless a version published in the
     * browser since must stay ({@link DiskImportRule}), and keeps the files it came from.
     *
     * @param files the course folder's files as read, or {@code null} not to keep them
     */
    public CourseImportResult importFromDisk(CourseDefinition definition, int position, CourseFiles files) {
        String fingerprint = CourseFingerprint.of(definition);
        Course existing = find(definition.id());
        CourseSource source = existing == null ? null : em.find(CourseSource.class, existing.getId());
        switch (DiskImportRule.decide(fingerprint, source)) {
            case KEEP_PUBLISHED -> {
                LOG.info(() -> "Course " + definition.id() + ": keeping version " + source.getNumber()
                        + " published in the browser by " + source.getPublishedBy()
                        + "; its files on disk have not changed since they were last imported");
                return CourseImportResult.unchanged(definition.id());
            }
            case IMPORT_OVER_PUBLISHED -> LOG.warning(() -> "Course " + definition.id() + ": its files on disk changed since"
                    + " they were last imported, so they REPLACE version " + source.getNumber() + " published in the browser by "
                    + source.getPublishedBy() + " (export that version from the authoring pages to recover it)");
            case IMPORT -> { }
        }
        CourseImportResult result = write(definition, position, fingerprint, existing);
        if (files != null) {
            Course course = existing != null ? existing : find(definition.id());
            CourseSource kept = source;
            if (kept == null) {
                kept = new CourseSource(course);
                kept.publish(CourseSource.Origin.DISK, files, fingerprint, null, Instant.now());
                em.persist(kept);
            } else if (!fingerprint.equals(kept.getContentHash())) {
                kept.publish(CourseSource.Origin.DISK, files, fingerprint, null, Instant.now());
            } else {
                kept.diskMatches(fingerprint, files);
            }
        }
        return result;
    }

    /**
     * Publishes a course checked from files edited in the browser: the same writing as a disk import
     * (lessons matched by id, a changed text a new version, progress and attempts kept), in the caller's
     * transaction so that the draft's removal and the audit entry commit with it.
     *
     * @return the outcome, UNCHANGED when the files import to exactly the current version
     */
    @TransactionAttribute(TransactionAttributeType.MANDATORY)
    public CourseImportResult publish(CourseDefinition definition, CourseFiles files, String publishedBy) {
        String fingerprint = CourseFingerprint.of(definition);
        Course course = find(definition.id());
        if (course == null) {
            throw new IllegalArgumentException("no course " + definition.id() + " to publish");
        }
        CourseImportResult result = write(definition, course.getPosition(), fingerprint, course);
        if (result.outcome() == CourseImportResult.Outcome.UNCHANGED) {
            return result;
        }
        CourseSource source = em.find(CourseSource.class, course.getId());
        if (source == null) {
            source = new CourseSource(course);
            source.publish(CourseSource.Origin.BROWSER, files, fingerprint, publishedBy, Instant.now());
            em.persist(source);
        } else {
            source.publish(CourseSource.Origin.BROWSER, files, fingerprint, publishedBy, Instant.now());
        }
        return result;
    }

    private Course find(String code) {
        return em.createNamedQuery(Course.BY_CODE, Course.class).setParameter("code", code)
                .getResultStream().findFirst().orElse(null);
    }

    private CourseImportResult write(CourseDefinition definition, int position, String fingerprint, Course course) {
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
        new PracticalTaskImporter(em).importTasks(course, definition, java.time.Instant.now());
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
        Instant now = Instant.now();
        byCode.values().stream().filter(m -> !inFiles.contains(m.getCode())).forEach(m -> m.archive(now));
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
                lesson.archive(Instant.now());
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
