package ma.maharat.intake.boundary;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.inject.Inject;
import java.awt.image.BufferedImage;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.net.URI;
import java.net.URISyntaxException;
import java.net.URL;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.EnumSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import javax.imageio.ImageIO;
import ma.maharat.TestAccounts;
import ma.maharat.WebClient;
import ma.maharat.cooperative.entity.LegalForm;
import ma.maharat.intake.control.Intake;
import ma.maharat.intake.control.IntakeGate;
import ma.maharat.intake.control.IntakeRuleViolation;
import ma.maharat.intake.entity.ApplicationStatus;
import ma.maharat.intake.entity.CallDetails;
import ma.maharat.intake.entity.IntakeApplication;
import ma.maharat.intake.entity.IntakeCall;
import ma.maharat.platform.i18n.CenterDates;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.arquillian.test.api.ArquillianResource;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * Applying without an account, over HTTP as a phone's browser does it (multipart form with a real PDF and
 * PNG): the reference given once; coming back with it and the phone to complete and withdraw; a closed
 * call, an unknown reference or a wrong phone refused; mislabelled and oversized files refused with a
 * 4xx and nothing stored; the robots' hidden field; the per-address limits; the API's permissions and
 * the administrators' list and downloads.
 */
@ExtendWith(ArquillianExtension.class)
class IntakeIT {

    private static final String ADMIN_PASSWORD = "admin-it-Passw0rd";
    /** A PDF of one blank page. */
    private static final byte[] PDF = ("%PDF-1.4\n1 0 obj<</Type/Catalog/Pages 2 0 R>>endobj\n2 0 obj<</Type/Pages/Kids[3 0 R]/Count 1>>endobj\n"
            + "3 0 obj<</Type/Page/Parent 2 0 R/MediaBox[0 0 200 200]>>endobj\ntrailer<</Root 1 0 R>>\n%%EOF\n")
            .getBytes(StandardCharsets.US_ASCII);

    @Inject
    Intake intake;

    @Inject
    IntakeGate gate;

    @Inject
    TestAccounts testAccounts;

    @ArquillianResource
    URL base;

    @BeforeEach
    @AfterEach
    void forgetLimits() {
        gate.forgetAll();
    }

    private URI uri() throws URISyntaxException {
        return base.toURI();
    }

    private IntakeCall openCall() {
        LocalDate today = LocalDate.now(CenterDates.CENTER_ZONE);
        return intake.createCall(new CallDetails("نداء IT", "Appel IT " + TestAccounts.unique(), "نص", "Texte", today.minusDays(1),
                today.plusDays(10), 20, "Laâyoune-Sakia El Hamra", EnumSet.of(LegalForm.COOPERATIVE), true, 5));
    }

    private static byte[] png() throws IOException {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        ImageIO.write(new BufferedImage(60, 40, BufferedImage.TYPE_INT_RGB), "png", bytes);
        return bytes.toByteArray();
    }

    record Upload(String field, String fileName, byte[] content) {}

    /** A page answered to a form post. */
    record Answer(int statusCode, String body) {}

    private static Map<String, String> application(String phone) {
        Map<String, String> fields = new LinkedHashMap<>();
        fields.put("apply:name-ar", "تعاونية الاختبار");
        fields.put("apply:name-fr", "Coopérative Essai " + TestAccounts.unique());
        fields.put("apply:legal-form", "COOPERATIVE");
        fields.put("apply:province", "Laâyoune");
        fields.put("apply:city", "El Marsa");
        fields.put("apply:year-founded", "2016");
        fields.put("apply:members", "22");
        fields.put("apply:women-members", "20");
        fields.put("apply:led-by", "true");
        fields.put("apply:textile", "on");
        fields.put("apply:products", "Melhfas");
        fields.put("apply:turnover", "UNDER_50K");
        fields.put("apply:contact-name", "Fatimatou");
        fields.put("apply:contact-phone", phone);
        fields.put("apply:website", "");
        return fields;
    }

    /** Posts the page's form named {@code form} with its fields and files, as the page's button would. */
    private static Answer post(WebClient client, String page, String form, String button, Map<String, String> fields,
            List<Upload> uploads) {
        String boundary = "----maharat" + System.nanoTime();
        ByteArrayOutputStream body = new ByteArrayOutputStream();
        Map<String, String> all = new LinkedHashMap<>(fields);
        all.put(form, form);
        all.put(form + ":" + button, "");
        all.put("jakarta.faces.ViewState", WebClient.viewState(page));
        all.put("primefaces.nonce", WebClient.formNonce(page));
        all.forEach((name, value) -> body.writeBytes(("--" + boundary + "\r\nContent-Disposition: form-data; name=\"" + name
                + "\"\r\n\r\n" + value + "\r\n").getBytes(StandardCharsets.UTF_8)));
        for (Upload upload : uploads) {
            body.writeBytes(("--" + boundary + "\r\nContent-Disposition: form-data; name=\"" + upload.field() + "\"; filename=\""
                    + upload.fileName() + "\"\r\nContent-Type: application/octet-stream\r\n\r\n").getBytes(StandardCharsets.UTF_8));
            body.writeBytes(upload.content());
            body.writeBytes("\r\n".getBytes(StandardCharsets.UTF_8));
        }
        body.writeBytes(("--" + boundary + "--\r\n").getBytes(StandardCharsets.UTF_8));
        HttpResponse<byte[]> answer = client.exchange(HttpRequest.newBuilder(client.resolve("apply/index.xhtml"))
                .header("Content-Type", "multipart/form-data; boundary=" + boundary)
                .POST(HttpRequest.BodyPublishers.ofByteArray(body.toByteArray())));
        String html = new String(answer.body(), StandardCharsets.UTF_8);
        return new Answer(answer.statusCode(), html);
    }

    private Answer send(WebClient client, IntakeCall call, Map<String, String> fields, List<Upload> uploads) {
        HttpResponse<String> page = client.get("apply/?call=" + call.getId());
        assertEquals(200, page.statusCode(), page.body());
        return post(client, page.body(), "apply", "send", fields, uploads);
    }

    private static String reference(Answer sent) {
        return WebClient.firstMatch(sent.body(), "id=\"reference\"[^>]*>([0-9A-Z-]+)<");
    }

    /** Looks an application up on a fresh page; returns the page with its form. */
    private static Answer lookUp(WebClient client, String reference, String phone) {
        HttpResponse<String> page = client.get("apply/");
        Map<String, String> fields = new LinkedHashMap<>();
        fields.put("lookup:reference", reference);
        fields.put("lookup:phone", phone);
        return post(client, page.body(), "lookup", "find", fields, List.of());
    }

    @Test
    void aCooperativeAppliesComesBackCompletesAndWithdraws() throws Exception {
        IntakeCall call = openCall();
        WebClient phone = new WebClient(uri());
        Answer sent = send(phone, call, application("06 61 23 45 67"),
                List.of(new Upload("apply:statutes", "statuts.pdf", PDF), new Upload("apply:photos", "tapis.png", png())));
        assertEquals(200, sent.statusCode(), sent.body());
        String reference = reference(sent);
        assertTrue(reference.matches("[0-9A-Z]{4}-[0-9A-Z]{4}-[0-9A-Z]{2}"), reference);
        IntakeApplication stored = intake.find(reference, "0661234567");
        assertEquals(ApplicationStatus.SUBMITTED, stored.getStatus());
        // Which of the two parts is stored first is the upload's business, not the test's.
        assertEquals(List.of("application/pdf", "image/png"), stored.getDocuments().stream().map(d -> d.getMediaType()).sorted().toList());

        Answer found = lookUp(new WebClient(uri()), reference.toLowerCase(), "+0661 23 45 67".substring(1));
        assertEquals(200, found.statusCode(), found.body());
        assertTrue(found.body().contains("id=\"completing\""), found.body());
        assertTrue(found.body().contains("statuts.pdf"), "her documents are listed");

        WebClient again = new WebClient(uri());
        Answer form = lookUp(again, reference, "0661234567");
        Map<String, String> completed = application("0661234567");
        completed.put("apply:members", "30");
        Answer saved = post(again, form.body(), "apply", "send", completed,
                List.of(new Upload("apply:photos", "coussin.png", png())));
        assertEquals(200, saved.statusCode(), saved.body());
        IntakeApplication completedApplication = intake.find(reference, "0661234567");
        assertEquals(30, completedApplication.getMembers());
        assertEquals(3, completedApplication.getDocuments().size());

        Answer withdrawn = post(again, saved.body(), "apply", "withdraw", Map.of(), List.of());
        assertEquals(200, withdrawn.statusCode(), withdrawn.body());
        assertEquals(ApplicationStatus.WITHDRAWN, intake.find(reference, "0661234567").getStatus());
        Answer afterwards = lookUp(new WebClient(uri()), reference, "0661234567");
        assertTrue(afterwards.body().contains("id=\"withdrawn-note\""), afterwards.body());
        assertFalse(afterwards.body().contains("id=\"apply:send\""), "a withdrawn application is read-only");
    }

    @Test
    void aClosedCallRefusesApplicationsAndChanges() throws Exception {
        IntakeCall call = openCall();
        WebClient client = new WebClient(uri());
        HttpResponse<String> page = client.get("apply/?call=" + call.getId());
        String reference = reference(send(new WebClient(uri()), call, application("0662000001"), List.of()));
        intake.closeCall(call.getId());

        Answer late = post(client, page.body(), "apply", "send", application("0662000002"), List.of());
        assertEquals(409, late.statusCode(), late.body());
        assertEquals(1, intake.applicationsOf(call.getId()).size(), "nothing stored for the late one");

        WebClient back = new WebClient(uri());
        Answer found = lookUp(back, reference, "0662000001");
        assertEquals(200, found.statusCode());
        assertTrue(found.body().contains("id=\"closed-note\""), "after closing she can still read it");
        assertFalse(found.body().contains("id=\"apply:send\""), "nor a button to change it");
        Map<String, String> changed = application("0662000001");
        changed.put("apply:members", "99");
        post(back, found.body(), "apply", "send", changed, List.of());
        assertEquals(22, intake.find(reference, "0662000001").getMembers(), "a forged post of the hidden button changes nothing");
        IntakeRuleViolation refused = assertThrows(IntakeRuleViolation.class, () -> intake.withdraw(reference, "0662000001"));
        assertEquals("intake.call.closedReadOnly", refused.messageKey());
        assertEquals(ApplicationStatus.SUBMITTED, intake.find(reference, "0662000001").getStatus());
    }

    @Test
    void anUnknownReferenceOrAWrongPhoneFindsNothing() throws Exception {
        IntakeCall call = openCall();
        String reference = reference(send(new WebClient(uri()), call, application("0663000001"), List.of()));
        Answer wrongPhone = lookUp(new WebClient(uri()), reference, "0663000002");
        assertEquals(404, wrongPhone.statusCode());
        assertFalse(wrongPhone.body().contains("id=\"completing\""));
        assertEquals(404, lookUp(new WebClient(uri()), "AAAA-AAAA-AA", "0663000001").statusCode());
        assertEquals(404, lookUp(new WebClient(uri()), "not a reference", "0663000001").statusCode());
    }

    @Test
    void mislabelledAndOversizedFilesAreRefusedAndNothingIsStored() throws Exception {
        IntakeCall call = openCall();
        Answer pngAsPdf = send(new WebClient(uri()), call, application("0664000001"),
                List.of(new Upload("apply:statutes", "statuts.pdf", png())));
        assertEquals(400, pngAsPdf.statusCode(), pngAsPdf.body());
        Answer htmlAsJpg = send(new WebClient(uri()), call, application("0664000002"),
                List.of(new Upload("apply:photos", "photo.jpg", "<html><body>hi</body></html>".getBytes(StandardCharsets.UTF_8))));
        assertEquals(400, htmlAsJpg.statusCode(), htmlAsJpg.body());
        byte[] large = Arrays.copyOf(PDF, (int) intake.limits().fileBytes() + 1);
        Answer oversized = send(new WebClient(uri()), call, application("0664000003"),
                List.of(new Upload("apply:statutes", "statuts.pdf", large)));
        assertEquals(413, oversized.statusCode());
        Answer missing = send(new WebClient(uri()), call, Map.of("apply:website", ""), List.of());
        assertEquals(400, missing.statusCode());
        assertTrue(missing.body().contains("apply:name-fr"), "the message sits next to the field");
        assertEquals(0, intake.applicationsOf(call.getId()).size(), "nothing half-stored");
    }

    @Test
    void aRobotFillingTheHiddenFieldIsThankedAndNothingIsStored() throws Exception {
        IntakeCall call = openCall();
        Map<String, String> robot = application("0665000001");
        robot.put("apply:website", "http://spam.example");
        Answer answer = send(new WebClient(uri()), call, robot, List.of());
        assertEquals(200, answer.statusCode());
        assertTrue(answer.body().contains("id=\"thanks\""), answer.body());
        assertFalse(answer.body().contains("id=\"reference\""));
        assertEquals(0, intake.applicationsOf(call.getId()).size());
    }

    @Test
    void lookupsAndSubmitsAreLimitedPerAddress() throws Exception {
        for (int i = 0; i < 10; i++) {
            assertEquals(404, lookUp(new WebClient(uri()), "AAAA-AAAA-AA", "0666000000").statusCode(), "lookup " + i);
        }
        assertEquals(429, lookUp(new WebClient(uri()), "AAAA-AAAA-AA", "0666000000").statusCode());
        IntakeCall call = openCall();
        for (int i = 0; i < 10; i++) {
            assertEquals(200, send(new WebClient(uri()), call, application("066600001" + i), List.of()).statusCode(), "submit " + i);
        }
        assertEquals(429, send(new WebClient(uri()), call, application("0666000020"), List.of()).statusCode());
        assertEquals(10, intake.applicationsOf(call.getId()).size());
    }

    @Test
    void theApiListsOpenCallsToAnyoneAndApplicationsToAdministratorsOnly() throws Exception {
        IntakeCall call = openCall();
        String reference = reference(send(new WebClient(uri()), call, application("0667000001"),
                List.of(new Upload("apply:statutes", "statuts.pdf", PDF))));
        WebClient anonymous = new WebClient(uri());
        HttpResponse<String> calls = anonymous.get("api/calls");
        assertEquals(200, calls.statusCode(), calls.body());
        assertTrue(calls.body().contains(call.getTitleFr()), calls.body());
        assertFalse(calls.body().contains(reference.replace("-", "")), "no applicant in the public list");

        String applications = "api/calls/" + call.getId() + "/applications";
        assertEquals(401, anonymous.get(applications).statusCode());
        String trainee = testAccounts.newTrainee("it-intake-", "candidature-1").getUsername();
        assertEquals(403, anonymous.get(applications, WebClient.basic(trainee, "candidature-1")).statusCode());
        HttpResponse<String> listed = anonymous.get(applications, WebClient.basic("admin", ADMIN_PASSWORD));
        assertEquals(200, listed.statusCode(), listed.body());
        assertTrue(listed.body().contains(reference.replace("-", "")), listed.body());
        assertEquals(404, anonymous.get("api/calls/999999999/applications", WebClient.basic("admin", ADMIN_PASSWORD)).statusCode());

        WebClient admin = WebClient.signedIn(uri(), "admin", ADMIN_PASSWORD);
        HttpResponse<String> list = admin.get("admin/applications.xhtml?call=" + call.getId());
        assertEquals(200, list.statusCode());
        String document = WebClient.firstMatch(list.body(), "href=\"[^\"]*/(admin/application-document/[0-9]+)\"");
        HttpResponse<byte[]> download = admin.getBytes(document);
        assertEquals(200, download.statusCode());
        assertTrue(Arrays.equals(PDF, download.body()));
        assertTrue(download.headers().firstValue("Content-Disposition").orElseThrow().startsWith("attachment"));
        assertFalse(List.of(200).contains(anonymous.getBytes(document).statusCode()), "not for anyone else");
        WebClient traineeBrowser = WebClient.signedIn(uri(), trainee, "candidature-1");
        assertEquals(403, traineeBrowser.getBytes(document).statusCode());
    }
}
