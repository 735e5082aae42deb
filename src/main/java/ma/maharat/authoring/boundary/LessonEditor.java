package ma.maharat.authoring.boundary;

import jakarta.annotation.PostConstruct;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import jakarta.servlet.http.Part;
import java.io.IOException;
import java.io.InputStream;
import java.io.Serializable;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import ma.maharat.authoring.control.AuthoringRuleViolation;
import ma.maharat.authoring.control.CourseOutline;
import ma.maharat.authoring.control.Drafts;
import ma.maharat.authoring.entity.CourseDraft;
import ma.maharat.content.control.AudioFormat;
import ma.maharat.content.control.LessonAudio;
import ma.maharat.content.control.LessonRenderer;
import ma.maharat.content.entity.ContentProblem;
import ma.maharat.content.entity.CourseFiles;
import ma.maharat.content.entity.ImageReference;
import ma.maharat.content.entity.RenderedLesson;
import ma.maharat.identity.boundary.CurrentUser;
import ma.maharat.platform.i18n.Language;
import ma.maharat.platform.i18n.PageMessages;
import jakarta.faces.view.ViewScoped;
import org.omnifaces.util.Faces;

/**
 * The Markdown editor of one lesson in one language ({@code /author/lesson.xhtml?course=&lesson=&in=}),
 * with a live preview rendered by the importer's own {@link LessonRenderer}: what the author sees is the
 * sanitized HTML trainees will get, with the renderer's problems at their line. Saving writes the
 * draft's file and checks the whole draft as the importer would, listing this file's problems.
 */
@Named
@ViewScoped
public class LessonEditor implements Serializable {

    private static final long serialVersionUID = 1L;
    private static final LessonRenderer RENDERER = new LessonRenderer();

    @Inject
    transient Drafts drafts;

    @Inject
    transient CurrentUser currentUser;

    @Inject
    transient PageMessages messages;

    private String course;
    private String lesson;
    private Language language = Language.FR;
    private boolean ready;
    private String markdown;
    private String seenHash;
    private String html = "";
    private List<ContentProblem> problems = List.of();
    private int otherProblems;
    private CourseFiles draftFiles;
    private transient Part audio;
    private ma.maharat.course.entity.LocalizedText courseTitle;

    @PostConstruct
    void init() {
        course = Faces.getRequestParameter("course");
        lesson = Faces.getRequestParameter("lesson");
        language = Language.ofCode(Faces.getRequestParameter("in")).orElse(Language.FR);
        if (course == null || lesson == null || !lesson.matches("[a-z0-9-]+")) {
            messages.error(null, "authoring.noLesson");
            return;
        }
        try {
            Drafts.AuthoredCourse authored = drafts.draftToEdit(course, currentUser.required());
            courseTitle = authored.course().getTitle();
            draftFiles = authored.draft().files();
            markdown = draftFiles.text(path()).orElse("");
            seenHash = authored.draft().hashOf(path());
            ready = true;
            preview();
        } catch (AuthoringRuleViolation e) {
            if (!AuthoringPage.refuseIfNotAllowed(e)) {
                messages.error(e);
            }
        }
    }

    /** The draft file this editor writes, e.g. {@code lessons/cut.fr.md}. */
    public String path() {
        return "lessons/" + lesson + "." + language.code() + ".md";
    }

    /** Renders the text being typed (AJAX, debounced by the page). */
    public void preview() {
        RenderedLesson rendered = RENDERER.render(markdown == null ? "" : markdown, course + "/" + path());
        String media = AuthoringPage.draftMediaAddress(Faces.getRequestContextPath(), course);
        html = rendered.html().replace("src=\"media/", "src=\"" + media);
        List<ContentProblem> found = new ArrayList<>(rendered.problems());
        for (ImageReference image : rendered.images()) {
            if (!draftFiles.contains(image.destination())) {
                found.add(new ContentProblem(course + "/" + path(), image.line(), "image file " + image.destination()
                        + " is not in the draft: upload it on the course page"));
            }
        }
        problems = found;
        otherProblems = 0;
    }

    /** Writes the lesson into the draft, then checks the draft as publishing would. */
    public void save() {
        try {
            String text = markdown == null ? "" : markdown;
            Drafts.SavedFile saved = drafts.saveAndCheck(course, path(), text.getBytes(StandardCharsets.UTF_8), seenHash, currentUser.required());
            seenHash = saved.contentHash();
            draftFiles = draftFiles.withText(path(), text);
            preview();
            problems = saved.problems();
            otherProblems = saved.otherProblems();
            messages.info("authoring.saved");
        } catch (AuthoringRuleViolation e) {
            messages.error(e);
        }
    }

    /**
     * Adds or replaces the lesson's audio reading in this language (LessonAudio): checked by content and
     * size before the draft changes; a reading of another type in the same language is removed, so there
     * is never more than one. Published with the draft, like the text.
     */
    public void uploadAudio() {
        if (audio == null || audio.getSize() == 0) {
            messages.error("audio:file", "authoring.noFileChosen");
            return;
        }
        if (audio.getSize() > AudioFormat.MAX_BYTES) {
            messages.error("audio:file", "authoring.audio.tooLarge", LessonAudio.tooLarge(audio.getSize()));
            return;
        }
        String name = audio.getSubmittedFileName() == null ? "" : audio.getSubmittedFileName();
        if (AudioFormat.forFileName(name).isEmpty()) {
            messages.error("audio:file", "authoring.audio.type", name);
            return;
        }
        byte[] bytes;
        try (InputStream in = audio.getInputStream()) {
            bytes = in.readNBytes(AudioFormat.MAX_BYTES + 1);
        } catch (IOException e) {
            messages.error("audio:file", "authoring.uploadUnreadable");
            return;
        }
        String target = LessonAudio.path(lesson, language, name.substring(name.lastIndexOf('.') + 1).toLowerCase(Locale.ROOT));
        LessonAudio.Outcome outcome = LessonAudio.check(target, bytes);
        if (outcome.file() == null) {
            messages.error("audio:file", bytes.length > AudioFormat.MAX_BYTES ? "authoring.audio.tooLarge" : "authoring.audio.notAudio",
                    outcome.problem());
            return;
        }
        try {
            CourseDraft draft = drafts.draftOf(course).orElseThrow(() -> new AuthoringRuleViolation("authoring.noDraft"));
            CourseFiles current = draft.files();
            long version = draft.getVersion();
            for (String other : readingsIn(current)) {
                if (!other.equals(target)) {
                    version = drafts.remove(course, other, version, currentUser.required());
                }
            }
            drafts.saveFile(course, target, bytes, draft.hashOf(target), currentUser.required());
            draftFiles = drafts.draftOf(course).map(CourseDraft::files).orElse(draftFiles);
            messages.info("authoring.audio.added", target);
        } catch (AuthoringRuleViolation e) {
            messages.error(e);
        }
    }

    /** Removes the lesson's audio reading in this language from the draft. */
    public void removeAudio() {
        try {
            CourseDraft draft = drafts.draftOf(course).orElseThrow(() -> new AuthoringRuleViolation("authoring.noDraft"));
            long version = draft.getVersion();
            for (String reading : readingsIn(draft.files())) {
                version = drafts.remove(course, reading, version, currentUser.required());
            }
            draftFiles = drafts.draftOf(course).map(CourseDraft::files).orElse(draftFiles);
            messages.info("authoring.audio.removed");
        } catch (AuthoringRuleViolation e) {
            messages.error(e);
        }
    }

    /** The readings of this lesson in this language among the files (one, unless written by hand in a zip). */
    private List<String> readingsIn(CourseFiles files) {
        String prefix = "lessons/" + lesson + "." + language.code() + ".";
        return LessonAudio.pathsOf(lesson, files.paths()).stream().filter(path -> path.startsWith(prefix)).toList();
    }

    /** The draft's audio reading of this lesson in this language, e.g. {@code lessons/cut.ar.mp3}, if there is one. */
    public String getAudioPath() {
        return draftFiles == null ? null : readingsIn(draftFiles).stream().findFirst().orElse(null);
    }

    /** Where the author hears the draft's reading. */
    public String getAudioAddress() {
        return Optional.ofNullable(getAudioPath()).map(path -> AuthoringPage.draftMediaAddress(Faces.getRequestContextPath(), course)
                .replaceFirst("media/$", "") + path + "?v=" + CourseFiles.sha256(draftFiles.content(path).orElseThrow()).substring(0, 16))
                .orElse(null);
    }

    public Part getAudio() {
        return audio;
    }

    public void setAudio(Part audio) {
        this.audio = audio;
    }

    /**
     * The lesson's title in a language, as the course outline gives it (authors know lessons by title, not
     * by file name); the file name while course.yaml cannot be read.
     */
    public String titleIn(String languageCode) {
        if (draftFiles == null) {
            return lesson;
        }
        try {
            return CourseOutline.of(draftFiles.text("course.yaml").orElse("")).lesson(lesson)
                    .map(l -> l.title().in(languageCode)).orElse(lesson);
        } catch (AuthoringRuleViolation e) {
            return lesson;
        }
    }

    /** The course's title, for the way back to it. */
    public String courseTitleIn(String languageCode) {
        return courseTitle == null ? course : courseTitle.in(languageCode);
    }

    public boolean isReady() {
        return ready;
    }

    public String getCourse() {
        return course;
    }

    public String getLesson() {
        return lesson;
    }

    public Language getLanguage() {
        return language;
    }

    public List<Language> getLanguages() {
        return List.of(Language.values());
    }

    public String getMarkdown() {
        return markdown;
    }

    public void setMarkdown(String markdown) {
        this.markdown = markdown;
    }

    public String getHtml() {
        return html;
    }

    public List<ContentProblem> getProblems() {
        return problems;
    }

    public int getOtherProblems() {
        return otherProblems;
    }
}
