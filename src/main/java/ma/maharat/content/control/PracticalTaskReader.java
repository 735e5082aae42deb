package ma.maharat.content.control;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.yaml.snakeyaml.nodes.MappingNode;
import org.yaml.snakeyaml.nodes.Node;
import org.yaml.snakeyaml.nodes.NodeTuple;
import org.yaml.snakeyaml.nodes.ScalarNode;
import org.yaml.snakeyaml.nodes.SequenceNode;
import org.yaml.snakeyaml.nodes.Tag;

import ma.maharat.content.entity.LocalizedText;
import ma.maharat.content.entity.PracticalTaskDefinition;

/**
 * Reads and checks the {@code practical:} list of course.yaml: each task, its scale of levels and its
 * criteria. Every problem is reported at its line, all in one pass, like the rest of the manifest; a
 * task with any problem is left out (and the course is then not imported at all).
 *
 * <p>The rubric rules: at least two levels, listed lowest first with strictly increasing points; a
 * {@code passLevel} that is one of them; at least one criterion; and every criterion says what each
 * level of the scale means for it, no more and no less.
 */
final class PracticalTaskReader {

    static final List<String> TASK_KEYS =
            List.of("id", "title", "description", "required", "levels", "passLevel", "criteria");
    /** {@code required} may be left out: a task is required unless it says {@code required: false}. */
    static final List<String> REQUIRED_TASK_KEYS = List.of("id", "title", "description", "levels", "passLevel", "criteria");
    static final List<String> LEVEL_KEYS = List.of("id", "points", "title");
    static final List<String> CRITERION_KEYS = List.of("id", "title", "levels");
    /** Highest number of points a level may carry. */
    static final int MAX_POINTS = 100;

    private final ManifestReader manifest;
    private final FileProblems problems;

    PracticalTaskReader(ManifestReader manifest, FileProblems problems) {
        this.manifest = manifest;
        this.problems = problems;
    }

    /** The tasks read without a problem; none when the course has no {@code practical} key. */
    List<PracticalTaskDefinition> read(YamlMapping course) {
        Optional<Node> value = course.value("practical");
        if (value.isEmpty() || ManifestReader.isNull(value.get())) {
            return List.of();
        }
        if (!(value.get() instanceof SequenceNode list)) {
            problems.add(course.keyLine("practical"), "practical must be a list of practical tasks, each with "
                    + String.join(", ", REQUIRED_TASK_KEYS));
            return List.of();
        }
        Map<String, Integer> taskLines = new LinkedHashMap<>();
        List<PracticalTaskDefinition> tasks = new ArrayList<>();
        int position = 0;
        for (Node item : list.getValue()) {
            position++;
            if (!(item instanceof MappingNode mapping)) {
                problems.add(YamlMapping.lineOf(item), "practical task " + position + " must be a map with "
                        + String.join(", ", REQUIRED_TASK_KEYS));
                continue;
            }
            task(new YamlMapping(mapping), position, taskLines).ifPresent(tasks::add);
        }
        return List.copyOf(tasks);
    }

    private Optional<PracticalTaskDefinition> task(YamlMapping task, int position, Map<String, Integer> taskLines) {
        int before = problemCount();
        Located<String> id = manifest.text(task, "id", "practical task id");
        String name = id == null ? "practical task " + position : "practical task '" + id.value() + "'";
        task.checkKeys(TASK_KEYS, REQUIRED_TASK_KEYS, " in " + name, task.line(), problems);
        id = manifest.uniqueId(id, "practical task", taskLines);
        LocalizedText title = manifest.localized(task, "title", "title of " + name);
        LocalizedText description = manifest.localized(task, "description", "description of " + name);
        boolean required = required(task, name);
        List<PracticalTaskDefinition.Level> levels = levels(task, name);
        Located<String> passLevel = manifest.text(task, "passLevel", "passLevel of " + name);
        if (passLevel != null && levels != null && levels.stream().noneMatch(level -> level.id().equals(passLevel.value()))) {
            problems.add(passLevel.line(), "passLevel '" + passLevel.value() + "' of " + name + " is not one of its levels ("
                    + String.join(", ", levels.stream().map(PracticalTaskDefinition.Level::id).toList()) + ")");
        }
        List<PracticalTaskDefinition.Criterion> criteria = criteria(task, name, levels);
        if (problemCount() > before || id == null || title == null || description == null || levels == null
                || passLevel == null || criteria == null) {
            return Optional.empty();
        }
        return Optional.of(new PracticalTaskDefinition(id.value(), title, description, required, levels, passLevel.value(), criteria));
    }

    private boolean required(YamlMapping task, String name) {
        Optional<Node> value = task.value("required");
        if (value.isEmpty()) {
            return true;
        }
        if (value.get() instanceof ScalarNode scalar && Tag.BOOL.equals(scalar.getTag())
                && (scalar.getValue().equals("true") || scalar.getValue().equals("false"))) {
            return scalar.getValue().equals("true");
        }
        problems.add(YamlMapping.lineOf(value.get()), "required of " + name + " must be true or false");
        return true;
    }

    /** The scale, or null when it is missing or wrong (reported). */
    private List<PracticalTaskDefinition.Level> levels(YamlMapping task, String name) {
        Optional<Node> value = task.value("levels");
        if (value.isEmpty()) {
            return null;
        }
        if (!(value.get() instanceof SequenceNode list)) {
            problems.add(task.keyLine("levels"), "levels of " + name
                    + " must be a list of levels from lowest to highest, each with id, points and title");
            return null;
        }
        if (list.getValue().size() < 2) {
            problems.add(task.keyLine("levels"), name + " must have at least two levels (one that passes, one that does not yet)");
        }
        int before = problemCount();
        Map<String, Integer> levelLines = new LinkedHashMap<>();
        List<PracticalTaskDefinition.Level> levels = new ArrayList<>();
        Located<Integer> previousPoints = null;
        String previousId = null;
        int position = 0;
        for (Node item : list.getValue()) {
            position++;
            if (!(item instanceof MappingNode mapping)) {
                problems.add(YamlMapping.lineOf(item), "level " + position + " of " + name + " must be a map with id, points and title");
                continue;
            }
            YamlMapping level = new YamlMapping(mapping);
            Located<String> id = manifest.text(level, "id", "level id in " + name);
            String levelName = (id == null ? "level " + position : "level '" + id.value() + "'") + " of " + name;
            level.checkKeys(LEVEL_KEYS, LEVEL_KEYS, " in " + levelName, level.line(), problems);
            id = manifest.uniqueId(id, "level", levelLines);
            Integer points = manifest.wholeNumber(level, "points", "points of " + levelName, 0, MAX_POINTS,
                    "a whole number from 0 to " + MAX_POINTS);
            LocalizedText title = manifest.localized(level, "title", "title of " + levelName);
            if (points != null && previousPoints != null && points <= previousPoints.value()) {
                problems.add(YamlMapping.lineOf(level.value("points").orElseThrow()), "points of " + levelName + " (" + points
                        + ") must be higher than those of the level before it, '" + previousId + "' (" + previousPoints.value()
                        + "): list the levels from lowest to highest");
            }
            if (points != null) {
                previousPoints = new Located<>(points, level.keyLine("points"));
                previousId = id == null ? "level " + position : id.value();
            }
            if (id != null && points != null && title != null) {
                levels.add(new PracticalTaskDefinition.Level(id.value(), points, title));
            }
        }
        return problemCount() > before || levels.size() < 2 ? null : levels;
    }

    /** The criteria, or null when they are missing or wrong (reported). */
    private List<PracticalTaskDefinition.Criterion> criteria(YamlMapping task, String name,
                                                             List<PracticalTaskDefinition.Level> levels) {
        Optional<Node> value = task.value("criteria");
        if (value.isEmpty()) {
            return null;
        }
        if (!(value.get() instanceof SequenceNode list)) {
            problems.add(task.keyLine("criteria"), "criteria of " + name + " must be a list of criteria, each with id, title and levels");
            return null;
        }
        if (list.getValue().isEmpty()) {
            problems.add(task.keyLine("criteria"), name + " must have at least one criterion");
            return null;
        }
        int before = problemCount();
        Map<String, Integer> criterionLines = new LinkedHashMap<>();
        List<PracticalTaskDefinition.Criterion> criteria = new ArrayList<>();
        int position = 0;
        for (Node item : list.getValue()) {
            position++;
            if (!(item instanceof MappingNode mapping)) {
                problems.add(YamlMapping.lineOf(item), "criterion " + position + " of " + name + " must be a map with id, title and levels");
                continue;
            }
            YamlMapping criterion = new YamlMapping(mapping);
            Located<String> id = manifest.text(criterion, "id", "criterion id in " + name);
            String criterionName = (id == null ? "criterion " + position : "criterion '" + id.value() + "'") + " of " + name;
            criterion.checkKeys(CRITERION_KEYS, CRITERION_KEYS, " in " + criterionName, criterion.line(), problems);
            id = manifest.uniqueId(id, "criterion", criterionLines);
            LocalizedText title = manifest.localized(criterion, "title", "title of " + criterionName);
            Map<String, LocalizedText> descriptions = descriptions(criterion, criterionName, levels);
            if (id != null && title != null && descriptions != null) {
                criteria.add(new PracticalTaskDefinition.Criterion(id.value(), title, descriptions));
            }
        }
        return problemCount() > before ? null : criteria;
    }

    /**
     * What each level means for one criterion: a map from level id to a text in each language. Without a
     * valid scale the level ids cannot be checked, only the texts.
     */
    private Map<String, LocalizedText> descriptions(YamlMapping criterion, String name, List<PracticalTaskDefinition.Level> levels) {
        Optional<Node> value = criterion.value("levels");
        if (value.isEmpty()) {
            return null;
        }
        if (!(value.get() instanceof MappingNode mapping)) {
            problems.add(criterion.keyLine("levels"), "levels of " + name
                    + " must be a map from each level id to what it means, e.g. good: {ar: ..., fr: ...}");
            return null;
        }
        YamlMapping described = new YamlMapping(mapping);
        List<String> levelIds = levels == null ? null : levels.stream().map(PracticalTaskDefinition.Level::id).toList();
        if (levelIds != null) {
            described.checkKeys(levelIds, levelIds, " in levels of " + name, criterion.keyLine("levels"), problems);
        }
        Map<String, LocalizedText> descriptions = new LinkedHashMap<>();
        boolean clean = true;
        for (NodeTuple tuple : described.tuples()) {
            if (!(tuple.getKeyNode() instanceof ScalarNode key) || (levelIds != null && !levelIds.contains(key.getValue()))) {
                clean = false;
                continue;
            }
            LocalizedText text = manifest.localized(described, key.getValue(), "description of level '" + key.getValue() + "' in " + name);
            if (text == null) {
                clean = false;
            } else {
                descriptions.putIfAbsent(key.getValue(), text);
            }
        }
        return clean ? descriptions : null;
    }

    private int problemCount() {
        return problems.count();
    }
}
