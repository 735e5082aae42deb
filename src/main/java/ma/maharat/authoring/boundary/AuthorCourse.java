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
