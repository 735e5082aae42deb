package ma.maharat.learning.boundary;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.inject.Inject;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.net.URI;
import java.net.URL;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import ma.maharat.WebClient;
import ma.maharat.authoring.control.Drafts;
import ma.maharat.authoring.control.PublishOutcome;
import ma.maharat.content.control.ContentImport;
import ma.maharat.content.entity.CourseImportResult;
import ma.maharat.content.entity.ImportReport;
import ma.maharat.identity.control.Accounts;
import ma.maharat.identity.control.NewAccount;
import ma.maharat.identity.control.SignedInUser;
import ma.maharat.identity.entity.Account;
import ma.maharat.identity.entity.Role;
import ma.maharat.learning.control.Enrollments;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.arquillian.test.api.ArquillianResource;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * Lessons that can be listened to, on MariaDB and over HTTP: a course folder with an audio reading
 * imports it; the enrolled trainee gets the play button and the sound, whole (200) or a range (206) or
 * refused for a range past the end (416); a trainee not enrolled gets nothing (404), nor does the image
 * address; in the lesson editor an upload of the wrong type, a renamed file or too large a file is
 * refused with its reason, a right one goes into the draft and is published with it.
 */
@ExtendWith(ArquillianExtension.class)
class LessonAudioIT {

    private static final SignedInUser AUTHOR = new SignedInUser(0, "it-audio-author", "Responsable IT", null, Role.ADMIN);
    /** The initial administrator's password, as failsafe configures it for the tests. */
    private static final String ADMIN_PASSWORD = "admin-it-Passw0rd";
    private static final String TRAINEE_PASSWORD = "ecouter-1";
    private static final byte[] PNG = {(byte) 0x89, 'P', 'N', 'G', '\r', '\n', 0x1A, '\n', 0, 0, 0, 13, 'I', 'H', 'D', 'R', 0, 0, 0, 1};

    @Inject
    ContentImport contentImport;

    @Inject
    Drafts drafts;

    @Inject
    Accounts accounts;

    @Inject
    Enrollments enrollments;

    @ArquillianResource
    URL base;

    private static byte[] resource(String name) throws IOException {
        try (InputStream in = LessonAudioIT.class.getResourceAsStream("/ma/maharat/content/audio/" + name)) {
            return in.readAllBytes();
        }
    }

    /** A course of one lesson, "cut", with a French audio reading, imported from a folder of its own. */
    private String importCourseWithAudio(byte[] frenchReading) throws IOException {
        Path modulesContent = Files.createTempDirectory("modules-content");
        String course = "it-audio-" + Long.toString(System.nanoTime(), 36);
        Path folder = Files.createDirectories(modulesContent.resolve(course).resolve("lessons"));
        Files.createDirectories(modulesContent.resolve(course).resolve("quiz"));
        Files.writeString(folder.getParent().resolve("course.yaml"), "id: " + course + "\n"
                + "title:\n  ar: الاستماع\n  fr: Écouter\n"
                + "description:\n  ar: وصف\n  fr: Description\n"
                + "estimatedHours: 1\n"
                + "modules:\n  - id: main\n    title:\n      ar: الوحدة\n      fr: Module\n    lessons:\n"
                + "      - id: cut\n        title:\n          ar: القص\n          fr: Couper\n        minutes: 10\n"
                + "quiz:\n  bank: quiz/bank\n", StandardCharsets.UTF_8);
        Files.writeString(folder.resolve("cut.fr.md"), "Coupez le tissu **droit fil**.\n", StandardCharsets.UTF_8);
        Files.writeString(folder.resolve("cut.ar.md"), "قصّي القماش في اتجاه الخيط.\n", StandardCharsets.UTF_8);
        Files.write(folder.resolve("cut.fr.mp3"), frenchReading);
        Files.writeString(folder.getParent().resolve("quiz/bank.fr.gift"), "::" + course + "-q1:: Le droit fil suit la lisière. {T}\n");
        Files.writeString(folder.getParent().resolve("quiz/bank.ar.gift"), "::" + course + "-q1:: اتجاه الخيط يوازي الحاشية. {T}\n");
        ImportReport report = contentImport.importFolder(modulesContent, (done, total) -> { });
        CourseImportResult result = report.courses().stream().filter(c -> c.course().equals(course)).findFirst().orElseThrow();
        assertEquals(CourseImportResult.Outcome.CREATED, result.outcome(), report.toString());
        return course;
    }

    private Account newTrainee() {
        return accounts.create(new NewAccount("it-audio-" + Long.toString(System.nanoTime(), 36), "Stagiaire IT", null, Role.TRAINEE,
                TRAINEE_PASSWORD, "fr", null, true));
    }

    private WebClient signedIn(String username, String password) throws Exception {
        return WebClient.signedIn(base.toURI(), username, password);
    }

    /** A page asked in a language: the choice is remembered and answered with a redirect to the same page without it. */
    private static String page(WebClient client, String path) {
        HttpResponse<String> answer = client.get(path);
        if (answer.statusCode() == 302) {
            answer = client.get(answer.headers().firstValue("Location").orElseThrow());
        }
        assertEquals(200, answer.statusCode(), answer.body());
        return answer.body();
    }

    private static HttpResponse<byte[]> get(WebClient client, String path, String... headers) {
        HttpRequest.Builder request = HttpRequest.newBuilder(client.resolve(path)).GET();
        for (int i = 0; i + 1 < headers.length; i += 2) {
            request.header(headers[i], headers[i + 1]);
        }
        return client.exchange(request);
    }

    @Test
    void theEnrolledTraineeHearsTheReadingWholeOrByRangesAndNobodyElseDoes() throws Exception {
        byte[] reading = resource("tone-id3.mp3");
        String course = importCourseWithAudio(reading);
        long courseId = enrollments.courses().stream().filter(c -> c.getCode().equals(course)).findFirst().orElseThrow().getId();
        Account enrolled = newTrainee();
        Account stranger = newTrainee();
        enrollments.enroll(courseId, List.of(enrolled.getId()));
        WebClient trainee = signedIn(enrolled.getUsername(), TRAINEE_PASSWORD);

        String french = page(trainee, "learn/lesson.xhtml?course=" + course + "&lesson=cut&lang=fr");
        assertTrue(french.contains("id=\"lesson-audio-play\""), french);
        assertTrue(french.contains("Écouter la leçon"), french);
        assertTrue(french.contains("/lesson-audio/" + course + "/cut.fr.mp3?v="), french);
        assertFalse(french.contains("lesson-audio-in-french"), "the reading is in the page's language");
        String arabic = page(trainee, "learn/lesson.xhtml?course=" + course + "&lesson=cut&lang=ar");
        assertTrue(arabic.contains("استمعي إلى الدرس"), arabic);
        assertTrue(arabic.contains("id=\"lesson-audio-in-french\""), "only a French reading: the Arabic page says so");

        String address = "lesson-audio/" + course + "/cut.fr.mp3";
        HttpResponse<byte[]> whole = get(trainee, address);
        assertEquals(200, whole.statusCode());
        assertArrayEquals(reading, whole.body());
        // web.xml's response-character-encoding adds ";charset=UTF-8" to every type, images' too; players ignore it.
        assertTrue(whole.headers().firstValue("Content-Type").orElseThrow().startsWith("audio/mpeg"), whole.headers().toString());
        assertEquals("bytes", whole.headers().firstValue("Accept-Ranges").orElseThrow());
        String etag = whole.headers().firstValue("ETag").orElseThrow();

        HttpResponse<byte[]> part = get(trainee, address, "Range", "bytes=100-299");
        assertEquals(206, part.statusCode());
        assertEquals("bytes 100-299/" + reading.length, part.headers().firstValue("Content-Range").orElseThrow());
        assertArrayEquals(Arrays.copyOfRange(reading, 100, 300), part.body());
        HttpResponse<byte[]> tail = get(trainee, address, "Range", "bytes=-10");
        assertEquals(206, tail.statusCode());
        assertArrayEquals(Arrays.copyOfRange(reading, reading.length - 10, reading.length), tail.body());
        HttpResponse<byte[]> beyond = get(trainee, address, "Range", "bytes=" + reading.length + "-");
        assertEquals(416, beyond.statusCode());
        assertEquals("bytes */" + reading.length, beyond.headers().firstValue("Content-Range").orElseThrow());
        assertEquals(200, get(trainee, address, "Range", "bytes=0-1", "If-Range", "\"another\"").statusCode(),
                "a range of another version is answered with the whole file");
        assertEquals(304, get(trainee, address, "If-None-Match", etag).statusCode());

        assertEquals(404, get(trainee, "lesson-audio/" + course + "/cut.ar.mp3").statusCode(), "no Arabic reading");
        assertEquals(404, get(trainee, "lesson-audio/" + course + "/../cut.fr.mp3").statusCode());
        assertEquals(404, get(trainee, "course-media/" + course + "/lessons/cut.fr.mp3").statusCode(),
                "the image address does not serve readings without the lesson's check");
        WebClient outsider = signedIn(stranger.getUsername(), TRAINEE_PASSWORD);
        assertEquals(404, get(outsider, address).statusCode(), "a trainee not enrolled does not hear it");
        HttpResponse<byte[]> anonymous = get(new WebClient(base.toURI()), address);
        assertTrue(anonymous.statusCode() / 100 != 2, "nobody signed in: " + anonymous.statusCode());
        assertEquals(200, get(signedIn("admin", ADMIN_PASSWORD), address).statusCode(), "staff hear every reading");
    }

    @Test
    void theLessonEditorRefusesWrongAudioWithItsReasonAndPublishesTheRightOne() throws Exception {
        String course = importCourseWithAudio(resource("tone-id3.mp3"));
        drafts.start(course, AUTHOR);
        WebClient admin = signedIn("admin", ADMIN_PASSWORD);
        String editor = "author/lesson.xhtml?course=" + course + "&lesson=cut&in=ar&lang=en";

        String page = upload(admin, editor, "notes.wav", "RIFF....WAVEfmt ".getBytes(StandardCharsets.US_ASCII));
        assertTrue(page.contains("This type of file is not accepted (notes.wav)"), page);
        page = upload(admin, editor, "photo.mp3", PNG);
        assertTrue(page.contains("This file is not a real audio file of that type: audio reading is refused: it is not a real MP3"
                + " audio file (its content does not match the extension)"), page);
        byte[] huge = new byte[16 * 1024 * 1024];
        System.arraycopy(resource("tone-id3.mp3"), 0, huge, 0, 900);
        page = upload(admin, editor, "long.mp3", huge);
        assertTrue(page.contains("The audio file is too large: audio reading is too large (16.0 MiB; the limit is 15 MiB)"), page);
        assertFalse(drafts.draftOf(course).orElseThrow().files().paths().stream().anyMatch(path -> path.startsWith("lessons/cut.ar.")
                && !path.endsWith(".md")), "nothing refused reached the draft");

        page = upload(admin, editor, "Lecture arabe.OGG", resource("tone-opus.ogg"));
        assertTrue(page.contains("Audio reading saved in the draft: lessons/cut.ar.ogg"), page);
        assertTrue(drafts.draftOf(course).orElseThrow().files().contains("lessons/cut.ar.ogg"));
        assertEquals(200, get(admin, "author/draft-media/" + course + "/lessons/cut.ar.ogg").statusCode(), "the author hears it");
        HttpResponse<byte[]> draftPart = get(admin, "author/draft-media/" + course + "/lessons/cut.ar.ogg", "Range", "bytes=0-9");
        assertEquals(206, draftPart.statusCode(), "and her player can seek in it");
        assertArrayEquals(Arrays.copyOf(resource("tone-opus.ogg"), 10), draftPart.body());

        PublishOutcome published = drafts.publish(course, drafts.draftOf(course).orElseThrow().getVersion(), AUTHOR);
        assertTrue(published.isPublished(), published.problems().toString());
        HttpResponse<byte[]> served = get(admin, "lesson-audio/" + course + "/cut.ar.ogg");
        assertEquals(200, served.statusCode());
        assertTrue(served.headers().firstValue("Content-Type").orElseThrow().startsWith("audio/ogg"), served.headers().toString());
        assertArrayEquals(resource("tone-opus.ogg"), served.body());
    }

    /** Opens the lesson editor and sends its audio form with one file; returns the page answered. */
    private static String upload(WebClient client, String editor, String fileName, byte[] content) {
        String opened = page(client, editor);
        String boundary = "----maharat" + System.nanoTime();
        ByteArrayOutputStream body = new ByteArrayOutputStream();
        Map<String, String> fields = Map.of("audio", "audio", "audio:upload", "Upload", "jakarta.faces.ViewState",
                WebClient.viewState(opened), "primefaces.nonce", WebClient.formNonce(opened));
        fields.forEach((name, value) -> body.writeBytes(("--" + boundary + "\r\nContent-Disposition: form-data; name=\"" + name
                + "\"\r\n\r\n" + value + "\r\n").getBytes(StandardCharsets.UTF_8)));
        body.writeBytes(("--" + boundary + "\r\nContent-Disposition: form-data; name=\"audio:file\"; filename=\"" + fileName
                + "\"\r\nContent-Type: application/octet-stream\r\n\r\n").getBytes(StandardCharsets.UTF_8));
        body.writeBytes(content);
        body.writeBytes(("\r\n--" + boundary + "--\r\n").getBytes(StandardCharsets.UTF_8));
        URI action = client.resolve(editor.substring(0, editor.indexOf('?')));
        HttpResponse<byte[]> answer = client.exchange(HttpRequest.newBuilder(action)
                .header("Content-Type", "multipart/form-data; boundary=" + boundary)
                .POST(HttpRequest.BodyPublishers.ofByteArray(body.toByteArray())));
        assertEquals(200, answer.statusCode(), new String(answer.body(), StandardCharsets.UTF_8));
        return new String(answer.body(), StandardCharsets.UTF_8).replace("&#39;", "'").replace("&quot;", "\"");
    }
}
