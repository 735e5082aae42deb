package ma.maharat.content.control;

import jakarta.persistence.EntityManager;
import java.time.Instant;
import java.util.HashMap;
import java.util.HashSet;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Collectors;
import ma.maharat.content.entity.CourseDefinition;
import ma.maharat.content.entity.PracticalTaskDefinition;
import ma.maharat.course.entity.Course;
import ma.maharat.course.entity.LocalizedText;
import ma.maharat.practical.entity.PracticalTask;
import ma.maharat.practical.entity.RubricCriterion;
import ma.maharat.practical.entity.RubricLevel;

/**
 * The practical tasks of one course and their rubrics, written within {@link CourseImporter}'s
 * transaction. Tasks, criteria and levels are matched by code and updated in place, so the sign-offs
 * that point at them stay; whatever is no longer in the files is archived, never deleted.
 */
final class PracticalTaskImporter {

    private final EntityManager em;

    PracticalTaskImporter(EntityManager em) {
        this.em = em;
    }

    void importTasks(Course course, CourseDefinition definition, Instant now) {
        Map<String, PracticalTask> stored = em.createNamedQuery(PracticalTask.OF_COURSE, PracticalTask.class)
                .setParameter("course", course).getResultStream()
                .collect(Collectors.toMap(PracticalTask::getCode, Function.identity()));
        Set<String> inFiles = new HashSet<>();
        int position = 0;
        for (PracticalTaskDefinition definitionOfTask : definition.practicalTasks()) {
            PracticalTask task = stored.get(definitionOfTask.id());
            if (task == null) {
                task = new PracticalTask(course, definitionOfTask.id());
                em.persist(task);
            }
            task.describe(text(definitionOfTask.title()), text(definitionOfTask.description()), definitionOfTask.required(),
                    definitionOfTask.passPoints(), position++);
            importCriteria(task, definitionOfTask, now);
            inFiles.add(definitionOfTask.id());
        }
        stored.values().stream().filter(task -> !inFiles.contains(task.getCode())).forEach(task -> task.archive(now));
    }

    private void importCriteria(PracticalTask task, PracticalTaskDefinition definition, Instant now) {
        Map<String, RubricCriterion> stored = new HashMap<>(task.getCriteria().stream()
                .collect(Collectors.toMap(RubricCriterion::getCode, Function.identity())));
        Set<String> inFiles = new HashSet<>();
        int position = 0;
        for (PracticalTaskDefinition.Criterion criterionDefinition : definition.criteria()) {
            RubricCriterion criterion = stored.get(criterionDefinition.id());
            if (criterion == null) {
                criterion = new RubricCriterion(task, criterionDefinition.id());
                em.persist(criterion);
                task.getCriteria().add(criterion);
            }
            criterion.describe(text(criterionDefinition.title()), position++);
            importLevels(criterion, definition, criterionDefinition, now);
            inFiles.add(criterionDefinition.id());
        }
        stored.values().stream().filter(c -> !inFiles.contains(c.getCode())).forEach(c -> c.archive(now));
    }

    private void importLevels(RubricCriterion criterion, PracticalTaskDefinition task, PracticalTaskDefinition.Criterion definition,
                              Instant now) {
        Map<String, RubricLevel> stored = new HashMap<>(criterion.getLevels().stream()
                .collect(Collectors.toMap(RubricLevel::getCode, Function.identity())));
        Set<String> inFiles = new HashSet<>();
        int position = 0;
        for (PracticalTaskDefinition.Level levelDefinition : task.levels()) {
            RubricLevel level = stored.get(levelDefinition.id());
            if (level == null) {
                level = new RubricLevel(criterion, levelDefinition.id());
                em.persist(level);
                criterion.getLevels().add(level);
            }
            level.describe(text(levelDefinition.title()), text(definition.descriptions().get(levelDefinition.id())),
                    levelDefinition.points(), position++);
            inFiles.add(levelDefinition.id());
        }
        stored.values().stream().filter(l -> !inFiles.contains(l.getCode())).forEach(l -> l.archive(now));
        // The lists keep the files' order for the pages that read them in this persistence context.
        criterion.getLevels().sort(java.util.Comparator.comparingInt(RubricLevel::getPosition));
    }

    private static LocalizedText text(ma.maharat.content.entity.LocalizedText text) {
        return new LocalizedText(text.ar(), text.fr(), text.en());
    }
}
