package ma.maharat.authoring.control;

import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import jakarta.persistence.PersistenceContext;
import java.io.Serializable;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Pattern;
import ma.maharat.audit.control.AuditTrail;
import ma.maharat.authoring.entity.CourseDraft;
import ma.maharat.content.control.CourseArchive;
import ma.maharat.content.control.CourseFilesReader;
import ma.maharat.content.control.CourseImporter;
import ma.maharat.content.entity.ContentProblem;
import ma.maharat.content.entity.CourseFiles;
import ma.maharat.content.entity.CourseImportResult;
import ma.maharat.content.entity.CourseReadResult;
import ma.maharat.content.entity.CourseSource;
import ma.maharat.content.entity.StoredFile;
import ma.maharat.course.entity.Course;
import ma.maharat.identity.control.SignedInUser;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * Drafts of courses: start one from the published files, change its files, check it as the importer
 * would, publish it through the importer, export the published files, discard it. Every change checks
 * that the author may edit the course, that the draft is the one the author saw (its version), and is
 * recorded in the audit log in its own transaction.
 */
@Stateless
public class Drafts {

    @PersistenceContext
    EntityManager em;

    @Inject
    AuditTrail audit;

    @Inject
    AuthoringPermission permission;

    @Inject
    CourseImporter importer;

    @Inject
    @ConfigProperty(name = "maharat.content.dir", defaultValue = "modules-content")
    String contentDir;

    /** A course with its draft and its published source, as the authors' list shows it. */
    public record AuthoredCourse(Course course, CourseDraft draft, CourseSource source) implements Serializable {
        public boolean hasDraft() {
            return draft != null;
        }
    }

    /**
     * What saving a file from an editor found in the draft.
     *
     * @param contentHash   the file's new hash, to hand back at the next save
     * @param problems      the draft's problems in that file
     * @param otherProblems how many problems the draft's other files have
     */
    public record SavedFile(String contentHash, List<ContentProblem> problems, int otherProblems) {
    }

    /** The courses the person may edit, in the programme's order, each with its draft if any. */
    public List<AuthoredCourse> coursesFor(SignedInUser author) {
        Map<Long, CourseDraft> drafts = new LinkedHashMap<>();
        em.createNamedQuery(CourseDraft.ALL, CourseDraft.class).getResultList().forEach(d -> drafts.put(d.getCourse().getId(), d));
        return em.createNamedQuery(Course.ALL, Course.class).getResultList().stream()
                .filter(course -> permission.mayEdit(author, course))
                .map(course -> new AuthoredCourse(course, drafts.get(course.getId()), em.find(CourseSource.class, course.getId())))
                .toList();
    }

    /** The course, if the person may edit it. */
    public AuthoredCourse course(String code, SignedInUser author) {
        Course course = course(code);
        permission.requireMayEdit(author, course);
        return new AuthoredCourse(course, draftOf(code).orElse(null), em.find(CourseSource.class, course.getId()));
    }

    /** The course and its draft, for an editor: refused if the person may not edit it or it has no draft. */
    public AuthoredCourse draftToEdit(String code, SignedInUser author) {
        AuthoredCourse authored = course(code, author);
        if (!authored.hasDraft()) {
            throw new AuthoringRuleViolation("authoring.noDraft");
        }
        return authored;
    }

    /** Starts the course's draft from its published files, or returns the draft already started. */
    public CourseDraft start(String code, SignedInUser author) {
        Course course = course(code);
        permission.requireMayEdit(author, course);
        Optional<CourseDraft> existing = draftOf(code);
        if (existing.isPresent()) {
            return existing.get();
        }
        CourseSource source = em.find(CourseSource.class, course.getId());
        CourseDraft draft = new CourseDraft(course, source == null ? 0 : source.getNumber(), publishedFiles(course, source),
                author.username(), Instant.now());
        em.persist(draft);
        em.flush();
        audit.record("draft.started", "course", code, ma.maharat.audit.entity.AuditMessage.of("audit.message.draft.started", code,
                draft.getBasedOn(), draft.files().size()));
        return draft;
    }

    /** The draft, if one was started. */
    public Optional<CourseDraft> draftOf(String code) {
        return em.createNamedQuery(CourseDraft.OF_COURSE, CourseDraft.class).setParameter("code", code).getResultStream().findFirst();
    }

    /**
     * Writes one file of the draft.
     *
     * @param seenVersion the draft's version the author edited (refused if someone saved since)
     * @return the draft's version after the change
     */
    public long save(String code, String path, byte[] content, long seenVersion, SignedInUser author) {
        CourseDraft draft = draftToChange(code, seenVersion, author);
        if (!CourseFiles.isValidPath(path)) {
            throw new AuthoringRuleViolation("authoring.badPath", path);
        }
        if (draft.files().totalBytes() + content.length > CourseFiles.MAX_TOTAL_BYTES) {
            throw new AuthoringRuleViolation("authoring.tooBig");
        }
        if (draft.put(path, content, author.username(), Instant.now())) {
            em.flush();
            boolean lesson = path.startsWith("lessons/");
            audit.record(lesson ? "lesson.edited" : "draft.edited", "course", code,
                    ma.maharat.audit.entity.AuditMessage.of(lesson ? "audit.message.lesson.edited" : "audit.message.draft.edited", path, code, content.length));
        }
        return draft.getVersion();
    }

    /**
     * Writes one file of the draft that the author opened in an editor: refused if someone changed that
     * file since (other files may change meanwhile; two authors can write two lessons at once).
     *
     * @param seenHash the file's content hash when the author opened it, {@code null} if it did not exist
     * @return the file's new content hash
     */
    public String saveFile(String code, String path, byte[] content, String seenHash, SignedInUser author) {
        Course course = course(code);
        permission.requireMayEdit(author, course);
        CourseDraft draft = draftOf(code).orElseThrow(() -> new AuthoringRuleViolation("authoring.noDraft"));
        em.refresh(draft, LockModeType.PESSIMISTIC_WRITE);
        if (!java.util.Objects.equals(draft.hashOf(path), seenHash)) {
            throw new AuthoringRuleViolation("authoring.fileChangedMeanwhile", draft.getUpdatedBy());
        }
        save(code, path, content, draft.getVersion(), author);
        return CourseFiles.sha256(content);
    }

    /**
     * Writes one file the author opened in an editor ({@link #saveFile}), then checks the whole draft as
     * publishing would, in the same transaction; the editor shows that file's problems and counts the others'.
     */
    public SavedFile saveAndCheck(String code, String path, byte[] content, String seenHash, SignedInUser author) {
        String hash = saveFile(code, path, content, seenHash, author);
        List<ContentProblem> all = check(code, author);
        String file = code + "/" + path;
        List<ContentProblem> here = all.stream().filter(problem -> problem.file().equals(file)).toList();
        return new SavedFile(hash, here, all.size() - here.size());
    }

    /**
     * Writes several files at once (a question goes into each language's bank): all or none, each
     * refused if it changed since the author read it.
     *
     * @param contents  path to new content
     * @param seenHashes path to its hash when read ({@code null} value: the file did not exist)
     */
    public void saveFiles(String code, Map<String, byte[]> contents, Map<String, String> seenHashes, SignedInUser author) {
        Course course = course(code);
        permission.requireMayEdit(author, course);
        CourseDraft draft = draftOf(code).orElseThrow(() -> new AuthoringRuleViolation("authoring.noDraft"));
        em.refresh(draft, LockModeType.PESSIMISTIC_WRITE);
        for (String path : contents.keySet()) {
            if (!java.util.Objects.equals(draft.hashOf(path), seenHashes.get(path))) {
                throw new AuthoringRuleViolation("authoring.fileChangedMeanwhile", draft.getUpdatedBy());
            }
        }
        for (Map.Entry<String, byte[]> file : contents.entrySet()) {
            save(code, file.getKey(), file.getValue(), draft.getVersion(), author);
        }
    }

    /**
     * Changes the draft's modules and lessons as a form asked (add, rename, move, archive): course.yaml
     * rewritten by {@link CourseOutline}, a new lesson given a starting text in Arabic and French (a
     * lesson without its files cannot be published), an archived lesson's files (texts, readings) taken
     * out. All or nothing: a refused change ({@link AuthoringRuleViolation}) leaves the draft as it was.
     *
     * @param seenVersion  the draft's version the author saw
     * @param change       what the form asked, applied to the draft's outline
     * @param starterTexts per language code, the text a new lesson starts with
     * @param summary      what changed, for the audit log
     * @return the draft's version after the change
     */
    public long changeOutline(String code, long seenVersion, java.util.function.UnaryOperator<CourseOutline> change,
                              Map<String, String> starterTexts, String summary, SignedInUser author) {
        CourseDraft draft = draftToChange(code, seenVersion, author);
        CourseFiles files = draft.files();
        CourseOutline before = CourseOutline.of(files.text("course.yaml").orElse(""));
        CourseOutline after = change.apply(before);
        for (CourseOutline.Module module : before.modules()) {
            if (after.modules().stream().noneMatch(m -> m.id().equals(module.id())) && hasQuestions(files, code, module.id())) {
                throw new AuthoringRuleViolation("authoring.outline.moduleHasQuestions");
            }
        }
        Instant now = Instant.now();
        String user = author.username();
        draft.put("course.yaml", after.manifest().getBytes(java.nio.charset.StandardCharsets.UTF_8), user, now);
        java.util.Set<String> kept = new java.util.HashSet<>();
        after.modules().forEach(m -> m.lessons().forEach(l -> kept.add(l.id())));
        before.modules().forEach(m -> m.lessons().forEach(l -> {
            if (!kept.contains(l.id())) {
                files.paths().stream().filter(path -> path.startsWith("lessons/" + l.id() + "."))
                        .forEach(path -> draft.remove(path, user, now));
            }
        }));
        for (String lesson : kept) {
            if (before.lesson(lesson).isEmpty()) {
                starterTexts.forEach((language, text) -> {
                    String path = "lessons/" + lesson + "." + language + ".md";
                    if (!files.contains(path)) {
                        draft.put(path, text.getBytes(java.nio.charset.StandardCharsets.UTF_8), user, now);
                    }
                });
            }
        }
        em.flush();
        audit.record("draft.edited", "course", code, ma.maharat.audit.entity.AuditMessage.of("audit.message.draft.outlineChanged", code, summary));
        return draft.getVersion();
    }

    /** Whether the draft's question banks file questions under a module ({@code $CATEGORY: course/module}). */
    static boolean hasQuestions(CourseFiles files, String code, String moduleId) {
        Pattern category = Pattern.compile("(?m)^\\s*\\$CATEGORY:\\s*" + Pattern.quote(code + "/" + moduleId) + "\\s*$");
        return files.paths().stream().filter(path -> path.endsWith(".gift"))
                .anyMatch(path -> category.matcher(files.text(path).orElse("")).find());
    }

    /** Removes one file of the draft. */
    public long remove(String code, String path, long seenVersion, SignedInUser author) {
        CourseDraft draft = draftToChange(code, seenVersion, author);
        if (draft.remove(path, author.username(), Instant.now())) {
            em.flush();
            audit.record("draft.edited", "course", code, ma.maharat.audit.entity.AuditMessage.of("audit.message.draft.fileRemoved", path, code));
        }
        return draft.getVersion();
    }

    /** Replaces all the draft's files by those of an uploaded course zip. */
    public long replaceAll(String code, CourseFiles files, long seenVersion, SignedInUser author) {
        CourseDraft draft = draftToChange(code, seenVersion, author);
        draft.replaceAll(files, author.username(), Instant.now());
        em.flush();
        audit.record("draft.edited", "course", code, ma.maharat.audit.entity.AuditMessage.of("audit.message.draft.zipUploaded", code,
                files.size()));
        return draft.getVersion();
    }

    /** The draft's problems as the importer would report them (empty: it can be published). */
    public List<ContentProblem> check(String code, SignedInUser author) {
        Course course = course(code);
        permission.requireMayEdit(author, course);
        CourseDraft draft = draftOf(code).orElseThrow(() -> new AuthoringRuleViolation("authoring.noDraft"));
        return read(code, draft.files()).problems();
    }

    /**
     * Publishes the draft as the course's new version through the importer, and ends the draft; or, if
     * the draft has problems, changes nothing and returns them all.
     */
    public PublishOutcome publish(String code, long seenVersion, SignedInUser author) {
        CourseDraft draft = draftToChange(code, seenVersion, author);
        CourseFiles files = draft.files();
        CourseReadResult read = read(code, files);
        if (!read.isValid()) {
            return PublishOutcome.blocked(read.problems());
        }
        CourseImportResult result = importer.publish(read.course().orElseThrow(), files, author.username());
        CourseSource source = em.find(CourseSource.class, draft.getCourse().getId());
        int number = source == null ? 0 : source.getNumber();
        em.remove(draft);
        em.flush();
        audit.record("course.published", "course", code, result.outcome() == CourseImportResult.Outcome.UNCHANGED
                ? ma.maharat.audit.entity.AuditMessage.of("audit.message.course.publishedUnchanged", code, number)
                : ma.maharat.audit.entity.AuditMessage.of("audit.message.course.published", code, number, result.lessonsAdded(),
                        result.lessonsUpdated(), result.lessonsArchived()));
        return new PublishOutcome(List.of(), result, number);
    }

    /** Throws the draft away; the published version stays as it is. */
    public void discard(String code, SignedInUser author) {
        Course course = course(code);
        permission.requireMayEdit(author, course);
        Optional<CourseDraft> draft = draftOf(code);
        if (draft.isEmpty()) {
            return;
        }
        em.remove(draft.get());
        em.flush();
        audit.record("draft.discarded", "course", code, ma.maharat.audit.entity.AuditMessage.of("audit.message.draft.discarded", code,
                draft.get().getStartedBy(), draft.get().getUpdatedBy()));
    }

    /** The published version's files as a zip of one folder named after the course. */
    public byte[] export(String code, SignedInUser author) {
        Course course = course(code);
        permission.requireMayEdit(author, course);
        CourseSource source = em.find(CourseSource.class, course.getId());
        byte[] zip = CourseArchive.zip(code, publishedFiles(course, source));
        audit.record("course.exported", "course", code, source == null
                ? ma.maharat.audit.entity.AuditMessage.of("audit.message.course.exported", code)
                : ma.maharat.audit.entity.AuditMessage.of("audit.message.course.exportedVersion", code, source.getNumber()));
        return zip;
    }

    /** The draft's files as a zip (no audit: nothing published leaves). */
    public byte[] exportDraft(String code, SignedInUser author) {
        Course course = course(code);
        permission.requireMayEdit(author, course);
        CourseDraft draft = draftOf(code).orElseThrow(() -> new AuthoringRuleViolation("authoring.noDraft"));
        return CourseArchive.zip(code, draft.files());
    }

    /** A file of the draft (or, without a draft, of the published version), for the authors' preview. */
    public Optional<byte[]> draftOrPublishedFile(String code, String path, SignedInUser author) {
        Course course = course(code);
        permission.requireMayEdit(author, course);
        Optional<CourseDraft> draft = draftOf(code);
        if (draft.isPresent()) {
            return draft.get().file(path).map(StoredFile::getContent);
        }
        CourseSource source = em.find(CourseSource.class, course.getId());
        return source == null ? Optional.empty() : source.files().content(path);
    }

    /** The files of the current version: those kept at its import, else (older import) the disk's. */
    CourseFiles publishedFiles(Course course, CourseSource source) {
        if (source != null) {
            return source.files();
        }
        Path folder = Path.of(contentDir).toAbsolutePath().normalize().resolve(course.getCode());
        if (!Files.isDirectory(folder)) {
            throw new AuthoringRuleViolation("authoring.noFiles", course.getCode());
        }
        return CourseArchive.readFolder(folder);
    }

    private CourseReadResult read(String code, CourseFiles files) {
        Map<String, List<String>> others = new LinkedHashMap<>();
        for (Course other : em.createNamedQuery(Course.ALL, Course.class).getResultList()) {
            if (!other.getCode().equals(code)) {
                others.put(other.getCode(), other.getPrerequisites().stream().map(Course::getCode).toList());
            }
        }
        return new CourseFilesReader().read(code, files, others);
    }

    private CourseDraft draftToChange(String code, long seenVersion, SignedInUser author) {
        Course course = course(code);
        permission.requireMayEdit(author, course);
        CourseDraft draft = draftOf(code).orElseThrow(() -> new AuthoringRuleViolation("authoring.noDraft"));
        // The row lock orders two saves arriving at once; the version check tells the later one.
        em.refresh(draft, LockModeType.PESSIMISTIC_WRITE);
        if (draft.getVersion() != seenVersion) {
            throw new AuthoringRuleViolation("authoring.changedMeanwhile", draft.getUpdatedBy());
        }
        return draft;
    }

    private Course course(String code) {
        return em.createNamedQuery(Course.BY_CODE, Course.class).setParameter("code", code).getResultStream().findFirst()
                .orElseThrow(() -> new AuthoringRuleViolation("authoring.noCourse", code));
    }
}
