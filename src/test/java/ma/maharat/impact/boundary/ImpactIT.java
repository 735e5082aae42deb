package ma.maharat.impact.boundary;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.annotation.Resource;
import jakarta.inject.Inject;
import jakarta.json.Json;
import jakarta.json.JsonArray;
import jakarta.json.JsonObject;
import jakarta.json.JsonReader;
import jakarta.json.JsonValue;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.UserTransaction;
import java.io.StringReader;
import java.net.URL;
import java.net.http.HttpResponse;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import ma.maharat.WebClient;
import ma.maharat.cooperative.entity.Cooperative;
import ma.maharat.identity.control.Accounts;
import ma.maharat.impact.control.FollowUpLinks;
import ma.maharat.impact.control.FollowUpRuleViolation;
import ma.maharat.impact.control.FollowUps;
import ma.maharat.impact.entity.FollowUp;
import ma.maharat.impact.entity.FollowUpDetails;
import ma.maharat.impact.entity.FollowUpRound;
import ma.maharat.impact.entity.OrderLine;
import ma.maharat.training.control.Cohorts;
import ma.maharat.training.entity.Cohort;
import ma.maharat.training.entity.CohortDetails;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.arquillian.test.api.ArquillianResource;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * Follow-ups on the demo data set: their bounds and unique round, the presidents' links (expired, revoked,
 * used, serving their own cooperative and round only) and the impact API with its small-count rule. Tests
 * that record follow-ups use a cohort of their own, so the demo's Cycle 1 stays as the API test reads it.
 */
@ExtendWith(ArquillianExtension.class)
class ImpactIT {

    private static final String ADMIN = WebClient.basic("admin", "admin-it-Passw0rd");
    private static final String DEMO_COHORT = "Cycle 1 — 2026";

    @Inject
    FollowUps followUps;

    @Inject
    FollowUpLinks links;

    @Inject
    Cohorts cohorts;

    @Inject
    Accounts accounts;

    @PersistenceContext
    EntityManager em;

    @Resource
    UserTransaction transaction;

    @ArquillianResource
    URL base;

    private static FollowUpDetails details(int paidJobsWomen, OrderLine... orders) {
        return new FollowUpDetails(null, 10, 0, paidJobsWomen, 0, null, null, 0, "Notre histoire", List.of(orders));
    }

    private Cohort demoCohort() {
        return em.createNamedQuery(Cohort.BY_NAME, Cohort.class).setParameter("name", DEMO_COHORT).getSingleResult();
    }

    /** A cohort of its own for a test, with two of the demo's cooperatives. */
    private Cohort ownCohort(String name) {
        List<Cooperative> two = demoCohort().getCooperatives().subList(0, 2);
        LocalDate start = LocalDate.of(2025, 1, 6);
        return cohorts.create(new CohortDetails(name + " " + System.nanoTime(), start, start.plusDays(30), two.stream().map(Cooperative::getId).toList(),
                demoCohort().getProgramme().stream().map(c -> c.getId()).limit(1).toList()));
    }

    private long admin() {
        return accounts.byUsername("admin").orElseThrow().getId();
    }

    @Test
    void aRoundIsRecordedOnceAndCorrectedInPlace() {
        Cohort cohort = ownCohort("Unique round");
        long cooperative = cohort.getCooperatives().get(0).getId();
        followUps.record(cohort.getId(), cooperative, FollowUpRound.BASELINE, details(2), admin());
        followUps.record(cohort.getId(), cooperative, FollowUpRound.BASELINE, details(5, new OrderLine("Client", 10, 1000L)), admin());
        List<FollowUp> recorded = em.createNamedQuery(FollowUp.OF_COHORT, FollowUp.class).setParameter("cohort", cohort.getId()).getResultList();
        assertEquals(1, recorded.size(), "the same round recorded twice is one follow-up, corrected");
        assertEquals(5, recorded.get(0).getPaidJobsWomen());
        assertEquals(1, recorded.get(0).getOrders().size());
    }

    @Test
    void outOfBoundsFiguresAreRefusedAndNothingIsWritten() {
        Cohort cohort = ownCohort("Bounds");
        long cooperative = cohort.getCooperatives().get(0).getId();
        FollowUpRuleViolation refused = assertThrows(FollowUpRuleViolation.class, () -> followUps.record(cohort.getId(), cooperative,
                FollowUpRound.MONTHS_3, details(-1, new OrderLine("Client", 10, -5L)), admin()));
        assertEquals(List.of("paidJobsWomen", "order1"), refused.problems().stream().map(p -> p.field()).toList());
        assertTrue(followUps.find(cohort.getId(), cooperative, FollowUpRound.MONTHS_3).isEmpty());
    }

    @Test
    void aCooperativeOutsideTheCohortCannotBeFollowedInIt() {
        Cohort cohort = ownCohort("Outside");
        long other = demoCohort().getCooperatives().get(3).getId();
        FollowUpRuleViolation refused = assertThrows(FollowUpRuleViolation.class,
                () -> followUps.record(cohort.getId(), other, FollowUpRound.BASELINE, details(1), admin()));
        assertEquals("followUp.notInCohort", refused.messageKey());
    }

    @Test
    void aLinkRecordsItsOwnCooperativesRoundOnceThenIsSpent() {
        Cohort cohort = ownCohort("Link");
        long first = cohort.getCooperatives().get(0).getId();
        long second = cohort.getCooperatives().get(1).getId();
        String token = links.create(cohort.getId(), first, FollowUpRound.MONTHS_3, admin());
        assertTrue(token.length() >= 43, "at least 256 bits in URL-safe Base64: " + token);
        assertTrue(links.submit(token, details(7)).isOpen());
        assertEquals(7, followUps.find(cohort.getId(), first, FollowUpRound.MONTHS_3).orElseThrow().getPaidJobsWomen());
        assertTrue(followUps.find(cohort.getId(), second, FollowUpRound.MONTHS_3).isEmpty(), "another cooperative's round is untouched");
        assertTrue(followUps.find(cohort.getId(), first, FollowUpRound.MONTHS_6).isEmpty(), "another round is untouched");
        assertEquals(FollowUpLinks.Opening.Reason.USED, links.submit(token, details(9)).refusal());
        assertEquals(7, followUps.find(cohort.getId(), first, FollowUpRound.MONTHS_3).orElseThrow().getPaidJobsWomen());
        assertEquals(FollowUpLinks.Opening.Reason.UNKNOWN, links.open(token + "x").refusal());
    }

    @Test
    void revokedAndExpiredLinksOpenNothing() throws Exception {
        Cohort cohort = ownCohort("Revoked");
        long cooperative = cohort.getCooperatives().get(0).getId();
        String revoked = links.create(cohort.getId(), cooperative, FollowUpRound.MONTHS_6, admin());
        links.revoke(links.ofCohort(cohort.getId()).get(0).getId());
        assertEquals(FollowUpLinks.Opening.Reason.REVOKED, links.submit(revoked, details(1)).refusal());

        String expired = links.create(cohort.getId(), cooperative, FollowUpRound.MONTHS_12, admin());
        transaction.begin();
        em.createNativeQuery("UPDATE follow_up_link SET expires_at = created_at WHERE cohort_id = ? AND round = 'MONTHS_12'")
                .setParameter(1, cohort.getId()).executeUpdate();
        transaction.commit();
        assertEquals(FollowUpLinks.Opening.Reason.EXPIRED, links.open(expired).refusal());
        assertEquals(FollowUpLinks.Opening.Reason.EXPIRED, links.submit(expired, details(1)).refusal());
        assertTrue(followUps.find(cohort.getId(), cooperative, FollowUpRound.MONTHS_12).isEmpty());
    }

    @Test
    void thePublicPageSaysClearlyWhatALinkCannotDoAndServesAGoodOne() throws Exception {
        WebClient client = new WebClient(base.toURI());
        HttpResponse<String> unknown = client.get("follow-up/?t=not-a-real-token");
        assertEquals(404, unknown.statusCode());
        assertTrue(unknown.body().contains("id=\"refusal\""), unknown::body);

        Cohort cohort = ownCohort("Public page");
        Cooperative cooperative = cohort.getCooperatives().get(0);
        String token = links.create(cohort.getId(), cooperative.getId(), FollowUpRound.MONTHS_3, admin());
        HttpResponse<String> open = client.get("follow-up/?t=" + token);
        assertEquals(200, open.statusCode());
        assertTrue(open.body().contains(cooperative.getNameAr()), "the cooperative's name, from the link alone");

        Map<String, String> form = new LinkedHashMap<>();
        form.put("follow-up", "follow-up");
        form.put("follow-up:membersWomen", "20");
        form.put("follow-up:membersMen", "0");
        form.put("follow-up:paidJobsWomen", "4");
        form.put("follow-up:paidJobsMen", "0");
        form.put("follow-up:qualityIncidents", "0");
        form.put("follow-up:send", "");
        form.put("jakarta.faces.ViewState", WebClient.viewState(open.body()));
        HttpResponse<String> sent = client.postForm("follow-up/index.xhtml", form);
        assertEquals(200, sent.statusCode(), sent::body);
        assertTrue(sent.body().contains("id=\"sent\""), sent::body);
        assertEquals(4, followUps.find(cohort.getId(), cooperative.getId(), FollowUpRound.MONTHS_3).orElseThrow().getPaidJobsWomen());
        assertEquals(410, client.get("follow-up/?t=" + token).statusCode(), "a used link: gone");
    }

    private static JsonObject json(String body) {
        try (JsonReader reader = Json.createReader(new StringReader(body))) {
            return reader.readObject();
        }
    }

    private static JsonObject indicator(JsonObject scope, String key) {
        return scope.getJsonArray("indicators").stream().map(JsonValue::asJsonObject).filter(i -> key.equals(i.getString("key"))).findFirst()
                .orElseThrow();
    }

    @Test
    void theOrdersOfTheDemoCohortAreCountedRoundByRoundAndDrawnOnTheHomePage() throws Exception {
        Map<FollowUpRound, Long> byRound = followUps.orderValueByRound(List.of(demoCohort().getId())).get(demoCohort().getId());
        assertEquals(533000L, byRound.entrySet().stream().filter(e -> !e.getKey().isBaseline()).mapToLong(Map.Entry::getValue).sum(),
                "the rounds after training add up to the indicator's 533,000 MAD");
        assertTrue(followUps.orderValueByRound(List.of(Long.MAX_VALUE)).isEmpty(), "a cohort without follow-ups has no point at all");

        WebClient asAdmin = WebClient.signedIn(base.toURI(), "admin", "admin-it-Passw0rd");
        HttpResponse<String> home = asAdmin.get("admin/index.xhtml");
        assertEquals(200, home.statusCode());
        assertTrue(home.body().contains("id=\"orders-over-time\""), "the table that says what the line chart draws");
        assertTrue(home.body().contains("orders-over-time-chart"));
    }

    @Test
    void theApiGivesTheDemoCohortsIndicatorsWithTheSmallCountRule() throws Exception {
        WebClient client = new WebClient(base.toURI());
        long cohort = demoCohort().getId();
        HttpResponse<String> response = client.get("api/reports/impact?cohort=" + cohort, ADMIN);
        assertEquals(200, response.statusCode(), response::body);
        JsonArray scopes = json(response.body()).getJsonArray("scopes");
        JsonObject programme = scopes.getJsonObject(0);
        assertEquals("programme", programme.getString("scope"));
        assertEquals("< 5", indicator(programme, "cooperativesTrained").getString("value"), "four cooperatives: a small count");
        assertEquals("9.3", indicator(programme, "cooperativesTrained").getString("sdgTarget"));
        assertEquals("5", indicator(programme, "ordersAfter").getString("value"), "Tifawin 2, Al Amal 2, Nour 1 after training");
        assertEquals("533000", indicator(programme, "ordersValueAfter").getString("value"), "the 1,400 garments' 420,000 MAD among them");
        assertEquals("< 5", indicator(programme, "menTrained").getString("value"));
        // Cycle 1's nine trainees took Modeling's diagnostic before and after (demo.DemoDiagnostics): the trainers' table's figure.
        assertEquals("POINTS", indicator(programme, "learningGain").getString("kind"));
        assertEquals("+31.5", indicator(programme, "learningGain").getString("value"));
        assertEquals("9", indicator(programme, "learningGain").getString("base"));
        // The demo's first four cooperatives name their city, not their province: they are counted under "no province".
        assertTrue(scopes.stream().map(JsonValue::asJsonObject).anyMatch(s -> "province".equals(s.getString("scope")) && s.isNull("name")
                && "< 5".equals(indicator(s, "cooperativesTrained").getString("value"))));
        assertEquals(4, scopes.stream().map(JsonValue::asJsonObject).filter(s -> "cooperative".equals(s.getString("scope"))).count());
        assertFalse(response.body().contains("fatima"), "aggregates only: no person leaves Maharat");
    }

    @Test
    void badParametersAreRefusedWithAMessageAndTheApiIsForAdministratorsOnly() throws Exception {
        WebClient client = new WebClient(base.toURI());
        HttpResponse<String> badDay = client.get("api/reports/impact?from=2026-13-01", ADMIN);
        assertEquals(400, badDay.statusCode());
        assertEquals("bad_from", json(badDay.body()).getString("error"));
        assertTrue(json(badDay.body()).getString("message").contains("YYYY-MM-DD"));
        assertEquals("from_after_to", json(client.get("api/reports/impact?from=2026-05-01&to=2026-01-01", ADMIN).body()).getString("error"));
        assertEquals("bad_cohort", json(client.get("api/reports/impact?cohort=abc", ADMIN).body()).getString("error"));
        assertEquals(403, client.get("api/reports/impact", WebClient.basic("fatima.zahra", "maharat-demo")).statusCode());
    }
}
