package ma.maharat.training.boundary;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.inject.Inject;
import jakarta.json.Json;
import jakarta.json.JsonArray;
import jakarta.json.JsonObject;
import jakarta.json.JsonReader;
import jakarta.json.JsonStructure;
import jakarta.json.JsonValue;
import java.io.StringReader;
import java.net.URISyntaxException;
import java.net.URL;
import java.net.http.HttpResponse;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import ma.maharat.WebClient;
import ma.maharat.identity.control.Accounts;
import ma.maharat.identity.entity.Role;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.arquillian.test.api.ArquillianResource;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * The partners' REST API on the demo data set: cooperatives, cohorts and a cohort's progress, for
 * administrators only. Other tests may add cooperatives, cohorts and trainees, so the assertions look
 * for the demo ones by name and count trainees from the accounts themselves.
 */
@ExtendWith(ArquillianExtension.class)
class PartnerApiIT {

    private static final String ADMIN = WebClient.basic("admin", "admin-it-Passw0rd");
    private static final String DEMO_COHORT = "Cycle 1 — 2026";

    @Inject
    Accounts accounts;

    @ArquillianResource
    URL base;

    private WebClient client() throws URISyntaxException {
        return new WebClient(base.toURI());
    }

    private static JsonStructure json(HttpResponse<String> response) {
        assertTrue(response.headers().firstValue("Content-Type").orElse("").startsWith("application/json"),
                () -> "JSON expected: " + response.headers());
        try (JsonReader reader = Json.createReader(new StringReader(response.body()))) {
            return reader.read();
        }
    }

    private static JsonObject named(JsonArray array, String field, String value) {
        return array.stream().map(JsonValue::asJsonObject).filter(o -> value.equals(o.getString(field))).findFirst()
                .orElseThrow(() -> new AssertionError("No " + field + " " + value + " in " + array));
    }

    private JsonObject demoCohort(WebClient client) {
        HttpResponse<String> cohorts = client.get("api/cohorts", ADMIN);
        assertEquals(200, cohorts.statusCode(), cohorts::body);
        return named(json(cohorts).asJsonArray(), "name", DEMO_COHORT);
    }

    @Test
    void anAdministratorListsTheCooperativesWithTheirActiveTraineeAccountsAndWomenLedFlag() throws Exception {
        HttpResponse<String> response = client().get("api/cooperatives", ADMIN);
        assertEquals(200, response.statusCode(), response::body);
        JsonArray cooperatives = json(response).asJsonArray();
        Map<Long, Long> activeTrainees = accounts.all().stream()
                .filter(a -> a.getRole() == Role.TRAINEE && a.isActive() && a.getCooperative() != null)
                .collect(Collectors.groupingBy(a -> a.getCooperative().getId(), Collectors.counting()));

        JsonObject tifawin = named(cooperatives, "nameFr", "Coopérative Tifawin de couture");
        assertEquals("تعاونية تيفاوين للخياطة", tifawin.getString("nameAr"));
        assertEquals("Laâyoune", tifawin.getString("city"));
        assertEquals("COOPERATIVE", tifawin.getString("legalForm"));
        assertTrue(tifawin.getBoolean("womenLed"));
        assertTrue(tifawin.containsKey("yearFounded") && tifawin.containsKey("declaredMembers") && tifawin.containsKey("province"),
                "unknown details are null, not missing: " + tifawin);
        assertFalse(named(cooperatives, "nameFr", "Coopérative Tarfaya Confection").getBoolean("womenLed"));
        for (String name : List.of("Coopérative Tifawin de couture", "Coopérative Al Amal Textile", "Coopérative Nour Es-Semara",
                "Coopérative Tarfaya Confection")) {
            JsonObject cooperative = named(cooperatives, "nameFr", name);
            long expected = activeTrainees.getOrDefault(cooperative.getJsonNumber("id").longValue(), 0L);
            assertEquals(expected, cooperative.getJsonNumber("traineeAccounts").longValue(), name);
            assertTrue(expected >= 2, name + " has its demo trainees");
        }
    }

    @Test
    void anAdministratorListsTheCohortsWithTheirDatesCooperativesAndProgrammeInOrder() throws Exception {
        JsonObject cohort = demoCohort(client());
        assertEquals("2026-01-05", cohort.getString("startDate"));
        assertEquals("2026-03-05", cohort.getString("endDate"));
        assertEquals(60, cohort.getInt("days"));
        JsonArray cooperatives = cohort.getJsonArray("cooperatives");
        assertEquals(4, cooperatives.size());
        assertFalse(named(cooperatives, "nameFr", "Coopérative Nour Es-Semara").getString("nameAr").isBlank());
        JsonArray programme = cohort.getJsonArray("programme");
        assertEquals(List.of("sourcing", "modeling", "prototyping", "quality", "production", "marketing"),
                programme.stream().map(c -> c.asJsonObject().getString("code")).toList());
        assertEquals(List.of(1, 2, 3, 4, 5, 6), programme.stream().map(c -> c.asJsonObject().getInt("position")).toList());
        assertFalse(programme.getJsonObject(0).getString("titleFr").isBlank());
        assertFalse(programme.getJsonObject(0).getString("titleAr").isBlank());
    }

    @Test
    void theDemoCohortsProgressShowsFatimaZahraDoneWithModelingAndItsFinalQuiz() throws Exception {
        WebClient client = client();
        JsonObject cohort = demoCohort(client);
        long id = cohort.getJsonNumber("id").longValue();
        HttpResponse<String> response = client.get("api/cohorts/" + id + "/progress", ADMIN);
        assertEquals(200, response.statusCode(), response::body);
        JsonObject progress = json(response).asJsonObject();
        assertEquals(id, progress.getJsonNumber("cohortId").longValue());
        assertEquals(DEMO_COHORT, progress.getString("cohortName"));
        JsonArray trainees = progress.getJsonArray("trainees");
        assertTrue(trainees.size() >= 9, "the nine demo trainees: " + trainees.size());

        JsonObject fatima = named(trainees, "username", "fatima.zahra");
        assertEquals("Fatima Zahra Bouchra", fatima.getString("fullName"));
        assertEquals("Coopérative Tifawin de couture", fatima.getString("cooperative"));
        JsonArray courses = fatima.getJsonArray("courses");
        assertEquals(6, courses.size());
        JsonObject modeling = named(courses, "code", "modeling");
        assertTrue(modeling.getInt("lessonCount") > 0);
        assertEquals(modeling.getInt("lessonCount"), modeling.getInt("lessonsDone"));
        assertTrue(modeling.getBoolean("finalQuizPassed"));
        assertNotNull(Instant.parse(modeling.getString("completedAt")));
        JsonObject marketing = named(courses, "code", "marketing");
        assertEquals(JsonValue.NULL, marketing.get("completedAt"), "an unfinished course has a null completion: " + marketing);
        assertFalse(marketing.getBoolean("finalQuizPassed"));
        int sum = courses.stream().mapToInt(c -> c.asJsonObject().getInt("lessonsDone")).sum();
        assertEquals(sum, fatima.getInt("lessonsDone"));
        assertTrue(fatima.getInt("lessonsDone") >= modeling.getInt("lessonCount") + 2, "Modeling, two of Sourcing, one of Prototyping");
        assertTrue(fatima.getInt("quizzesPassed") >= 1);
        assertEquals(1, fatima.getInt("practicalTasksSigned"), "the demo signed off her summer-camp T-shirt prototype");

        // The demo completes Khadija's Modeling (lessons and final quiz) so that an administrator can issue her certificate.
        JsonObject khadijasModeling = named(named(trainees, "username", "khadija.elidrissi").getJsonArray("courses"), "code", "modeling");
        assertEquals(khadijasModeling.getInt("lessonCount"), khadijasModeling.getInt("lessonsDone"));
        assertTrue(khadijasModeling.getBoolean("finalQuizPassed"));
        JsonObject khadijasSourcing = named(named(trainees, "username", "khadija.elidrissi").getJsonArray("courses"), "code", "sourcing");
        assertTrue(khadijasSourcing.getInt("lessonsDone") < khadijasSourcing.getInt("lessonCount"), "Sourcing is under way: " + khadijasSourcing);
        assertFalse(khadijasSourcing.getBoolean("finalQuizPassed"));
    }

    @Test
    void anUnknownCohortIsA404InJson() throws Exception {
        HttpResponse<String> response = client().get("api/cohorts/987654321/progress", ADMIN);
        assertEquals(404, response.statusCode(), response::body);
        assertEquals("cohort_not_found", json(response).asJsonObject().getString("error"));
    }

    @Test
    void trainersAndTraineesAreForbiddenAndAnonymousCallersUnauthorized() throws Exception {
        WebClient client = client();
        String cohortProgress = "api/cohorts/" + demoCohort(client).getJsonNumber("id").longValue() + "/progress";
        for (String path : List.of("api/cooperatives", "api/cohorts", cohortProgress)) {
            assertEquals(403, client().get(path, WebClient.basic("samira.bennani", "maharat-demo")).statusCode(), "trainer " + path);
            assertEquals(403, client().get(path, WebClient.basic("fatima.zahra", "maharat-demo")).statusCode(), "trainee " + path);
            assertEquals(401, client().get(path).statusCode(), "anonymous " + path);
        }
    }
}
