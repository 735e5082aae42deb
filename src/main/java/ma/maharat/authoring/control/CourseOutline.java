package ma.maharat.authoring.control;

import java.io.Serializable;
import java.io.StringReader;
import java.text.Normalizer;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.function.Predicate;
import java.util.regex.Pattern;
import org.yaml.snakeyaml.LoaderOptions;
import org.yaml.snakeyaml.Yaml;
import org.yaml.snakeyaml.constructor.SafeConstructor;
import org.yaml.snakeyaml.nodes.MappingNode;
import org.yaml.snakeyaml.nodes.Node;
import org.yaml.snakeyaml.nodes.NodeTuple;
import org.yaml.snakeyaml.nodes.ScalarNode;

/**
 * The modules and lessons of a course.yaml as authors change them with forms: add, rename, move,
 * archive. Authors never see the YAML; this class reads its {@code modules:} section and writes it back,
 * leaving every other line of the file (title, description, quiz, practical work, their comments)
 * byte for byte as it was, so a course written by hand stays the author's file.
 *
 * <p>Pure: it checks what a form may ask (titles in Arabic and French, at most {@value #MAX_TITLE}
 * characters, codes unique in the course) and throws {@link AuthoringRuleViolation} before anything
 * changes. What it writes is then checked again by the importer's own reader when the draft is checked or
 * published. Archiving removes the lesson from the manifest: publishing archives it as the importer does
 * for a lesson removed from the files (trainees' progress stays).
 */
public final class CourseOutline {

    /** The database's title columns hold 300 characters. */
    public static final int MAX_TITLE = 300;
    /** The database's code columns hold 64 characters. */
    public static final int MAX_CODE = 64;
    public static final int MAX_MINUTES = 1000;

    private static final Pattern CODE = Pattern.compile("[a-z0-9-]+");

    /** Titles of a module or lesson; English may be {@code null}. */
    public record Titles(String ar, String fr, String en) implements Serializable {

        /** The title in a language code, falling back to French. */
        public String in(String language) {
            String title = switch (language) {
                case "ar" -> ar;
                case "en" -> en;
                default -> fr;
            };
            return title == null || title.isBlank() ? fr : title;
        }
    }

    /** A lesson of the outline; {@code quiz} holds the lesson quiz's settings as written (empty: none). */
    public record Lesson(String id, Titles title, int minutes, Map<String, Serializable> quiz) implements Serializable {}

    /** A module with its lessons in order. */
    public record Module(String id, Titles title, List<Lesson> lessons) implements Serializable {}

    private final String manifest;
    private final List<Module> modules;

    private CourseOutline(String manifest, List<Module> modules) {
        this.manifest = manifest;
        this.modules = modules;
    }

    /**
     * Reads the modules of a course.yaml.
     *
     * @throws AuthoringRuleViolation {@code authoring.outline.unreadable} when the file cannot be read as
     *                                a course (its editor and the check show why)
     */
    public static CourseOutline of(String manifest) {
        try {
            Object root = new Yaml(new SafeConstructor(new LoaderOptions())).load(manifest);
            if (!(root instanceof Map<?, ?> course) || !(course.get("modules") instanceof List<?> list)) {
                throw new AuthoringRuleViolation("authoring.outline.unreadable");
            }
            List<Module> modules = new ArrayList<>();
            for (Object item : list) {
                Map<?, ?> module = (Map<?, ?>) item;
                List<Lesson> lessons = new ArrayList<>();
                Object lessonList = module.get("lessons");
                if (lessonList instanceof List<?> items) {
                    for (Object lessonItem : items) {
                        Map<?, ?> lesson = (Map<?, ?>) lessonItem;
                        Map<String, Serializable> quiz = new LinkedHashMap<>();
                        if (lesson.get("quiz") instanceof Map<?, ?> settings) {
                            // YAML's scalars, lists and maps all serialize; anything else is kept as its text.
                            settings.forEach((key, value) -> quiz.put(String.valueOf(key),
                                    value instanceof Serializable serializable ? serializable : String.valueOf(value)));
                        }
                        lessons.add(new Lesson((String) lesson.get("id"), titles(lesson.get("title")),
                                ((Number) lesson.get("minutes")).intValue(), quiz));
                    }
                }
                modules.add(new Module((String) module.get("id"), titles(module.get("title")), lessons));
            }
            return new CourseOutline(manifest, modules);
        } catch (RuntimeException e) {
            if (e instanceof AuthoringRuleViolation violation) {
                throw violation;
            }
            throw new AuthoringRuleViolation("authoring.outline.unreadable");
        }
    }

    private static Titles titles(Object value) {
        Map<?, ?> map = (Map<?, ?>) value;
        return new Titles(text(map.get("ar")), text(map.get("fr")), text(map.get("en")));
    }

    private static String text(Object value) {
        return value == null ? null : String.valueOf(value);
    }

    public List<Module> modules() {
        return modules;
    }

    /** The module holding a lesson. */
    public Optional<Module> moduleOf(String lessonId) {
        return modules.stream().filter(m -> m.lessons().stream().anyMatch(l -> l.id().equals(lessonId))).findFirst();
    }

    public Optional<Lesson> lesson(String lessonId) {
        return modules.stream().flatMap(m -> m.lessons().stream()).filter(l -> l.id().equals(lessonId)).findFirst();
    }

    // ---- the changes: each returns a new outline, this one stays as it was ----

    /** A new module with its first lesson (a module without lessons cannot be published). */
    public CourseOutline addModule(String moduleCode, Titles moduleTitle, String lessonCode, Titles lessonTitle, int minutes) {
        Titles title = checked(moduleTitle);
        String moduleId = code(moduleCode, title, id -> modules.stream().anyMatch(m -> m.id().equals(id)), "module");
        Lesson lesson = newLesson(lessonCode, lessonTitle, minutes);
        List<Module> changed = new ArrayList<>(modules);
        changed.add(new Module(moduleId, title, List.of(lesson)));
        return new CourseOutline(manifest, changed);
    }

    /** A new lesson at the end of a module. */
    public CourseOutline addLesson(String moduleId, String lessonCode, Titles lessonTitle, int minutes) {
        Lesson lesson = newLesson(lessonCode, lessonTitle, minutes);
        return replaceModule(moduleId, module -> {
            List<Lesson> lessons = new ArrayList<>(module.lessons());
            lessons.add(lesson);
            return new Module(module.id(), module.title(), lessons);
        });
    }

    public CourseOutline renameModule(String moduleId, Titles title) {
        Titles checked = checked(title);
        return replaceModule(moduleId, module -> new Module(module.id(), checked, module.lessons()));
    }

    /** New titles and reading time of a lesson; its code (its files' names) stays. */
    public CourseOutline renameLesson(String lessonId, Titles title, int minutes) {
        Titles checked = checked(title);
        checkMinutes(minutes);
        Module module = moduleOf(lessonId).orElseThrow(() -> new AuthoringRuleViolation("authoring.outline.noLesson", lessonId));
        return replaceModule(module.id(), m -> new Module(m.id(), m.title(), m.lessons().stream()
                .map(l -> l.id().equals(lessonId) ? new Lesson(l.id(), checked, minutes, l.quiz()) : l).toList()));
    }

    /** Moves a module one place earlier ({@code -1}) or later ({@code +1}); nothing at either end. */
    public CourseOutline moveModule(String moduleId, int step) {
        int index = moduleIndex(moduleId);
        int target = index + Integer.signum(step);
        if (target < 0 || target >= modules.size()) {
            return this;
        }
        List<Module> changed = new ArrayList<>(modules);
        changed.add(target, changed.remove(index));
        return new CourseOutline(manifest, changed);
    }

    /**
     * Moves a lesson one place earlier or later in the course: inside its module, or from the first
     * place of a module to the end of the one before (from the last place, to the start of the next).
     * A lesson quiz draws from its module's questions, so a lesson with one stays in its module; a module
     * keeps at least one lesson.
     */
    public CourseOutline moveLesson(String lessonId, int step) {
        Module module = moduleOf(lessonId).orElseThrow(() -> new AuthoringRuleViolation("authoring.outline.noLesson", lessonId));
        int moduleIndex = moduleIndex(module.id());
        List<Lesson> lessons = new ArrayList<>(module.lessons());
        int index = indexOf(lessons, lessonId);
        int target = index + Integer.signum(step);
        List<Module> changed = new ArrayList<>(modules);
        if (target >= 0 && target < lessons.size()) {
            lessons.add(target, lessons.remove(index));
            changed.set(moduleIndex, new Module(module.id(), module.title(), lessons));
            return new CourseOutline(manifest, changed);
        }
        int neighbourIndex = moduleIndex + Integer.signum(step);
        if (neighbourIndex < 0 || neighbourIndex >= modules.size()) {
            return this;
        }
        Lesson lesson = lessons.get(index);
        if (!lesson.quiz().isEmpty()) {
            throw new AuthoringRuleViolation("authoring.outline.quizStays");
        }
        if (lessons.size() == 1) {
            throw new AuthoringRuleViolation("authoring.outline.lastLesson");
        }
        lessons.remove(index);
        Module neighbour = changed.get(neighbourIndex);
        List<Lesson> neighbourLessons = new ArrayList<>(neighbour.lessons());
        neighbourLessons.add(step < 0 ? neighbourLessons.size() : 0, lesson);
        changed.set(moduleIndex, new Module(module.id(), module.title(), lessons));
        changed.set(neighbourIndex, new Module(neighbour.id(), neighbour.title(), neighbourLessons));
        return new CourseOutline(manifest, changed);
    }

    /** Takes a lesson out of the course (published: archived, trainees' progress kept). */
    public CourseOutline archiveLesson(String lessonId) {
        Module module = moduleOf(lessonId).orElseThrow(() -> new AuthoringRuleViolation("authoring.outline.noLesson", lessonId));
        if (module.lessons().size() == 1) {
            throw new AuthoringRuleViolation("authoring.outline.lastLesson");
        }
        return replaceModule(module.id(), m -> new Module(m.id(), m.title(),
                m.lessons().stream().filter(l -> !l.id().equals(lessonId)).toList()));
    }

    /** Takes a module and its lessons out of the course; a course keeps at least one module. */
    public CourseOutline archiveModule(String moduleId) {
        moduleIndex(moduleId);
        if (modules.size() == 1) {
            throw new AuthoringRuleViolation("authoring.outline.lastModule");
        }
        return new CourseOutline(manifest, modules.stream().filter(m -> !m.id().equals(moduleId)).toList());
    }

    // ---- writing ----

    /**
     * The course.yaml with this outline: the lines of the {@code modules:} key replaced, every other
     * line as it was. Titles are always double-quoted, so no title can become YAML syntax.
     */
    public String manifest() {
        String[] lines = manifest.split("\n", -1);
        int[] range = modulesLines();
        StringBuilder out = new StringBuilder();
        for (int i = 0; i < range[0]; i++) {
            out.append(lines[i]).append('\n');
        }
        out.append(modulesYaml());
        for (int i = range[1]; i < lines.length; i++) {
            out.append(lines[i]);
            if (i < lines.length - 1) {
                out.append('\n');
            }
        }
        return out.toString();
    }

    /** The {@code modules:} section as the application writes it. */
    String modulesYaml() {
        StringBuilder yaml = new StringBuilder("modules:\n");
        for (Module module : modules) {
            yaml.append("  - id: ").append(module.id()).append('\n');
            titlesYaml(yaml, "    ", module.title());
            yaml.append("    lessons:\n");
            for (Lesson lesson : module.lessons()) {
                yaml.append("      - id: ").append(lesson.id()).append('\n');
                titlesYaml(yaml, "        ", lesson.title());
                yaml.append("        minutes: ").append(lesson.minutes()).append('\n');
                if (!lesson.quiz().isEmpty()) {
                    yaml.append("        quiz:\n");
                    lesson.quiz().forEach((key, value) -> yaml.append("          ").append(key).append(": ")
                            .append(value instanceof List<?> list ? list.stream().map(String::valueOf)
                                    .collect(java.util.stream.Collectors.joining(", ", "[", "]")) : String.valueOf(value))
                            .append('\n'));
                }
            }
        }
        return yaml.toString();
    }

    private static void titlesYaml(StringBuilder yaml, String indent, Titles title) {
        yaml.append(indent).append("title:\n");
        yaml.append(indent).append("  ar: ").append(quoted(title.ar())).append('\n');
        yaml.append(indent).append("  fr: ").append(quoted(title.fr())).append('\n');
        if (title.en() != null && !title.en().isBlank()) {
            yaml.append(indent).append("  en: ").append(quoted(title.en())).append('\n');
        }
    }

    /** A YAML double-quoted scalar: only backslash and quote need escaping once control characters are gone. */
    static String quoted(String text) {
        return "\"" + text.replace("\\", "\\\\").replace("\"", "\\\"") + "\"";
    }

    /**
     * The lines [first, end) the {@code modules:} key and its value take: from its key's line to the
     * next top-level key's line, less the blank and comment lines just before that key (they belong to it).
     */
    private int[] modulesLines() {
        MappingNode root = (MappingNode) new Yaml(new LoaderOptions()).compose(new StringReader(manifest));
        String[] lines = manifest.split("\n", -1);
        List<NodeTuple> tuples = root.getValue();
        for (int i = 0; i < tuples.size(); i++) {
            Node key = tuples.get(i).getKeyNode();
            if (key instanceof ScalarNode scalar && scalar.getValue().equals("modules")) {
                int first = key.getStartMark().getLine();
                int end = i + 1 < tuples.size() ? tuples.get(i + 1).getKeyNode().getStartMark().getLine() : lines.length;
                while (end > first + 1 && (lines[end - 1].isBlank() || lines[end - 1].stripLeading().startsWith("#"))) {
                    end--;
                }
                return new int[] {first, end};
            }
        }
        throw new AuthoringRuleViolation("authoring.outline.unreadable");
    }

    // ---- checks ----

    private Lesson newLesson(String lessonCode, Titles lessonTitle, int minutes) {
        Titles title = checked(lessonTitle);
        checkMinutes(minutes);
        String id = code(lessonCode, title, candidate -> lesson(candidate).isPresent(), "lesson");
        return new Lesson(id, title, minutes, Map.of());
    }

    /** Titles trimmed and checked: Arabic and French present, none too long, no line breaks or control characters. */
    static Titles checked(Titles title) {
        String ar = cleaned(title.ar(), "ar", true);
        String fr = cleaned(title.fr(), "fr", true);
        String en = cleaned(title.en(), "en", false);
        return new Titles(ar, fr, en);
    }

    private static String cleaned(String text, String language, boolean required) {
        String cleaned = text == null ? "" : text.replaceAll("[\\p{Cntrl}\\s]+", " ").strip();
        if (cleaned.isEmpty()) {
            if (required) {
                throw new AuthoringRuleViolation(switch (language) {
                    case "ar" -> "authoring.outline.titleMissing.ar";
                    case "fr" -> "authoring.outline.titleMissing.fr";
                    default -> "authoring.outline.titleMissing.en";
                });
            }
            return null;
        }
        if (cleaned.codePointCount(0, cleaned.length()) > MAX_TITLE) {
            throw new AuthoringRuleViolation("authoring.outline.titleTooLong", MAX_TITLE);
        }
        return cleaned;
    }

    private static void checkMinutes(int minutes) {
        if (minutes < 1 || minutes > MAX_MINUTES) {
            throw new AuthoringRuleViolation("authoring.outline.badMinutes", MAX_MINUTES);
        }
    }

    /**
     * The code the author typed, checked; or, left empty, one made from the French title (accents
     * dropped, {@code -2}, {@code -3}... if taken), so authors need not invent file names.
     */
    static String code(String typed, Titles title, Predicate<String> taken, String what) {
        String code = typed == null ? "" : typed.strip();
        if (!code.isEmpty()) {
            if (code.length() > MAX_CODE || !CODE.matcher(code).matches()) {
                throw new AuthoringRuleViolation("authoring.outline.badCode", code, MAX_CODE);
            }
            if (taken.test(code)) {
                throw new AuthoringRuleViolation("authoring.outline.codeTaken", code);
            }
            return code;
        }
        String base = Normalizer.normalize(title.fr(), Normalizer.Form.NFD).replaceAll("\\p{M}+", "")
                .toLowerCase(Locale.ROOT).replaceAll("[^a-z0-9]+", "-").replaceAll("^-+|-+$", "");
        if (base.length() > MAX_CODE - 4) {
            base = base.substring(0, MAX_CODE - 4).replaceAll("-+$", "");
        }
        if (base.isEmpty()) {
            base = what;
        }
        String candidate = base;
        for (int n = 2; taken.test(candidate); n++) {
            candidate = base + "-" + n;
        }
        return candidate;
    }

    private CourseOutline replaceModule(String moduleId, java.util.function.UnaryOperator<Module> change) {
        int index = moduleIndex(moduleId);
        List<Module> changed = new ArrayList<>(modules);
        changed.set(index, change.apply(modules.get(index)));
        return new CourseOutline(manifest, changed);
    }

    private int moduleIndex(String moduleId) {
        for (int i = 0; i < modules.size(); i++) {
            if (modules.get(i).id().equals(moduleId)) {
                return i;
            }
        }
        throw new AuthoringRuleViolation("authoring.outline.noModule", moduleId);
    }

    private static int indexOf(List<Lesson> lessons, String lessonId) {
        for (int i = 0; i < lessons.size(); i++) {
            if (lessons.get(i).id().equals(lessonId)) {
                return i;
            }
        }
        return -1;
    }
}
