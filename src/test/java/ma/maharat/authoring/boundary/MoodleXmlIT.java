package ma.maharat.authoring.boundary;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.annotation.Resource;
import jakarta.inject.Inject;
import java.net.URL;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
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
import ma.maharat.authoring.control.BankDownloads;
import ma.maharat.authoring.control.Drafts;
import ma.maharat.authoring.control.MoodleBankMerge;
import ma.maharat.authoring.control.MoodleImports;
import ma.maharat.authoring.control.PublishOutcome;
import ma.maharat.content.control.ContentImport;
import ma.maharat.identity.control.SignedInUser;
import ma.maharat.identity.entity.Role;
import ma.maharat.platform.i18n.Language;
import ma.maharat.quiz.gift.GiftParseResult;
import ma.maharat.quiz.gift.GiftParser;
import ma.maharat.quiz.moodle.BankEntry;
import ma.maharat.quiz.moodle.MoodleReading;
import ma.maharat.quiz.moodle.MoodleXmlReader;
import org.jboss.arquillian.container.test.api.RunAsClient;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.arquillian.test.api.ArquillianResource;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * Moodle XML on MariaDB: the question bank endpoints answer the course's trainers and administrators (the
 * authoring rule), with the calculated questions whole in Moodle XML and named as left out at the top of GIFT;
 * a Moodle XML file imported into a draft adds its questions all or nothing and publishes like the rest; Quality's whole bank,
 * exported in Arabic, imports into another course and publishes with every check.
 */
@ExtendWith(ArquillianExtension.class)
class MoodleXmlIT {

    private static final SignedInUser AUTHOR = new SignedInUser(0, "it-moodle", "Responsable IT", null, Role.ADMIN);
    private static final String LATIFA = WebClient.basic("latifa.mansouri", "maharat-demo");
    private static final String OMAR = WebClient.basic("omar.alaoui", "maharat-demo");
    private static final String FATIMA = WebClient.basic("fatima.zahra", "maharat-demo");
    private static final String ADMIN = WebClient.basic("admin", "admin-it-Passw0rd");

    @Inject
    ContentImport contentImport;

    @Inject
    Drafts drafts;

    @Inject
    MoodleImports imports;

    @Inject
    BankDownloads downloads;

    @Resource(lookup = "java:app/jdbc/maharat")
    DataSource dataSource;

    @ArquillianResource
    URL base;

    private HttpResponse<byte[]> get(String path, String authorization) throws Exception {
        WebClient client = new WebClient(base.toURI());
        return client.exchange(HttpRequest.newBuilder(client.resolve(path)).header("Authorization", authorization).GET());
    }

    @Test
    @RunAsClient
    void theQualityTrainerDownloadsTheBankWithItsCalculatedQuestionsWhole() throws Exception {
        HttpResponse<byte[]> xml = get("api/courses/quality/questions.xml", LATIFA);
        assertEquals(200, xml.statusCode());
        assertEquals("attachment; filename=\"quality-questions.fr.xml\"", xml.headers().firstValue("Content-Disposition").orElse(""));
        String body = new String(xml.body(), StandardCharsets.UTF_8);
        assertTrue(body.contains("<question type=\"calculated\">") && body.contains("<dataset_definitions>"), body);
        MoodleReading reading = new MoodleXmlReader().read(xml.body(), Language.FR);
        assertEquals(List.of(), reading.problems());
        assertTrue(reading.entries().stream().anyMatch(entry -> entry instanceof BankEntry.Calculated && entry.name().equals("quality-c01")));
        assertTrue(reading.entries().stream().anyMatch(entry -> entry instanceof BankEntry.Ordinary));

        String arabic = new String(get("api/courses/quality/questions.xml?language=ar", ADMIN).body(), StandardCharsets.UTF_8);
        assertTrue(arabic.contains("تفتيش نهائي لدفعة من {lot} قميص"), "the Arabic bank, calculated text with its wildcards");
    }

    @Test
    @RunAsClient
    void theGiftDownloadSaysAtItsTopWhichCalculatedQuestionsItGivesWithTheirFirstValuesOnly() throws Exception {
        HttpResponse<byte[]> gift = get("api/courses/quality/questions.gift?language=fr", LATIFA);
        assertEquals(200, gift.statusCode());
        assertEquals("attachment; filename=\"quality-questions.fr.gift\"", gift.headers().firstValue("Content-Disposition").orElse(""));
        String body = new String(gift.body(), StandardCharsets.UTF_8);
        assertTrue(body.startsWith("// GIFT n’a pas de type « calculé »"), body.substring(0, 200));
        assertTrue(body.lines().limit(8).anyMatch(line -> line.startsWith("//") && line.contains("quality-c01")), body.substring(0, 600));
        assertTrue(body.lines().limit(8).anyMatch(line -> line.contains("quality-questions.fr.xml")));
        GiftParseResult parsed = new GiftParser().parse(body);
        assertTrue(parsed.isValid(), parsed.errors().toString());
        assertTrue(parsed.questions().stream().anyMatch(question -> question.name().equals("quality-c01")), "written with its first values");
    }

    @Test
    @RunAsClient
    void onlyTheCoursesTrainersAndAdministratorsDownloadAndBadRequestsAreSaidSo() throws Exception {
        assertEquals(403, get("api/courses/quality/questions.xml", OMAR).statusCode(), "a trainer who does not teach Quality");
        assertEquals(403, get("api/courses/quality/questions.gift", FATIMA).statusCode(), "a trainee");
        assertEquals(401, new WebClient(base.toURI()).get("api/courses/quality/questions.xml").statusCode(), "no one signed in");
        assertEquals(200, get("api/courses/sourcing/questions.xml", ADMIN).statusCode());
        HttpResponse<byte[]> unknown = get("api/courses/no-such-course/questions.xml", ADMIN);
        assertEquals(404, unknown.statusCode());
        assertTrue(new String(unknown.body(), StandardCharsets.UTF_8).contains("no course"));
        HttpResponse<byte[]> language = get("api/courses/quality/questions.xml?language=de", ADMIN);
        assertEquals(400, language.statusCode());
        assertTrue(new String(language.body(), StandardCharsets.UTF_8).contains("fr or ar"));
    }

    private static final String FILE = """
            <?xml version="1.0" encoding="UTF-8"?>
            <quiz>
              <question type="category"><category><text>$course$/top/COURSE/main</text></category></question>
              <question type="truefalse">
                <name><text>COURSE-moodle-tf</text></name>
                <questiontext format="moodle_auto_format"><text>Le lot &lt; 500 pièces se contrôle aussi.</text></questiontext>
                <answer fraction="100"><text>true</text><feedback><text>Oui</text></feedback></answer>
                <answer fraction="0"><text>false</text><feedback><text>Non</text></feedback></answer>
              </question>
              <question type="calculated">
                <name><text>COURSE-moodle-c1</text></name>
                <questiontext format="moodle_auto_format"><text>{p} pièces à {m} min : combien d'heures ?</text></questiontext>
                <answer fraction="100"><text>{p}*{m}/60</text><tolerance>0.5</tolerance><tolerancetype>2</tolerancetype></answer>
                <dataset_definitions>
                  <dataset_definition><name><text>p</text></name><dataset_items>
                    <dataset_item><number>1</number><value>120</value></dataset_item>
                    <dataset_item><number>2</number><value>240</value></dataset_item></dataset_items></dataset_definition>
                  <dataset_definition><name><text>m</text></name><dataset_items>
                    <dataset_item><number>1</number><value>10</value></dataset_item>
                    <dataset_item><number>2</number><value>15</value></dataset_item></dataset_items></dataset_definition>
                </dataset_definitions>
              </question>
            </quiz>
            """;

    @Test
    void aMoodleFileImportedIntoADraftIsPublishedWithItsCalculatedQuestionAndARefusedFileChangesNothing() throws Exception {
        CourseFolder folder = CourseFolder.create();
        String course = "it-moodle-" + TestAccounts.unique();
        folder.writeCourse(course, List.of(), List.of("cut"), "  passMark: 50\n", List.of(CourseFolder.Question.STRAIGHT_GRAIN));
        contentImport.importFolder(folder.path(), (done, total) -> { });
        drafts.start(course, AUTHOR);
        byte[] file = FILE.replace("COURSE", course).getBytes(StandardCharsets.UTF_8);

        MoodleImports.Outcome outcome = imports.importFile(course, file, Language.FR, null, AUTHOR);

        assertEquals(List.of(), outcome.problems());
        assertEquals(2, outcome.added());
        assertEquals(List.of(MoodleBankMerge.AR_BANK, MoodleBankMerge.CALCULATED), outcome.toTranslate(), "where a French text waits for its Arabic");
        String french = drafts.draftOf(course).orElseThrow().files().text(MoodleBankMerge.FR_BANK).orElseThrow();
        String arabic = drafts.draftOf(course).orElseThrow().files().text(MoodleBankMerge.AR_BANK).orElseThrow();
        assertTrue(french.contains("::" + course + "-moodle-tf::") && arabic.contains("::" + course + "-moodle-tf::"), french);
        assertTrue(drafts.draftOf(course).orElseThrow().files().text(MoodleBankMerge.CALCULATED).orElseThrow()
                .contains("name: " + course + "-moodle-c1"));

        long version = drafts.draftOf(course).orElseThrow().getVersion();
        AuthoringRuleViolation again = assertThrows(AuthoringRuleViolation.class, () -> imports.importFile(course, file, Language.FR, null, AUTHOR));
        assertEquals("moodle.import.nameTaken", again.messageKey());
        MoodleImports.Outcome broken = imports.importFile(course, "<quiz><question type=\"essay\"/></quiz>".getBytes(StandardCharsets.UTF_8),
                Language.FR, null, AUTHOR);
        assertFalse(broken.problems().isEmpty());
        assertEquals(version, drafts.draftOf(course).orElseThrow().getVersion(), "a refused file changes nothing");

        PublishOutcome published = drafts.publish(course, version, AUTHOR);
        assertTrue(published.problems().isEmpty(), published.problems().toString());
        assertEquals(1, count("SELECT COUNT(*) FROM question q JOIN course c ON q.course_id = c.id WHERE c.code = '" + course
                + "' AND q.name = '" + course + "-moodle-c1' AND q.type = 'calculated' AND q.calculation IS NOT NULL"));
        assertEquals(1, count("SELECT COUNT(*) FROM question q JOIN course c ON q.course_id = c.id WHERE c.code = '" + course
                + "' AND q.name = '" + course + "-moodle-tf' AND q.type = 'true_false'"));
    }

    @Test
    void aWholeCourseBankExportedAsMoodleXmlImportsIntoAnotherCourseAndPublishes() throws Exception {
        CourseFolder folder = CourseFolder.create();
        String course = "it-moodle-" + TestAccounts.unique();
        folder.writeCourse(course, List.of(), List.of("cut"), "  passMark: 50\n", List.of(CourseFolder.Question.STRAIGHT_GRAIN));
        contentImport.importFolder(folder.path(), (done, total) -> { });
        drafts.start(course, AUTHOR);
        // Quality's published bank in Arabic, every type and its calculated questions, renamed so that the names are new.
        String quality = new String(downloads.moodleXml("quality", Language.AR, AUTHOR).content(), StandardCharsets.UTF_8)
                .replaceAll("quality-(q|c)(\\d+)", course + "-$1$2");

        MoodleImports.Outcome outcome = imports.importFile(course, quality.getBytes(StandardCharsets.UTF_8), Language.AR, null, AUTHOR);

        assertEquals(List.of(), outcome.problems());
        assertEquals(List.of(MoodleBankMerge.FR_BANK), outcome.toTranslate(), "the templates bring both languages");
        PublishOutcome published = drafts.publish(course, drafts.draftOf(course).orElseThrow().getVersion(), AUTHOR);
        assertTrue(published.problems().isEmpty(), published.problems().toString());
        long questionsOfQuality = count("SELECT COUNT(*) FROM question q JOIN course c ON q.course_id = c.id WHERE c.code = 'quality'"
                + " AND q.archived_at IS NULL");
        assertEquals(questionsOfQuality + 1, count("SELECT COUNT(*) FROM question q JOIN course c ON q.course_id = c.id WHERE c.code = '"
                + course + "' AND q.archived_at IS NULL"), "quality's questions and the course's own");
        assertEquals(count("SELECT COUNT(*) FROM question q JOIN course c ON q.course_id = c.id WHERE c.code = 'quality'"
                + " AND q.archived_at IS NULL AND q.calculation IS NOT NULL"), count("SELECT COUNT(*) FROM question q JOIN course c"
                + " ON q.course_id = c.id WHERE c.code = '" + course + "' AND q.calculation IS NOT NULL"));
    }

    private long count(String sql) throws SQLException {
        try (Connection connection = dataSource.getConnection(); Statement statement = connection.createStatement();
                ResultSet rows = statement.executeQuery(sql)) {
            rows.next();
            return rows.getLong(1);
        }
    }

}
