package ma.maharat.authoring.boundary;

import jakarta.annotation.PostConstruct;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import jakarta.servlet.http.Part;
import java.io.IOException;
import java.io.InputStream;
import java.io.Serializable;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import ma.maharat.authoring.control.AuthoringRuleViolation;
import ma.maharat.authoring.control.CourseOutline;
import ma.maharat.authoring.control.Drafts;
import ma.maharat.authoring.control.PublishOutcome;
import ma.maharat.authoring.entity.CourseDraft;
import ma.maharat.content.control.CourseArchive;
import ma.maharat.content.control.MediaUpload;
import ma.maharat.content.entity.ContentProblem;
import ma.maharat.content.entity.CourseFiles;
import ma.maharat.identity.boundary.CurrentUser;
import ma.maharat.platform.i18n.PageMessages;
import jakarta.faces.view.ViewScoped;
import org.omnifaces.util.Faces;

/**
 * A course as its authors see it ({@code /author/course.xhtml?code=}): its published version, its
 * draft's lessons and files with links to their editors, the draft's problems, and the buttons to
 * start, check, publish or discard the draft, upload an image or a whole course zip, and export.
 */
@Named
@ViewScoped
public class AuthorCourse implements Serializable {

    private static final long serialVersionUID = 1L;

    /** Largest upload: an image before cleaning (photos straight from a phone), or a course zip. */
    static final long MAX_UPLOAD_BYTES = 20L * 1024 * 1024;

    private static final Pattern LESSON_FILE = Pattern.compile("lessons/([a-z0-9-]+)\\.(ar|fr|en)\\.md");

    @Inject
    transient Drafts drafts;

    @Inject
    transient CurrentUser currentUser;

    @Inject
    transient PageMessages messages;

    @Inject
    transient ma.maharat.platform.i18n.LanguageSelection language;

    private String code;
    private Drafts.AuthoredCourse authored;
    private long draftVersion;
    private List<LessonFiles> lessons = List.of();
    private List<FileRow> files = List.of();
    private List<ContentProblem> problems;
    private boolean allowed;
    private transient Part image;
    private transient Part zip;
    private String insertedSnippet;
    private List<CourseOutline.Module> outline = List.of();
    private Map<String, List<String>> lessonLanguages = Map.of();
    private boolean outlineReadable;
    private final OutlineForm form = new OutlineForm();
    private String outlineNote;
    private boolean outlineNoteIsError;

    /** A lesson of the draft, with the languages it is written in. */
    public record LessonFiles(String id, List<String> languages) implements Serializable {}

    /** A file of the draft. */
    public record FileRow(String path, int size) implements Serializable {}

    @PostConstruct
    void init() {
        code = Faces.getRequestParameter("code");
        load();
    }

    private void load() {
        if (code == null) {
            messages.error(null, "authoring.noCourse", "");
            return;
        }
        try {
            authored = drafts.course(code, currentUser.required());
            allowed = true;
        } catch (AuthoringRuleViolation e) {
            if (!AuthoringPage.refuseIfNotAllowed(e)) {
                messages.error(e);
            }
            return;
        }
        CourseDraft draft = authored.draft();
        if (draft == null) {
            lessons = List.of();
            files = List.of();
            return;
        }
        draftVersion = draft.getVersion();
        CourseFiles draftFiles = draft.files();
        lessons = lessonsOf(draftFiles);
        Map<String, List<String>> languages = new LinkedHashMap<>();
        lessons.forEach(lesson -> languages.put(lesson.id(), lesson.languages()));
        lessonLanguages = languages;
        try {
            outline = CourseOutline.of(draftFiles.text("course.yaml").orElse("")).modules();
            outlineReadable = true;
        } catch (AuthoringRuleViolation e) {
            outline = List.of();
            outlineReadable = false;
        }
        List<FileRow> rows = new ArrayList<>();
        draftFiles.paths().forEach(path -> rows.add(new FileRow(path, draftFiles.content(path).orElseThrow().length)));
        files = rows;
    }

    /**
     * The lessons course.yaml declares, in its order, each with the languages it has a file in; then
     * lesson files it does not declare (the check reports them). A lesson just added to course.yaml is
     * listed with no language yet, so its files can be written from here.
     */
    static List<LessonFiles> lessonsOf(CourseFiles files) {
        Map<String, List<String>> languages = new LinkedHashMap<>();
        declaredLessons(files.text("course.yaml").orElse("")).forEach(id -> languages.put(id, new ArrayList<>()));
        for (String path : files.paths()) {
            Matcher lesson = LESSON_FILE.matcher(path);
            if (lesson.matches()) {
                languages.computeIfAbsent(lesson.group(1), id -> new ArrayList<>()).add(lesson.group(2));
            }
        }
        List<String> order = List.of("ar", "fr", "en");
        return languages.entrySet().stream().map(entry -> new LessonFiles(entry.getKey(), entry.getValue().stream()
                .sorted(java.util.Comparator.comparingInt(order::indexOf)).toList())).toList();
    }

    /** Lesson ids of course.yaml in order; none when it does not parse (its editor shows why). */
    static List<String> declaredLessons(String manifest) {
        List<String> ids = new ArrayList<>();
        try {
            Object root = new org.yaml.snakeyaml.Yaml(new org.yaml.snakeyaml.constructor.SafeConstructor(
                    new org.yaml.snakeyaml.LoaderOptions())).load(manifest);
            if (root instanceof Map<?, ?> course && course.get("modules") instanceof List<?> modules) {
                for (Object module : modules) {
                    if (module instanceof Map<?, ?> m && m.get("lessons") instanceof List<?> lessons) {
                        for (Object lesson : lessons) {
                            if (lesson instanceof Map<?, ?> l && l.get("id") instanceof String id && id.matches("[a-z0-9-]+")) {
                                ids.add(id);
                            }
                        }
                    }
                }
            }
        } catch (RuntimeException e) {
            // A course.yaml being written may not parse; the lesson files still list the lessons.
        }
        return ids;
    }

    // ---- the outline: modules and lessons changed with forms, course.yaml written by the application ----

    /** Opens the form for a new module (with its first lesson: a module needs one). */
    public void openAddModule() {
        outlineNote = null;
        form.open(OutlineForm.Mode.ADD_MODULE, null, null);
    }

    /** Opens the form for a new lesson at the end of a module. */
    public void openAddLesson(String moduleId) {
        outlineNote = null;
        form.open(OutlineForm.Mode.ADD_LESSON, moduleId, null);
    }

    public void openRenameModule(String moduleId) {
        outlineNote = null;
        form.open(OutlineForm.Mode.RENAME_MODULE, moduleId, null);
        outline.stream().filter(m -> m.id().equals(moduleId)).findFirst().ifPresent(m -> form.setModuleTitles(m.title()));
    }

    public void openRenameLesson(String lessonId) {
        outlineNote = null;
        form.open(OutlineForm.Mode.RENAME_LESSON, null, lessonId);
        outline.stream().flatMap(m -> m.lessons().stream()).filter(l -> l.id().equals(lessonId)).findFirst().ifPresent(l -> {
            form.setLessonTitles(l.title());
            form.setMinutes(l.minutes());
        });
    }

    /** Saves what the form asked; on a refusal the form stays open with the reason in it. */
    public void saveForm() {
        OutlineForm.Mode mode = form.getMode();
        if (mode == null) {
            return;
        }
        int minutes = form.getMinutes() == null ? 0 : form.getMinutes();
        boolean done = switch (mode) {
            case ADD_MODULE -> change(o -> o.addModule(form.getModuleCode(), form.moduleTitles(), form.getLessonCode(), form.lessonTitles(), minutes),
                    "module added: " + form.getModuleFr(), "authoring.outline.moduleAdded", form.moduleTitles().in(language.getCode()));
            case ADD_LESSON -> change(o -> o.addLesson(form.getModuleId(), form.getLessonCode(), form.lessonTitles(), minutes),
                    "lesson added to " + form.getModuleId() + ": " + form.getLessonFr(), "authoring.outline.lessonAdded", form.lessonTitles().in(language.getCode()));
            case RENAME_MODULE -> change(o -> o.renameModule(form.getModuleId(), form.moduleTitles()),
                    "module " + form.getModuleId() + " renamed", "authoring.outline.renamed", form.moduleTitles().in(language.getCode()));
            case RENAME_LESSON -> change(o -> o.renameLesson(form.getLessonId(), form.lessonTitles(), minutes),
                    "lesson " + form.getLessonId() + " renamed", "authoring.outline.renamed", form.lessonTitles().in(language.getCode()));
        };
        if (done) {
            form.close();
        } else {
            org.primefaces.PrimeFaces.current().ajax().addCallbackParam("refused", true);
        }
    }

    public void moveModule(String moduleId, int step) {
        change(o -> o.moveModule(moduleId, step), "module " + moduleId + " moved", "authoring.outline.moved", moduleTitle(moduleId));
    }

    public void moveLesson(String lessonId, int step) {
        change(o -> o.moveLesson(lessonId, step), "lesson " + lessonId + " moved", "authoring.outline.moved", lessonTitle(lessonId));
    }

    public void archiveModule(String moduleId) {
        change(o -> o.archiveModule(moduleId), "module " + moduleId + " archived", "authoring.outline.archived", moduleTitle(moduleId));
    }

    public void archiveLesson(String lessonId) {
        change(o -> o.archiveLesson(lessonId), "lesson " + lessonId + " archived", "authoring.outline.archived", lessonTitle(lessonId));
    }

    private boolean change(java.util.function.UnaryOperator<CourseOutline> operation, String summary, String doneKey, Object... arguments) {
        try {
            draftVersion = drafts.changeOutline(code, draftVersion, operation, starterTexts(), summary, currentUser.required());
            outlineNote = messages.text(doneKey, arguments);
            outlineNoteIsError = false;
            load();
            return true;
        } catch (AuthoringRuleViolation e) {
            outlineNote = messages.text(e.messageKey(), e.arguments());
            outlineNoteIsError = true;
            return false;
        }
    }

    /** What a new lesson's files say until the author writes them, in each required language. */
    private static Map<String, String> starterTexts() {
        Map<String, String> texts = new LinkedHashMap<>();
        for (String language : List.of("ar", "fr")) {
            texts.put(language, java.util.ResourceBundle.getBundle(ma.maharat.platform.i18n.PageMessages.BUNDLE,
                    java.util.Locale.forLanguageTag(language)).getString("authoring.outline.starter") + "\n");
        }
        return texts;
    }

    private String moduleTitle(String moduleId) {
        return outline.stream().filter(m -> m.id().equals(moduleId)).findFirst().map(m -> m.title().in(language.getCode())).orElse(moduleId);
    }

    private String lessonTitle(String lessonId) {
        return outline.stream().flatMap(m -> m.lessons().stream()).filter(l -> l.id().equals(lessonId)).findFirst()
                .map(l -> l.title().in(language.getCode())).orElse(lessonId);
    }

    public List<CourseOutline.Module> getOutline() {
        return outline;
    }

    public boolean isOutlineReadable() {
        return outlineReadable;
    }

    /** The languages a lesson of the draft has a text in. */
    public List<String> languagesOf(String lessonId) {
        return lessonLanguages.getOrDefault(lessonId, List.of());
    }

    public OutlineForm getForm() {
        return form;
    }

    public String getOutlineNote() {
        return outlineNote;
    }

    public boolean isOutlineNoteIsError() {
        return outlineNoteIsError;
    }

    public void startDraft() {
        try {
            drafts.start(code, currentUser.required());
            messages.info("authoring.started");
        } catch (AuthoringRuleViolation e) {
            messages.error(e);
        }
        load();
    }

    public void check() {
        try {
            problems = drafts.check(code, currentUser.required());
            if (problems.isEmpty()) {
                messages.info("authoring.noProblem");
            }
        } catch (AuthoringRuleViolation e) {
            messages.error(e);
        }
    }

    public void publish() {
        try {
            PublishOutcome outcome = drafts.publish(code, draftVersion, currentUser.required());
            if (outcome.isPublished()) {
                problems = null;
                messages.info("authoring.publishedAs", outcome.number());
            } else {
                problems = outcome.problems();
                messages.error(null, "authoring.publishBlocked", problems.size());
            }
        } catch (AuthoringRuleViolation e) {
            messages.error(e);
        }
        load();
    }

    /** Throws the draft away and opens the page again (a new view: nothing of the draft stays). */
    public String discard() {
        try {
            drafts.discard(code, currentUser.required());
            messages.info("authoring.discarded");
            Faces.getFlash().setKeepMessages(true);
            return "/author/course?faces-redirect=true&code=" + code;
        } catch (AuthoringRuleViolation e) {
            messages.error(e);
            return null;
        }
    }

    public void export() throws IOException {
        try {
            Faces.sendFile(drafts.export(code, currentUser.required()), code + ".zip", true);
        } catch (AuthoringRuleViolation e) {
            messages.error(e);
        }
    }

    public void exportDraft() throws IOException {
        try {
            Faces.sendFile(drafts.exportDraft(code, currentUser.required()), code + "-draft.zip", true);
        } catch (AuthoringRuleViolation e) {
            messages.error(e);
        }
    }

    /** Checks, cleans and adds an image under media/, and shows the Markdown that shows it. */
    public void uploadImage() {
        insertedSnippet = null;
        byte[] bytes = read(image);
        if (bytes == null) {
            return;
        }
        MediaUpload.Outcome outcome = MediaUpload.accept(image.getSubmittedFileName(), bytes);
        if (!outcome.isAccepted()) {
            messages.error("media:image", outcome.messageKey(), outcome.problem());
            return;
        }
        try {
            draftVersion = drafts.save(code, outcome.path(), outcome.content(), draftVersion, currentUser.required());
            insertedSnippet = "![…](" + outcome.path() + ")";
            messages.info("authoring.image.added", outcome.path());
        } catch (AuthoringRuleViolation e) {
            messages.error(e);
        }
        load();
    }

    /** Replaces the draft's files by those of a course zip (an export edited offline). */
    public void uploadZip() {
        byte[] bytes = read(zip);
        if (bytes == null) {
            return;
        }
        try {
            CourseFiles unpacked = CourseArchive.unzip(code, bytes);
            draftVersion = drafts.replaceAll(code, unpacked, draftVersion, currentUser.required());
            messages.info("authoring.zipLoaded", unpacked.size());
            problems = drafts.check(code, currentUser.required());
        } catch (CourseArchive.NotACourseZip e) {
            messages.error("upload:zip", "authoring.zipRefused", e.getMessage());
        } catch (AuthoringRuleViolation e) {
            messages.error(e);
        }
        load();
    }

    public void removeFile(String path) {
        try {
            draftVersion = drafts.remove(code, path, draftVersion, currentUser.required());
            messages.info("authoring.fileRemoved", path);
        } catch (AuthoringRuleViolation e) {
            messages.error(e);
        }
        load();
    }

    private byte[] read(Part part) {
        if (part == null || part.getSize() == 0) {
            messages.error(null, "authoring.noFileChosen");
            return null;
        }
        if (part.getSize() > MAX_UPLOAD_BYTES) {
            messages.error(null, "authoring.uploadTooBig", MAX_UPLOAD_BYTES / (1024 * 1024));
            return null;
        }
        try (InputStream in = part.getInputStream()) {
            return in.readAllBytes();
        } catch (IOException e) {
            messages.error(null, "authoring.uploadUnreadable");
            return null;
        }
    }

    public boolean isAllowed() {
        return allowed;
    }

    public String getCode() {
        return code;
    }

    public Drafts.AuthoredCourse getAuthored() {
        return authored;
    }

    public boolean isHasDraft() {
        return authored != null && authored.draft() != null;
    }

    public List<LessonFiles> getLessons() {
        return lessons;
    }

    public List<FileRow> getFiles() {
        return files;
    }

    public List<ContentProblem> getProblems() {
        return problems;
    }

    public String getInsertedSnippet() {
        return insertedSnippet;
    }

    public Part getImage() {
        return image;
    }

    public void setImage(Part image) {
        this.image = image;
    }

    public Part getZip() {
        return zip;
    }

    public void setZip(Part zip) {
        this.zip = zip;
    }
}
