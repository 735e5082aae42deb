package ma.maharat.authoring.boundary;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.annotation.Resource;
import jakarta.inject.Inject;
import java.io.IOException;
import java.net.URI;
import java.net.URL;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.List;
import javax.sql.DataSource;
import ma.maharat.CourseFolder;
import ma.maharat.TestAccounts;
import ma.maharat.WebClient;
import ma.maharat.authoring.control.AuthoringRuleViolation;
import ma.maharat.authoring.control.Drafts;
import ma.maharat.authoring.control.PublishOutcome;
import ma.maharat.content.control.ContentImport;
import ma.maharat.content.control.CourseArchive;
import ma.maharat.content.entity.CourseFiles;
import ma.maharat.content.entity.CourseImportResult;
import ma.maharat.content.entity.ImportReport;
import ma.maharat.identity.control.SignedInUser;
import ma.maharat.identity.entity.Account;
import ma.maharat.identity.entity.Role;
import ma.maharat.learning.control.Enrollments;
import ma.maharat.learning.control.Learning;
import ma.maharat.platform.i18n.Language;
import ma.maharat.quiz.control.AnswerKey;
import ma.maharat.quiz.control.AnswerSaves;
import ma.maharat.quiz.control.Attempts;
import ma.maharat.quiz.entity.QuizAttempt;
import org.jboss.arquillian.container.test.api.RunAsClient;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.arquillian.test.api.ArquillianResource;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * Authoring on MariaDB: a draft published while trainees are mid-course keeps their lessons done, quiz
 * attempts and answers; the export re-imports to the same course (same fingerprint, UNCHANGED); a
 * restart keeps a version published in the browser unless the disk files changed; a draft with
 * problems publishes nothing; two authors cannot overwrite each other; trainees may not author.
 * Each test writes a course of its own (unique id) into a temporary folder, as CurriculumIT does.
 */
@ExtendWith(ArquillianExtension.class)
class AuthoringIT {

    /**
     * The author of the test courses, which no trainer is assigned to: an administrator. Who may edit
     * what is pinned down by AuthoringPermissionTest, the HTTP test below and PermissionMatrixIT.
     */
    private static final SignedInUser AUTHOR = new SignedInUser(0, "it-author", "Responsable IT", null, Role.ADMIN);

    @Inject
    ContentImport contentImport;

    @Inject
    Drafts drafts;

    @Inject
    TestAccounts people;

    @Inject
    Enrollments enrollments;

    @Inject
    Learning learning;

    @Inject
    Attempts attempts;

    @Inject
    AnswerSaves answerSaves;

    @Resource(lookup = "java:app/jdbc/maharat")
    DataSource dataSource;

    @ArquillianResource
    URL base;

    /** One course of three lessons with a two-question bank, in a modules-content folder of its own. */
    private static final class Folder {
        final CourseFolder files;
        final Path modulesContent;
        final String course = "it-author-" + TestAccounts.unique();

        Folder() throws IOException {
            files = CourseFolder.create();
            modulesContent = files.path();
            files.writeCourse(course, List.of(), List.of("cut", "sew", "press"), "  passMark: 50\n",
                    List.of(CourseFolder.Question.STRAIGHT_GRAIN, CourseFolder.Question.ON_THE_BIAS));
        }

        void write(String path, String text) throws IOException {
            files.write(course, path, text);
        }
    }

    private CourseImportResult importFolder(Path modulesContent, String course) {
        ImportReport report = contentImport.importFolder(modulesContent, (done, total) -> { });
        return report.courses().stream().filter(c -> c.course().equals(course)).findFirst().orElseThrow();
    }

    private Account newTrainee() {
        return people.newTrainee("it-", "apprendre-1");
    }

    private long count(String sql) throws SQLException {
        try (Connection connection = dataSource.getConnection(); Statement statement = connection.createStatement();
                ResultSet rows = statement.executeQuery(sql)) {
            rows.next();
            return rows.getLong(1);
        }
    }

    private String string(String sql) throws SQLException {
        try (Connection connection = dataSource.getConnection(); Statement statement = connection.createStatement();
                ResultSet rows = statement.executeQuery(sql)) {
            rows.next();
            return rows.getString(1);
        }
    }

    private String currentHtml(String course, String lesson) throws SQLException {
        return string("SELECT v.html_fr FROM lesson l JOIN lesson_version v ON l.current_version_id = v.id JOIN course c ON l.course_id = c.id "
                + "WHERE c.code = '" + course + "' AND l.code = '" + lesson + "'");
    }

    private long draftVersion(String course) {
        return drafts.draftOf(course).orElseThrow().getVersion();
    }

    private String fileHash(String course, String path) {
        return CourseFiles.sha256(drafts.draftOf(course).orElseThrow().files().content(path).orElseThrow());
    }

    private void editLesson(String course, String path, String markdown) {
        drafts.saveFile(course, path, markdown.getBytes(StandardCharsets.UTF_8), fileHash(course, path), AUTHOR);
    }

    @Test
    void publishingWhileTraineesAreMidCourseKeepsTheirLessonsAttemptsAndAnswers() throws Exception {
        Folder folder = new Folder();
        assertEquals(CourseImportResult.Outcome.CREATED, importFolder(folder.modulesContent, folder.course).outcome());
        long courseId = enrollments.courses().stream().filter(c -> c.getCode().equals(folder.course)).findFirst().orElseThrow().getId();
        Account reader = newTrainee();
        Account finisher = newTrainee();
        enrollments.enroll(courseId, List.of(reader.getId(), finisher.getId()));
        // One trainee read two lessons and is in the middle of the final quiz, one answer saved.
        learning.markDone(reader.getId(), folder.course, "cut");
        learning.markDone(reader.getId(), folder.course, "sew");
        QuizAttempt open = attempts.startOrResume(reader.getId(), folder.course, "course", Language.FR);
        var firstSlot = open.getAnswers().get(0);
        answerSaves.save(reader.getId(), open.getId(), firstSlot.getSlot(), 0, AnswerKey.rightResponseJson(firstSlot.getQuestionGift()));
        // The other finished the course: every lesson and a passed quiz.
        for (String lesson : List.of("cut", "sew", "press")) {
            learning.markDone(finisher.getId(), folder.course, lesson);
        }
        QuizAttempt passed = attempts.startOrResume(finisher.getId(), folder.course, "course", Language.FR);
        passed.getAnswers().forEach(answer -> answerSaves.save(finisher.getId(), passed.getId(), answer.getSlot(), 0,
                AnswerKey.rightResponseJson(answer.getQuestionGift())));
        attempts.submit(finisher.getId(), passed.getId());
        assertTrue(learning.outline(finisher.getId(), folder.course).completedAt() != null);
        long completions = count("SELECT COUNT(*) FROM lesson_completion lc JOIN lesson l ON lc.lesson_id = l.id JOIN course c ON l.course_id = c.id WHERE c.code = '" + folder.course + "'");
        long attemptRows = count("SELECT COUNT(*) FROM quiz_attempt a JOIN quiz q ON a.quiz_id = q.id JOIN course c ON q.course_id = c.id WHERE c.code = '" + folder.course + "'");

        drafts.start(folder.course, AUTHOR);
        editLesson(folder.course, "lessons/sew.fr.md", "## Étape sew\n\nPiquez à **1 cm** du bord, point de 3 mm.\n");
        PublishOutcome outcome = drafts.publish(folder.course, draftVersion(folder.course), AUTHOR);

        assertTrue(outcome.isPublished(), outcome.problems().toString());
        assertEquals(CourseImportResult.Outcome.UPDATED, outcome.result().outcome());
        assertEquals(1, outcome.result().lessonsUpdated());
        assertEquals(2, outcome.number(), "the disk import was version 1");
        assertTrue(currentHtml(folder.course, "sew").contains("<strong>1 cm</strong>"), "trainees now read the new text");
        assertEquals(2, count("SELECT MAX(v.number) FROM lesson_version v JOIN lesson l ON v.lesson_id = l.id JOIN course c ON l.course_id = c.id "
                + "WHERE c.code = '" + folder.course + "' AND l.code = 'sew'"));
        assertFalse(drafts.draftOf(folder.course).isPresent(), "publishing ends the draft");

        Learning.CourseOutline readerOutline = learning.outline(reader.getId(), folder.course);
        assertEquals(2, readerOutline.progress().lessonsDone(), "lessons done are kept");
        assertEquals(1, readerOutline.updatedSinceRead().size(), "the edited lesson is flagged as updated since read");
        assertEquals(completions, count("SELECT COUNT(*) FROM lesson_completion lc JOIN lesson l ON lc.lesson_id = l.id JOIN course c ON l.course_id = c.id WHERE c.code = '" + folder.course + "'"));
        assertEquals(attemptRows, count("SELECT COUNT(*) FROM quiz_attempt a JOIN quiz q ON a.quiz_id = q.id JOIN course c ON q.course_id = c.id WHERE c.code = '" + folder.course + "'"));
        QuizAttempt resumed = attempts.startOrResume(reader.getId(), folder.course, "course", Language.FR);
        assertEquals(open.getId(), resumed.getId(), "the quiz in progress goes on");
        assertEquals(1, resumed.getAnswers().stream().filter(answer -> answer.getResponse() != null).count(), "its saved answer is kept");
        assertTrue(learning.outline(finisher.getId(), folder.course).completedAt() != null, "a completed course stays completed");
        assertEquals(1, count("SELECT COUNT(*) FROM audit_entry WHERE action = 'course.published' AND subject_id = '" + folder.course + "'"));
        assertEquals(1, count("SELECT COUNT(*) FROM audit_entry WHERE action = 'draft.started' AND subject_id = '" + folder.course + "'"));
        assertEquals(1, count("SELECT COUNT(*) FROM audit_entry WHERE action = 'lesson.edited' AND subject_id = '" + folder.course + "'"));
    }

    @Test
    void exportReimportsToTheSameCourseUnchanged() throws Exception {
        Folder folder = new Folder();
        importFolder(folder.modulesContent, folder.course);
        drafts.start(folder.course, AUTHOR);
        editLesson(folder.course, "lessons/press.ar.md", "## الخطوة press\n\nكوي الخياطة **مفتوحة**.\n");
        assertTrue(drafts.publish(folder.course, draftVersion(folder.course), AUTHOR).isPublished());
        String published = string("SELECT content_hash FROM course WHERE code = '" + folder.course + "'");

        byte[] zip = drafts.export(folder.course, AUTHOR);
        Path unpacked = Files.createTempDirectory("round-trip");
        CourseArchive.writeFolder(CourseArchive.unzip(folder.course, zip), unpacked.resolve(folder.course));
        assertTrue(Files.readString(unpacked.resolve(folder.course).resolve("lessons/press.ar.md")).contains("**مفتوحة**"));
        long versions = count("SELECT COUNT(*) FROM lesson_version");

        assertEquals(CourseImportResult.Outcome.UNCHANGED, importFolder(unpacked, folder.course).outcome());
        assertEquals(published, string("SELECT content_hash FROM course WHERE code = '" + folder.course + "'"), "same fingerprint");
        assertEquals(versions, count("SELECT COUNT(*) FROM lesson_version"), "no new version anywhere");
        assertEquals(1, count("SELECT COUNT(*) FROM audit_entry WHERE action = 'course.exported' AND subject_id = '" + folder.course + "'"));
    }

    /**
     * A course changed only with the outline's forms (module added with its first lesson, a lesson added,
     * moved into another module, a module renamed, a lesson archived), published, exported and imported
     * again: the same course, UNCHANGED, same fingerprint, lessons in the order the author set. A refused
     * change (a code already taken, a missing title) leaves the draft exactly as it was.
     */
    @Test
    void courseBuiltWithTheFormsPublishesInOrderAndExportsToAnIdenticalCourse() throws Exception {
        Folder folder = new Folder();
        String course = folder.course;
        importFolder(folder.modulesContent, course);
        drafts.start(course, AUTHOR);
        java.util.Map<String, String> starters = java.util.Map.of("ar", "اكتب هنا نص الدرس.\n", "fr", "Écrivez ici le texte de la leçon.\n");
        long version = draftVersion(course);
        version = drafts.changeOutline(course, version, o -> o.addModule("", titles("التشطيب", "Finitions"), "",
                titles("الكي", "Repasser les coutures"), 25), starters, "module added", AUTHOR);
        version = drafts.changeOutline(course, version, o -> o.addLesson("finitions", "", titles("التطريز", "Broder le logo"), 40),
                starters, "lesson added", AUTHOR);
        version = drafts.changeOutline(course, version, o -> o.moveLesson("repasser-les-coutures", -1), starters, "lesson moved", AUTHOR);
        version = drafts.changeOutline(course, version, o -> o.renameModule("main", titles("التفصيل والخياطة", "Coupe et couture")),
                starters, "module renamed", AUTHOR);
        version = drafts.changeOutline(course, version, o -> o.archiveLesson("sew"), starters, "lesson archived", AUTHOR);

        CourseFiles before = drafts.draftOf(course).orElseThrow().files();
        long seen = version;
        assertEquals("authoring.outline.codeTaken", assertThrows(AuthoringRuleViolation.class, () -> drafts.changeOutline(course, seen,
                o -> o.addLesson("main", "cut", titles("قص", "Couper"), 10), starters, "refused", AUTHOR)).messageKey());
        assertEquals("authoring.outline.titleMissing.fr", assertThrows(AuthoringRuleViolation.class, () -> drafts.changeOutline(course, seen,
                o -> o.addLesson("main", "", titles("قص", " "), 10), starters, "refused", AUTHOR)).messageKey());
        assertEquals(before, drafts.draftOf(course).orElseThrow().files(), "nothing half-written");
        assertEquals(seen, draftVersion(course));
        assertFalse(before.contains("lessons/sew.fr.md"), "an archived lesson's files leave the draft");
        assertTrue(before.text("lessons/broder-le-logo.ar.md").orElseThrow().contains("اكتب هنا"), "a new lesson starts with a text");
        assertEquals(List.of(), drafts.check(course, AUTHOR), "the forms wrote a course the importer accepts");

        assertTrue(drafts.publish(course, draftVersion(course), AUTHOR).isPublished());
        assertEquals(List.of("cut", "press", "repasser-les-coutures", "broder-le-logo"), strings("SELECT l.code FROM lesson l "
                + "JOIN course_module m ON l.module_id = m.id JOIN course c ON l.course_id = c.id WHERE c.code = '" + course
                + "' AND l.archived_at IS NULL ORDER BY m.position, l.position"), "the trainees' order is the author's");
        assertEquals("Coupe et couture", string("SELECT m.title_fr FROM course_module m JOIN course c ON m.course_id = c.id "
                + "WHERE c.code = '" + course + "' AND m.code = 'main'"));
        assertEquals(1, count("SELECT COUNT(*) FROM lesson l JOIN course c ON l.course_id = c.id WHERE c.code = '" + course
                + "' AND l.code = 'sew' AND l.archived_at IS NOT NULL"), "the archived lesson is kept, archived");
        String published = string("SELECT content_hash FROM course WHERE code = '" + course + "'");

        byte[] zip = drafts.export(course, AUTHOR);
        Path unpacked = Files.createTempDirectory("round-trip");
        CourseFiles exported = CourseArchive.unzip(course, zip);
        assertEquals(before, exported, "the export is the files the forms wrote");
        CourseArchive.writeFolder(exported, unpacked.resolve(course));
        long versions = count("SELECT COUNT(*) FROM lesson_version");
        assertEquals(CourseImportResult.Outcome.UNCHANGED, importFolder(unpacked, course).outcome());
        assertEquals(published, string("SELECT content_hash FROM course WHERE code = '" + course + "'"), "same fingerprint");
        assertEquals(versions, count("SELECT COUNT(*) FROM lesson_version"), "no new version anywhere");
    }

    private static ma.maharat.authoring.control.CourseOutline.Titles titles(String ar, String fr) {
        return new ma.maharat.authoring.control.CourseOutline.Titles(ar, fr, null);
    }

    private List<String> strings(String sql) throws SQLException {
        List<String> values = new java.util.ArrayList<>();
        try (Connection connection = dataSource.getConnection(); Statement statement = connection.createStatement();
                ResultSet rows = statement.executeQuery(sql)) {
            while (rows.next()) {
                values.add(rows.getString(1));
            }
        }
        return values;
    }

    @Test
    void restartKeepsTheBrowserVersionUntilTheDiskFilesChange() throws Exception {
        Folder folder = new Folder();
        importFolder(folder.modulesContent, folder.course);
        drafts.start(folder.course, AUTHOR);
        editLesson(folder.course, "lessons/cut.fr.md", "## Étape cut\n\nTexte publié dans le navigateur.\n");
        assertTrue(drafts.publish(folder.course, draftVersion(folder.course), AUTHOR).isPublished());

        // A restart imports the same, older disk files: the browser's version stays.
        assertEquals(CourseImportResult.Outcome.UNCHANGED, importFolder(folder.modulesContent, folder.course).outcome());
        assertTrue(currentHtml(folder.course, "cut").contains("Texte publié dans le navigateur"), currentHtml(folder.course, "cut"));
        assertEquals("BROWSER", string("SELECT s.origin FROM course_source s JOIN course c ON s.course_id = c.id WHERE c.code = '" + folder.course + "'"));

        // Someone edits the files on disk on purpose: the disk wins.
        folder.write("lessons/cut.fr.md", "## Étape cut\n\nTexte modifié sur le disque.\n");
        CourseImportResult fromDisk = importFolder(folder.modulesContent, folder.course);
        assertEquals(CourseImportResult.Outcome.UPDATED, fromDisk.outcome());
        assertTrue(currentHtml(folder.course, "cut").contains("Texte modifié sur le disque"));
        assertEquals("DISK", string("SELECT s.origin FROM course_source s JOIN course c ON s.course_id = c.id WHERE c.code = '" + folder.course + "'"));
        assertEquals(3, count("SELECT s.number FROM course_source s JOIN course c ON s.course_id = c.id WHERE c.code = '" + folder.course + "'"));
    }

    @Test
    void draftWithProblemsPublishesNothingAndSaysWhere() throws Exception {
        Folder folder = new Folder();
        importFolder(folder.modulesContent, folder.course);
        String before = currentHtml(folder.course, "sew");
        drafts.start(folder.course, AUTHOR);
        editLesson(folder.course, "lessons/sew.fr.md", "## Étape sew\n\nUn texte\n\n<script>alert(1)</script>\n");

        PublishOutcome outcome = drafts.publish(folder.course, draftVersion(folder.course), AUTHOR);

        assertFalse(outcome.isPublished());
        assertEquals(folder.course + "/lessons/sew.fr.md", outcome.problems().get(0).file());
        assertEquals(5, outcome.problems().get(0).line(), outcome.problems().toString());
        assertEquals(before, currentHtml(folder.course, "sew"), "nothing changed");
        assertTrue(drafts.draftOf(folder.course).isPresent(), "the draft stays, to be fixed");
        assertEquals(0, count("SELECT COUNT(*) FROM audit_entry WHERE action = 'course.published' AND subject_id = '" + folder.course + "'"));
    }

    @Test
    void savingFromAnEditorChecksTheDraftAndTellsThatFilesProblemsFromTheOthers() throws Exception {
        Folder folder = new Folder();
        importFolder(folder.modulesContent, folder.course);
        drafts.start(folder.course, AUTHOR);
        editLesson(folder.course, "lessons/cut.fr.md", "## Étape cut\n\n<script>alert(1)</script>\n");
        String seen = fileHash(folder.course, "lessons/sew.fr.md");
        byte[] broken = "## Étape sew\n\nUn texte\n\n<script>alert(1)</script>\n".getBytes(StandardCharsets.UTF_8);

        Drafts.SavedFile saved = drafts.saveAndCheck(folder.course, "lessons/sew.fr.md", broken, seen, AUTHOR);

        assertEquals(CourseFiles.sha256(broken), saved.contentHash());
        assertEquals(saved.contentHash(), fileHash(folder.course, "lessons/sew.fr.md"), "the file is saved");
        assertFalse(saved.problems().isEmpty());
        assertEquals(5, saved.problems().get(0).line(), saved.problems().toString());
        assertTrue(saved.problems().stream().allMatch(problem -> problem.file().equals(folder.course + "/lessons/sew.fr.md")));
        int all = drafts.check(folder.course, AUTHOR).size();
        assertTrue(saved.otherProblems() > 0, "cut.fr.md has a script too");
        assertEquals(all, saved.problems().size() + saved.otherProblems());
        // Saved again with the hash it opened the file with (someone saved since): refused, nothing written.
        assertEquals("authoring.fileChangedMeanwhile", assertThrows(AuthoringRuleViolation.class, () -> drafts.saveAndCheck(folder.course,
                "lessons/sew.fr.md", "## Étape sew\n\nAutre.\n".getBytes(StandardCharsets.UTF_8), seen, AUTHOR)).messageKey());
        assertEquals(saved.contentHash(), fileHash(folder.course, "lessons/sew.fr.md"));
    }

    /**
     * A course without calculated questions: the editor opens {@code quiz/bank.calculated.yaml} with the example,
     * filed under the course's module; saved as it is, the draft's check finds nothing wrong in it; a formula
     * that divides by zero somewhere in the ranges is reported at its line, with the values.
     */
    @Test
    void theCalculatedQuestionsExampleSavesCleanAndADivisionByZeroIsReportedAtItsLine() throws Exception {
        Folder folder = new Folder();
        importFolder(folder.modulesContent, folder.course);
        drafts.start(folder.course, AUTHOR);
        String path = "quiz/bank.calculated.yaml";
        assertTrue(drafts.draftOf(folder.course).orElseThrow().files().text(path).isEmpty(), "no calculated questions yet");
        String example = FileEditor.template(folder.course,
                FileEditor.categories(folder.course, path, drafts.draftOf(folder.course).orElseThrow().files()));
        assertTrue(example.contains("category: " + folder.course + "/main "), example);

        Drafts.SavedFile saved = drafts.saveAndCheck(folder.course, path, example.getBytes(StandardCharsets.UTF_8), null, AUTHOR);
        assertEquals(List.of(), saved.problems());
        assertEquals(0, saved.otherProblems());

        String divides = example.replace("formula: ROUND(net * (1 + VAT), 2)", "formula: net / (pieces - 100)");
        Drafts.SavedFile broken = drafts.saveAndCheck(folder.course, path, divides.getBytes(StandardCharsets.UTF_8), saved.contentHash(), AUTHOR);
        assertEquals(1, broken.problems().size(), broken.problems().toString());
        assertTrue(broken.problems().get(0).message().contains("pieces=100"), broken.problems().toString());
        assertEquals(folder.course + "/" + path, broken.problems().get(0).file());
        assertTrue(broken.problems().get(0).line() > 0);
    }

    @Test
    void twoAuthorsCannotOverwriteEachOther() throws Exception {
        Folder folder = new Folder();
        importFolder(folder.modulesContent, folder.course);
        drafts.start(folder.course, AUTHOR);
        String seenByBoth = fileHash(folder.course, "lessons/cut.fr.md");
        long versionSeen = draftVersion(folder.course);
        SignedInUser other = new SignedInUser(0, "it-other", "Autre formatrice", null, Role.ADMIN);
        drafts.saveFile(folder.course, "lessons/cut.fr.md", "## Étape cut\n\nPremière version.\n".getBytes(StandardCharsets.UTF_8), seenByBoth, other);

        AuthoringRuleViolation refused = assertThrows(AuthoringRuleViolation.class, () -> drafts.saveFile(folder.course, "lessons/cut.fr.md",
                "## Étape cut\n\nSeconde version.\n".getBytes(StandardCharsets.UTF_8), seenByBoth, AUTHOR));
        assertEquals("authoring.fileChangedMeanwhile", refused.messageKey());
        assertEquals("it-other", refused.arguments()[0]);
        assertTrue(drafts.draftOf(folder.course).orElseThrow().files().text("lessons/cut.fr.md").orElseThrow().contains("Première version"));
        // Another lesson can still be written meanwhile, but a publish of what one has not seen is refused.
        editLesson(folder.course, "lessons/sew.fr.md", "## Étape sew\n\nAutre leçon.\n");
        assertEquals("authoring.changedMeanwhile", assertThrows(AuthoringRuleViolation.class,
                () -> drafts.publish(folder.course, versionSeen, AUTHOR)).messageKey());
        assertNotEquals(versionSeen, draftVersion(folder.course));
    }

    @Test
    void traineesMayNotAuthorAndDiscardingKeepsThePublishedVersion() throws Exception {
        Folder folder = new Folder();
        importFolder(folder.modulesContent, folder.course);
        SignedInUser trainee = new SignedInUser(0, "it-trainee", "Stagiaire", null, Role.TRAINEE);
        assertEquals("authoring.notAllowed", assertThrows(AuthoringRuleViolation.class, () -> drafts.start(folder.course, trainee)).messageKey());
        assertEquals("authoring.notAllowed", assertThrows(AuthoringRuleViolation.class, () -> drafts.export(folder.course, trainee)).messageKey());

        String before = currentHtml(folder.course, "cut");
        drafts.start(folder.course, AUTHOR);
        editLesson(folder.course, "lessons/cut.fr.md", "## Étape cut\n\nJamais publié.\n");
        drafts.discard(folder.course, AUTHOR);
        assertFalse(drafts.draftOf(folder.course).isPresent());
        assertEquals(before, currentHtml(folder.course, "cut"));
        assertEquals(1, count("SELECT COUNT(*) FROM audit_entry WHERE action = 'draft.discarded' AND subject_id = '" + folder.course + "'"));
    }

    @Test
    @RunAsClient
    void authoringPagesAreForTrainersAndAdministrators() throws Exception {
        URI uri = base.toURI();
        HttpResponse<String> anonymous = new WebClient(uri).get("author/");
        assertEquals(302, anonymous.statusCode());
        assertTrue(anonymous.headers().firstValue("Location").orElse("").contains("login"), anonymous.headers().toString());

        WebClient trainee = new WebClient(uri);
        trainee.signIn("fatima.zahra", "maharat-demo");
        for (String page : List.of("author/", "author/course.xhtml?code=quality", "author/lesson.xhtml?course=quality&lesson=root-causes",
                "author/file.xhtml?course=quality&path=course.yaml", "author/draft-media/quality/media/tshirt-measure-points.svg")) {
            assertEquals(403, trainee.get(page).statusCode(), page);
        }

        WebClient trainer = new WebClient(uri);
        trainer.signIn("latifa.mansouri", "maharat-demo");
        HttpResponse<String> list = trainer.get("author/");
        assertEquals(200, list.statusCode());
        assertTrue(list.body().contains("id=\"edit-quality\""), "the trainer sees the courses she may edit");
        assertFalse(list.body().contains("id=\"edit-sourcing\""), "and not those she is not assigned to");
        assertEquals(200, trainer.get("author/course.xhtml?code=quality").statusCode());

        WebClient notAssigned = new WebClient(uri);
        notAssigned.signIn("omar.alaoui", "maharat-demo");
        String refused = notAssigned.get("author/course.xhtml?code=quality").body();
        assertFalse(refused.contains("id=\"start:start-draft\""), "a trainer not assigned to Quality cannot start a draft of it");
    }
}
