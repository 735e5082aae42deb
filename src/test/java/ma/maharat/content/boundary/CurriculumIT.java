package ma.maharat.content.boundary;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.annotation.Resource;
import jakarta.inject.Inject;
import java.io.IOException;
import java.net.URI;
import java.net.URL;
import java.net.http.HttpResponse;
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
import ma.maharat.content.control.ContentImport;
import ma.maharat.content.entity.CourseImportResult;
import ma.maharat.content.entity.ImportReport;
import ma.maharat.identity.entity.Account;
import ma.maharat.learning.control.Enrollments;
import ma.maharat.learning.control.Learning;
import ma.maharat.learning.control.LearningRuleViolation;
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
 * Importing course folders into the curriculum on MariaDB, and learning from them: versions, archives,
 * rejected courses that keep what was stored, progress kept across new versions, prerequisites.
 * Each test writes course folders of its own (unique ids) into a temporary folder.
 */
@ExtendWith(ArquillianExtension.class)
class CurriculumIT {

    @Inject
    ContentImport contentImport;

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

    /** Two small courses, "next" requiring "base", written as an author would. */
    private static final class Curriculum {
        final CourseFolder files;
        final Path folder;
        final String base;
        final String next;

        Curriculum() throws IOException {
            files = CourseFolder.create();
            folder = files.path();
            String suffix = TestAccounts.unique();
            base = "it-base-" + suffix;
            next = "it-next-" + suffix;
            List<CourseFolder.Question> bank = List.of(CourseFolder.Question.STRAIGHT_GRAIN);
            files.writeCourse(base, List.of(), List.of("cut", "sew", "press"), "", bank);
            files.writeCourse(next, List.of(base), List.of("pack"), "", bank);
        }

        void lesson(String course, String lesson, String language, String markdown) throws IOException {
            files.write(course, "lessons/" + lesson + "." + language + ".md", markdown);
        }

        Path manifest(String course) {
            return files.manifest(course);
        }
    }

    private ImportReport importFolder(Curriculum curriculum) {
        return contentImport.importFolder(curriculum.folder, (done, total) -> { });
    }

    private static CourseImportResult result(ImportReport report, String course) {
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

    @Test
    void importCreatesCoursesWithSanitizedLessonsAndReimportChangesNothing() throws Exception {
        Curriculum curriculum = new Curriculum();
        ImportReport first = importFolder(curriculum);
        assertEquals(CourseImportResult.Outcome.CREATED, result(first, curriculum.base).outcome());
        assertEquals(3, result(first, curriculum.base).lessonsAdded());
        assertEquals(CourseImportResult.Outcome.CREATED, result(first, curriculum.next).outcome());

        String html;
        try (Connection connection = dataSource.getConnection(); Statement statement = connection.createStatement();
                ResultSet rows = statement.executeQuery("SELECT v.html_fr FROM lesson_version v JOIN lesson l ON v.lesson_id = l.id "
                        + "JOIN course c ON l.course_id = c.id WHERE c.code = '" + curriculum.base + "' AND l.code = 'cut'")) {
            rows.next();
            html = rows.getString(1);
        }
        assertTrue(html.contains("<h2>Étape cut</h2>"), html);
        assertTrue(html.contains("<strong>droit fil</strong>"), html);

        long versions = count("SELECT COUNT(*) FROM lesson_version");
        ImportReport again = importFolder(curriculum);
        assertEquals(CourseImportResult.Outcome.UNCHANGED, result(again, curriculum.base).outcome());
        assertEquals(CourseImportResult.Outcome.UNCHANGED, result(again, curriculum.next).outcome());
        assertEquals(versions, count("SELECT COUNT(*) FROM lesson_version"));
    }

    @Test
    void editedLessonBecomesANewVersionAndTraineesKeepTheirProgress() throws Exception {
        Curriculum curriculum = new Curriculum();
        importFolder(curriculum);
        Account trainee = newTrainee();
        long courseId = enrollments.courses().stream().filter(c -> c.getCode().equals(curriculum.base)).findFirst().orElseThrow().getId();
        enrollments.enroll(courseId, List.of(trainee.getId()));
        learning.markDone(trainee.getId(), curriculum.base, "cut");
        learning.markDone(trainee.getId(), curriculum.base, "sew");

        curriculum.lesson(curriculum.base, "sew", "fr", "## Étape sew\n\nPiquez à 1 cm du bord, point de 3 mm.\n");
        ImportReport report = importFolder(curriculum);

        CourseImportResult base = result(report, curriculum.base);
        assertEquals(CourseImportResult.Outcome.UPDATED, base.outcome());
        assertEquals(1, base.lessonsUpdated());
        assertEquals(0, base.lessonsAdded());
        Learning.CourseOutline outline = learning.outline(trainee.getId(), curriculum.base);
        assertEquals(2, outline.progress().lessonsDone(), "progress on every lesson is kept");
        assertEquals(1, outline.updatedSinceRead().size(), "the edited lesson is flagged as updated since read");
        assertEquals(2, count("SELECT MAX(v.number) FROM lesson_version v JOIN lesson l ON v.lesson_id = l.id JOIN course c ON l.course_id = c.id "
                + "WHERE c.code = '" + curriculum.base + "' AND l.code = 'sew'"));
    }

    @Test
    void lessonRemovedFromTheFilesIsArchivedWithItsHistory() throws Exception {
        Curriculum curriculum = new Curriculum();
        importFolder(curriculum);
        Account trainee = newTrainee();
        long courseId = enrollments.courses().stream().filter(c -> c.getCode().equals(curriculum.base)).findFirst().orElseThrow().getId();
        enrollments.enroll(courseId, List.of(trainee.getId()));
        learning.markDone(trainee.getId(), curriculum.base, "press");

        String manifest = Files.readString(curriculum.manifest(curriculum.base));
        Files.writeString(curriculum.manifest(curriculum.base), manifest.substring(0, manifest.indexOf("      - id: press")) + "quiz:\n  bank: quiz/bank\n");
        Files.delete(curriculum.folder.resolve(curriculum.base).resolve("lessons/press.fr.md"));
        Files.delete(curriculum.folder.resolve(curriculum.base).resolve("lessons/press.ar.md"));

        CourseImportResult base = result(importFolder(curriculum), curriculum.base);
        assertEquals(1, base.lessonsArchived(), base.toString());
        assertEquals(1, count("SELECT COUNT(*) FROM lesson l JOIN course c ON l.course_id = c.id WHERE c.code = '" + curriculum.base
                + "' AND l.code = 'press' AND l.archived_at IS NOT NULL"));
        assertEquals(1, count("SELECT COUNT(*) FROM lesson_completion lc JOIN lesson l ON lc.lesson_id = l.id WHERE l.code = 'press' AND lc.account_id = "
                + trainee.getId()), "the trainee's history stays");
        Learning.CourseOutline outline = learning.outline(trainee.getId(), curriculum.base);
        assertEquals(2, outline.progress().lessonCount());
        assertEquals(0, outline.progress().lessonsDone());
    }

    @Test
    void courseWithAnErrorChangesNothingAndSaysWhere() throws Exception {
        Curriculum curriculum = new Curriculum();
        importFolder(curriculum);
        curriculum.lesson(curriculum.base, "cut", "fr", "## Étape cut\n\nUn texte modifié qui ne doit pas arriver.\n");
        String manifest = Files.readString(curriculum.manifest(curriculum.base));
        Files.writeString(curriculum.manifest(curriculum.base), manifest.replace("estimatedHours: 3", "estimatedHours: trois"));

        ImportReport report = importFolder(curriculum);

        CourseImportResult base = result(report, curriculum.base);
        assertEquals(CourseImportResult.Outcome.REJECTED, base.outcome());
        assertEquals(curriculum.base + "/course.yaml", base.problems().get(0).file());
        assertEquals(8, base.problems().get(0).line(), base.problems().toString());
        assertEquals(CourseImportResult.Outcome.REJECTED, result(report, curriculum.next).outcome(), "a course requiring it waits too");
        assertEquals(1, count("SELECT MAX(v.number) FROM lesson_version v JOIN lesson l ON v.lesson_id = l.id JOIN course c ON l.course_id = c.id "
                + "WHERE c.code = '" + curriculum.base + "' AND l.code = 'cut'"), "the stored lesson is untouched");
        assertEquals(3, count("SELECT estimated_hours FROM course WHERE code = '" + curriculum.base + "'"));
    }

    @Test
    void prerequisiteLocksACourseUntilItIsCompleted() throws Exception {
        Curriculum curriculum = new Curriculum();
        importFolder(curriculum);
        Account trainee = newTrainee();
        for (var course : enrollments.courses()) {
            if (course.getCode().equals(curriculum.base) || course.getCode().equals(curriculum.next)) {
                enrollments.enroll(course.getId(), List.of(trainee.getId()));
            }
        }
        Learning.CourseOutline locked = learning.outline(trainee.getId(), curriculum.next);
        assertTrue(locked.isLocked());
        assertEquals(curriculum.base, locked.missingPrerequisites().get(0).getCode());
        assertEquals("learning.locked", assertThrows(LearningRuleViolation.class,
                () -> learning.open(trainee.getId(), curriculum.next, "pack")).messageKey());

        for (String lesson : List.of("cut", "sew", "press")) {
            learning.open(trainee.getId(), curriculum.base, lesson);
            learning.markDone(trainee.getId(), curriculum.base, lesson);
        }
        assertNull(learning.outline(trainee.getId(), curriculum.base).completedAt(), "the course's final quiz is still to pass");
        assertTrue(learning.outline(trainee.getId(), curriculum.next).isLocked());
        QuizAttempt quiz = attempts.startOrResume(trainee.getId(), curriculum.base, "course", Language.FR);
        quiz.getAnswers().forEach(answer -> answerSaves.save(trainee.getId(), quiz.getId(), answer.getSlot(), 0,
                AnswerKey.rightResponseJson(answer.getQuestionGift())));
        attempts.submit(trainee.getId(), quiz.getId());
        assertNotNull(learning.outline(trainee.getId(), curriculum.base).completedAt(), "completion is recorded with its time");
        assertFalse(learning.outline(trainee.getId(), curriculum.next).isLocked());
        assertEquals("pack", learning.open(trainee.getId(), curriculum.next, "pack").lesson().getCode());
    }

    @Test
    void notEnrolledTraineeCannotOpenACourse() throws Exception {
        Curriculum curriculum = new Curriculum();
        importFolder(curriculum);
        Account trainee = newTrainee();
        assertEquals("learning.notEnrolled", assertThrows(LearningRuleViolation.class,
                () -> learning.outline(trainee.getId(), curriculum.base)).messageKey());
    }

    @Test
    void enrollingAListRefusesUnknownUsernamesWithTheirLineAndEnrollsNobody() throws Exception {
        Curriculum curriculum = new Curriculum();
        importFolder(curriculum);
        Account trainee = newTrainee();
        long courseId = enrollments.courses().stream().filter(c -> c.getCode().equals(curriculum.base)).findFirst().orElseThrow().getId();

        Enrollments.Outcome refused = enrollments.enrollList(courseId, trainee.getUsername() + "\n\nnobody.here # typo\n");
        assertEquals(List.of("3: nobody.here"), refused.refused());
        assertTrue(enrollments.ofCourse(courseId).isEmpty());

        Enrollments.Outcome done = enrollments.enrollList(courseId, trainee.getUsername().toUpperCase() + "\n# a comment\n");
        assertEquals(List.of(trainee.getUsername()), done.enrolled());
        assertEquals(List.of(trainee.getUsername()), enrollments.enrollList(courseId, trainee.getUsername()).alreadyEnrolled());
    }

    @Test
    @RunAsClient
    void catalogueAndProgressAreServedAsJson() throws Exception {
        WebClient client = new WebClient(base.toURI());
        HttpResponse<String> catalogue = client.get("api/courses", WebClient.basic("admin", "admin-it-Passw0rd"));
        assertEquals(200, catalogue.statusCode(), catalogue.body());
        assertTrue(catalogue.body().contains("\"code\":\"sourcing\""), catalogue.body());
        assertTrue(catalogue.body().contains("\"prerequisites\":[\"quality\"]"), catalogue.body());

        HttpResponse<String> progress = client.get("api/me/progress", WebClient.basic("fatima.zahra", "maharat-demo"));
        assertEquals(200, progress.statusCode(), progress.body());
        assertTrue(progress.body().contains("\"course\":\"sourcing\""), progress.body());
        assertTrue(progress.body().contains("\"lessonsDone\":2"), progress.body());
        assertEquals(403, client.get("api/me/progress", WebClient.basic("admin", "admin-it-Passw0rd")).statusCode());
    }

    @Test
    @RunAsClient
    void giftIsParsedForTrainersWithoutStoringAnything() throws Exception {
        WebClient trainer = new WebClient(base.toURI());
        String gift = "$CATEGORY: quality/inspection\n\n::q1:: Un défaut critique se tolère-t-il ? {F}\n\n"
                + "::q2:: Taille d'échantillon pour 1400 pièces (niveau II) ? {#125}\n";
        HttpResponse<String> parsed = trainer.post("api/gift/parse", "text/plain; charset=UTF-8", gift,
                WebClient.basic("samira.bennani", "maharat-demo"));
        assertEquals(200, parsed.statusCode(), parsed.body());
        assertTrue(parsed.body().contains("\"type\":\"true_false\""), parsed.body());
        assertTrue(parsed.body().contains("\"type\":\"numerical\""), parsed.body());
        assertTrue(parsed.body().contains("\"name\":\"q1\""), parsed.body());

        HttpResponse<String> broken = trainer.post("api/gift/parse", "text/plain; charset=UTF-8", "::q1:: Question sans fin {=oui ~non\n",
                WebClient.basic("samira.bennani", "maharat-demo"));
        assertEquals(422, broken.statusCode(), broken.body());
        assertTrue(broken.body().contains("\"line\":1"), broken.body());
        assertTrue(broken.body().contains("\"column\""), broken.body());

        assertEquals(403, trainer.post("api/gift/parse", "text/plain", gift, WebClient.basic("hind.amrani", "maharat-demo")).statusCode(),
                "trainees do not author questions");
    }

    @Test
    @RunAsClient
    void lessonImagesAreForSignedInPeopleAndSandboxed() throws Exception {
        URI uri = base.toURI();
        assertEquals(302, new WebClient(uri).get("course-media/production/media/line-layout-u.svg").statusCode());
        WebClient trainee = new WebClient(uri);
        trainee.signIn("naima.belkadi", "maharat-demo");
        HttpResponse<String> image = trainee.get("course-media/production/media/line-layout-u.svg");
        assertEquals(200, image.statusCode());
        assertTrue(image.headers().firstValue("Content-Type").orElse("").startsWith("image/svg+xml"));
        assertTrue(image.headers().firstValue("Content-Security-Policy").orElse("").contains("sandbox"));
        assertEquals(404, trainee.get("course-media/production/media/../course.yaml").statusCode());
    }

    // --- The lesson page (learning.boundary.LessonServlet): served from memory, never stale after a change made here ---

    private static final java.util.regex.Pattern TOKEN = java.util.regex.Pattern.compile("name=\"token\" value=\"([^\"]+)\"");

    private static String token(String page) {
        java.util.regex.Matcher matcher = TOKEN.matcher(page);
        assertTrue(matcher.find(), "the lesson form carries the session's token:\n" + page);
        return matcher.group(1);
    }

    private static HttpResponse<String> markDone(WebClient client, String course, String lesson, String token) {
        java.util.Map<String, String> form = new java.util.LinkedHashMap<>();
        form.put("course", course);
        form.put("lesson", lesson);
        if (token != null) {
            form.put("token", token);
        }
        form.put("lesson-actions:mark-done", "x");
        return client.postForm("learn/lesson.xhtml", form);
    }

    private long lastLessonOf(Account trainee, String course) throws SQLException {
        return count("SELECT COALESCE(e.last_lesson_id, 0) FROM enrollment e JOIN course c ON e.course_id = c.id WHERE c.code = '" + course
                + "' AND e.account_id = " + trainee.getId());
    }

    private long lessonId(String course, String lesson) throws SQLException {
        return count("SELECT l.id FROM lesson l JOIN course c ON l.course_id = c.id WHERE c.code = '" + course + "' AND l.code = '" + lesson + "'");
    }

    @Test
    void lessonPageShowsEveryChangeMadeHereOnTheNextPage() throws Exception {
        Curriculum curriculum = new Curriculum();
        importFolder(curriculum);
        Account trainee = newTrainee();
        WebClient client = new WebClient(URI.create(base.toString()));
        assertEquals(302, client.signIn(trainee.getUsername(), "apprendre-1").statusCode());
        String cut = "learn/lesson.xhtml?course=" + curriculum.base + "&lesson=cut";

        HttpResponse<String> refused = client.get(cut);
        assertEquals(200, refused.statusCode());
        assertTrue(refused.body().contains("Vous n’êtes pas inscrite à cette formation."), refused.body());
        assertFalse(refused.body().contains("lesson-text"));

        for (var course : enrollments.courses()) {
            if (course.getCode().equals(curriculum.base) || course.getCode().equals(curriculum.next)) {
                enrollments.enroll(course.getId(), List.of(trainee.getId()));
            }
        }
        HttpResponse<String> page = client.get(cut);
        assertTrue(page.body().contains("id=\"lesson-text\" lang=\"fr\" dir=\"ltr\""), "enrolled: the lesson opens at once\n" + page.body());
        assertTrue(page.body().contains("<title>Leçon cut · Maharat</title>"), page.body());
        assertTrue(page.body().contains("id=\"lesson-actions:mark-done\""));
        assertFalse(page.body().contains("id=\"done-note\""));
        assertEquals(lessonId(curriculum.base, "cut"), lastLessonOf(trainee, curriculum.base), "where she stopped is recorded");
        assertTrue(client.get("learn/lesson.xhtml?course=" + curriculum.base + "&lesson=nothing").body()
                .contains("Cette leçon n’existe pas dans cette formation."));
        assertTrue(client.get("learn/lesson.xhtml?course=" + curriculum.next + "&lesson=pack").body()
                .contains("Cette formation est verrouillée"), "the prerequisite locks the next course");

        String token = token(page.body());
        assertEquals(403, markDone(client, curriculum.base, "cut", null).statusCode(), "no token, no change");
        assertEquals(403, markDone(client, curriculum.base, "cut", token + "x").statusCode());
        WebClient other = new WebClient(URI.create(base.toString()));
        other.signIn(trainee.getUsername(), "apprendre-1");
        assertEquals(403, markDone(other, curriculum.base, "cut", token).statusCode(), "another session's token is refused");
        assertFalse(client.get(cut).body().contains("id=\"done-note\""), "nothing was marked");

        HttpResponse<String> done = markDone(client, curriculum.base, "cut", token);
        assertEquals(302, done.statusCode());
        assertTrue(done.headers().firstValue("Location").orElseThrow()
                .endsWith("/learn/lesson.xhtml?course=" + curriculum.base + "&lesson=cut&read=1#lesson-done"), done.headers().toString());
        String confirmed = client.get(cut + "&read=1").body();
        assertTrue(confirmed.contains("id=\"lesson-done\" role=\"status\""), "the same lesson confirms it, for screen readers too\n" + confirmed);
        assertTrue(confirmed.contains("Leçon terminée."), confirmed);
        assertTrue(confirmed.matches("(?s).*<a id=\"lesson-actions:next\" href=\"[^\"]*&amp;lesson=sew\" class=\"big-button\">.*"),
                "the next lesson is offered as the big button\n" + confirmed);
        assertFalse(confirmed.contains("id=\"lesson-actions:mark-done\""), "nothing left to mark");
        assertTrue(client.get(cut).body().contains("id=\"done-note\""), "done shows on the very next page");
        assertFalse(client.get(cut).body().contains("id=\"lesson-done\""), "the confirmation is said once, after the post");

        curriculum.lesson(curriculum.base, "sew", "fr", "## Étape sew\n\nUn point d’arrêt tous les 10 cm.\n");
        importFolder(curriculum);
        HttpResponse<String> sew = client.get("learn/lesson.xhtml?course=" + curriculum.base + "&lesson=sew");
        assertTrue(sew.body().contains("Un point d’arrêt tous les 10 cm."), "an import shows on the next page\n" + sew.body());
        assertEquals(lessonId(curriculum.base, "sew"), lastLessonOf(trainee, curriculum.base));
        assertTrue(client.get("learn/").body().contains("lesson=sew"), "My courses continues where she stopped");

        assertEquals(302, markDone(client, curriculum.base, "sew", token).statusCode());
        HttpResponse<String> last = markDone(client, curriculum.base, "press", token);
        assertTrue(last.headers().firstValue("Location").orElseThrow().endsWith("&lesson=press&read=1#lesson-done"), last.headers().toString());
        String lastConfirmed = client.get("learn/lesson.xhtml?course=" + curriculum.base + "&lesson=press&read=1").body();
        assertTrue(lastConfirmed.contains("C’était la dernière leçon de cette formation."), lastConfirmed);
        assertTrue(lastConfirmed.matches("(?s).*<a id=\"lesson-actions:course\" class=\"big-button\" href=\"[^\"]*/learn/course.xhtml\\?code="
                + java.util.regex.Pattern.quote(curriculum.base) + "\">.*"), "after the last lesson, the way back to the course\n" + lastConfirmed);
        QuizAttempt quiz = attempts.startOrResume(trainee.getId(), curriculum.base, "course", Language.FR);
        quiz.getAnswers().forEach(answer -> answerSaves.save(trainee.getId(), quiz.getId(), answer.getSlot(), 0,
                AnswerKey.rightResponseJson(answer.getQuestionGift())));
        attempts.submit(trainee.getId(), quiz.getId());
        HttpResponse<String> pack = client.get("learn/lesson.xhtml?course=" + curriculum.next + "&lesson=pack");
        assertTrue(pack.body().contains("id=\"lesson-text\""), "passing the final quiz unlocks the next course at once\n" + pack.body());
    }

    /** The lesson page is written without Faces; its chrome must stay the Faces layout's (WEB-INF/templates, includes). */
    @Test
    void lessonPageWearsTheSameChromeAsTheFacesPages() throws Exception {
        WebClient client = new WebClient(URI.create(base.toString()));
        assertEquals(302, client.signIn("fatima.zahra", "maharat-demo").statusCode());
        for (String language : List.of("ar", "fr", "en")) {
            client.get("learn/?lang=" + language);
            String faces = client.get("learn/").body();
            java.util.regex.Matcher link = java.util.regex.Pattern.compile("href=\"/?[^\"]*(learn/lesson\\.xhtml\\?[^\"]+)\"").matcher(faces);
            assertTrue(link.find(), faces);
            String lesson = client.get(link.group(1).replace("&amp;", "&")).body();
            assertEquals(chrome(faces), chrome(lesson), "the chrome in " + language);
            assertEquals(between(faces, "<html", ">"), between(lesson, "<html", ">"));
            assertEquals(stylesheets(faces), stylesheets(lesson));
        }
    }

    /** Skip link, top bar, footer and title suffix, white space and the language links' own query left out. */
    private static String chrome(String page) {
        String chrome = between(page, "<body", "<main") + between(page, "</main>", "</footer>");
        // PrimeFaces gives every script of a Faces page the response's nonce; the lesson page needs none.
        return chrome.replaceAll(" nonce=\"[^\"]*\"", "").replaceAll("href=\"\\?[^\"]*lang=", "href=\"?lang=").replaceAll("\\s+", " ").replace("> <", "><").strip();
    }

    private static List<String> stylesheets(String page) {
        return java.util.regex.Pattern.compile("<link rel=\"stylesheet\" href=\"([^\"]+)\"").matcher(page).results()
                .map(m -> m.group(1)).toList();
    }

    private static String between(String page, String from, String to) {
        int start = page.indexOf(from);
        int end = page.indexOf(to, start);
        assertTrue(start >= 0 && end > start, "no " + from + " … " + to + " in\n" + page);
        return page.substring(start, end + to.length());
    }
}
