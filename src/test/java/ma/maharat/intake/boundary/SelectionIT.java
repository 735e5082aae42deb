package ma.maharat.intake.boundary;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.inject.Inject;
import jakarta.json.Json;
import jakarta.json.JsonArray;
import jakarta.json.JsonObject;
import java.io.StringReader;
import java.net.URISyntaxException;
import java.net.URL;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.LocalDate;
import java.util.EnumMap;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import ma.maharat.TestAccounts;
import ma.maharat.WebClient;
import ma.maharat.audit.control.AuditFilter;
import ma.maharat.audit.control.AuditTrail;
import ma.maharat.audit.entity.AuditEntry;
import ma.maharat.cooperative.control.Cooperatives;
import ma.maharat.cooperative.entity.Cooperative;
import ma.maharat.cooperative.entity.LegalForm;
import ma.maharat.identity.control.Accounts;
import ma.maharat.identity.control.NewAccount;
import ma.maharat.identity.entity.Role;
import ma.maharat.intake.control.Assessments;
import ma.maharat.intake.control.Conversion;
import ma.maharat.intake.control.Intake;
import ma.maharat.intake.control.IntakeRuleViolation;
import ma.maharat.intake.control.Selection;
import ma.maharat.intake.entity.ApplicationDetails;
import ma.maharat.intake.entity.AssessmentDetails;
import ma.maharat.intake.entity.CallDetails;
import ma.maharat.intake.entity.Decision;
import ma.maharat.intake.entity.IntakeApplication;
import ma.maharat.intake.entity.IntakeCall;
import ma.maharat.intake.entity.Topic;
import ma.maharat.intake.entity.TurnoverBand;
import ma.maharat.platform.i18n.CenterDates;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.arquillian.test.api.ArquillianResource;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * The selection in the server: eligibility with its reasons, the weighted score and the ranking built on
 * the field visits' assessments, the committee's decisions (with who and when, in the audit log) within the
 * call's places, bad input refused with nothing written, and the pages, downloads and API closed to the
 * roles that must not see them.
 */
@ExtendWith(ArquillianExtension.class)
class SelectionIT {

    private static final String ADMIN_PASSWORD = "admin-it-Passw0rd";

    @Inject
    Intake intake;

    @Inject
    Assessments assessments;

    @Inject
    Selection selection;

    @Inject
    Conversion conversion;

    @Inject
    Cooperatives cooperatives;

    @Inject
    AuditTrail audit;

    @Inject
    Accounts accounts;

    @Inject
    TestAccounts testAccounts;

    @ArquillianResource
    URL base;

    private IntakeCall call(int places) {
        LocalDate today = LocalDate.now(CenterDates.CENTER_ZONE);
        return intake.createCall(new CallDetails("انتقاء IT", "Sélection IT " + TestAccounts.unique(), "نص", "Texte", today.minusDays(1),
                today.plusDays(10), places, "Laâyoune-Sakia El Hamra", EnumSet.of(LegalForm.COOPERATIVE), true, 5));
    }

    private IntakeApplication apply(IntakeCall call, String name, String province, LegalForm form, int members, boolean ledByWoman) {
        return intake.apply(call.getId(), new ApplicationDetails("تعاونية " + name, "Coopérative " + name + " " + TestAccounts.unique(), form,
                null, province, "Ville", 2015, members, ledByWoman ? members : 0, ledByWoman, true, "Melhfas", null, null,
                TurnoverBand.values()[0], null, "Contact", "0661" + (100000 + (int) (System.nanoTime() % 800000)), null), List.of());
    }

    private static AssessmentDetails visit(int score) {
        Map<Topic, Integer> scores = new EnumMap<>(Topic.class);
        for (Topic topic : Topic.values()) {
            scores.put(topic, score);
        }
        return new AssessmentDetails(LocalDate.now(CenterDates.CENTER_ZONE), "Agent de la délégation", scores,
                Map.of(Topic.QUALITY, "Finitions à reprendre"), "Atelier propre");
    }

    @Test
    void eligibilityScoreAndRankingFollowTheVisitsAndTheCallsWeights() {
        IntakeCall call = call(20);
        IntakeApplication needy = apply(call, "Besoin", "Laâyoune", LegalForm.COOPERATIVE, 8, true);
        IntakeApplication skilled = apply(call, "Habile", "Tarfaya", LegalForm.COOPERATIVE, 8, true);
        IntakeApplication outside = apply(call, "Loin", "Agadir", LegalForm.GIE, 3, true);
        IntakeApplication notVisited = apply(call, "Pas vue", "Boujdour", LegalForm.COOPERATIVE, 30, false);
        assessments.save(needy.getId(), visit(4), List.of(), "samira.bennani");
        assessments.save(skilled.getId(), visit(1), List.of(), "omar.alaoui");
        assessments.save(outside.getId(), visit(4), List.of(), "omar.alaoui");

        List<Selection.Ranked> ranking = selection.ranking(call.getId());
        assertEquals(List.of(needy.getId(), skilled.getId(), notVisited.getId(), outside.getId()),
                ranking.stream().map(r -> r.application().getId()).toList());
        assertEquals(List.of(1, 2, 3, 0), ranking.stream().map(Selection.Ranked::rank).toList());
        // Default weights 60/20/20: need 4 of 4, 8 members, led by a woman: everything.
        assertEquals("100.0", ranking.get(0).score().total().toPlainString());
        assertEquals("15.0", ranking.get(1).score().need().toPlainString());
        assertEquals("55.0", ranking.get(1).score().total().toPlainString());
        assertFalse(ranking.get(2).score().assessed());
        assertEquals("10.0", ranking.get(2).score().total().toPlainString());
        assertEquals(List.of("selection.reason.outsideRegion", "selection.reason.legalForm", "selection.reason.tooFewMembers"),
                ranking.get(3).verdict().reasons().stream().map(r -> r.key()).toList());

        // Weights favouring size only: the ranking follows.
        selection.weigh(call.getId(), 0, 100, 0);
        List<Selection.Ranked> bySize = selection.ranking(call.getId());
        assertEquals("100.0", bySize.get(0).score().total().toPlainString());
        assertEquals("50.0", bySize.get(2).score().total().toPlainString());
        assertEquals(notVisited.getId(), bySize.get(2).application().getId());
        assertEquals(1, audit.page(new AuditFilter(null, "call", "intake.call.weighted", null, null), 0, 10).stream()
                .filter(e -> e.getSubjectId().equals(call.getId().toString())).count());
    }

    @Test
    void decisionsAreRecordedWithWhoAndWhenAndAudited() {
        IntakeCall call = call(20);
        IntakeApplication a = apply(call, "Décidée", "Laâyoune", LegalForm.COOPERATIVE, 12, true);
        IntakeApplication b = apply(call, "Refusée", "Es-Semara", LegalForm.COOPERATIVE, 12, true);
        Instant before = Instant.now();
        selection.decide(a.getId(), Decision.SELECTED, null, "secretaire.comite");
        selection.decide(b.getId(), Decision.REFUSED, "  Besoins moins prioritaires  ", "secretaire.comite");
        Map<Long, IntakeApplication> saved = Map.of(a.getId(), assessments.application(a.getId()), b.getId(), assessments.application(b.getId()));
        assertEquals(Decision.SELECTED, saved.get(a.getId()).getDecision());
        assertEquals("secretaire.comite", saved.get(a.getId()).getDecidedBy());
        assertFalse(saved.get(a.getId()).getDecidedAt().isBefore(before.minusSeconds(1)));
        assertEquals("Besoins moins prioritaires", saved.get(b.getId()).getDecisionReason());
        assertEquals(1, selection.selectedCount(call.getId()));
        List<AuditEntry> entries = audit.page(new AuditFilter(null, "application", "intake.application.decided", null, null), 0, 50);
        assertTrue(entries.stream().anyMatch(e -> e.getSubjectId().equals(b.getId().toString()) && e.getSummary().contains("REFUSED")
                && e.getSummary().contains("Besoins moins prioritaires")), entries.toString());
        assertTrue(entries.stream().anyMatch(e -> e.getSubjectId().equals(a.getId().toString()) && e.getSummary().contains("SELECTED")));
    }

    @Test
    void noMoreSelectedThanPlaces() {
        IntakeCall call = call(1);
        IntakeApplication first = apply(call, "Première", "Laâyoune", LegalForm.COOPERATIVE, 12, true);
        IntakeApplication second = apply(call, "Seconde", "Laâyoune", LegalForm.COOPERATIVE, 12, true);
        selection.decide(first.getId(), Decision.SELECTED, null, "admin");
        // Selecting the same one again does not count twice.
        selection.decide(first.getId(), Decision.SELECTED, null, "admin");
        assertEquals("selection.decision.noPlaceLeft", assertThrows(IntakeRuleViolation.class,
                () -> selection.decide(second.getId(), Decision.SELECTED, null, "admin")).messageKey());
        assertEquals(null, assessments.application(second.getId()).getDecision());
        selection.decide(first.getId(), Decision.WAITING_LIST, "Place rendue", "admin");
        selection.decide(second.getId(), Decision.SELECTED, null, "admin");
        assertEquals(1, selection.selectedCount(call.getId()));
    }

    @Test
    void badInputIsRefusedAndNothingIsWritten() {
        IntakeCall call = call(20);
        IntakeApplication application = apply(call, "Erreurs", "Laâyoune", LegalForm.COOPERATIVE, 12, true);
        IntakeApplication ineligible = apply(call, "Trop petite", "Laâyoune", LegalForm.COOPERATIVE, 2, true);
        AssessmentDetails outOfRange = visit(2);
        Map<Topic, Integer> scores = new EnumMap<>(outOfRange.scores());
        scores.put(Topic.PRODUCTION, 5);
        IntakeRuleViolation tooHigh = assertThrows(IntakeRuleViolation.class, () -> assessments.save(application.getId(),
                new AssessmentDetails(outOfRange.visitedOn(), null, scores, null, null), List.of(), "samira.bennani"));
        assertEquals(List.of("score-production selection.assessment.scoreOutOfRange"),
                tooHigh.problems().stream().map(p -> p.field() + " " + p.messageKey()).toList());
        assertTrue(assessments.of(application.getId()).isEmpty());
        assertEquals("selection.application.notFound", assertThrows(IntakeRuleViolation.class,
                () -> assessments.save(999_999_999L, visit(2), List.of(), "samira.bennani")).messageKey());
        assertEquals("selection.application.notFound", assertThrows(IntakeRuleViolation.class,
                () -> selection.decide(999_999_999L, Decision.SELECTED, null, "admin")).messageKey());
        assertEquals("selection.decision.reasonRequired", assertThrows(IntakeRuleViolation.class,
                () -> selection.decide(application.getId(), Decision.REFUSED, "   ", "admin")).messageKey());
        assertEquals("selection.decision.reasonTooLong", assertThrows(IntakeRuleViolation.class,
                () -> selection.decide(application.getId(), Decision.REFUSED, "x".repeat(1001), "admin")).messageKey());
        assertEquals("selection.decision.notEligible", assertThrows(IntakeRuleViolation.class,
                () -> selection.decide(ineligible.getId(), Decision.SELECTED, null, "admin")).messageKey());
        assertEquals("selection.decision.required", assertThrows(IntakeRuleViolation.class,
                () -> selection.decide(application.getId(), null, null, "admin")).messageKey());
        assertEquals("selection.weights.allZero", assertThrows(IntakeRuleViolation.class,
                () -> selection.weigh(call.getId(), 0, 0, 0)).messageKey());
        assertEquals(null, assessments.application(application.getId()).getDecision());
        assertEquals(60, intake.call(call.getId()).orElseThrow().getWeightNeed());
    }

    @Test
    void aSelectedApplicantBecomesACooperativeOnceWithoutRetyping() {
        IntakeCall call = call(20);
        IntakeApplication selected = apply(call, "Convertie", "Boujdour", LegalForm.COOPERATIVE, 14, true);
        IntakeApplication waiting = apply(call, "En attente", "Boujdour", LegalForm.COOPERATIVE, 14, true);
        selection.decide(selected.getId(), Decision.SELECTED, null, "admin");
        selection.decide(waiting.getId(), Decision.WAITING_LIST, "Rang 1", "admin");
        Cooperative cooperative = conversion.convert(selected.getId());
        Cooperative stored = cooperatives.find(cooperative.getId());
        assertEquals(selected.getNameFr(), stored.getNameFr());
        assertEquals(selected.getNameAr(), stored.getNameAr());
        assertEquals(14, stored.details().membersCount());
        assertTrue(stored.details().womenLed());
        assertEquals(cooperative.getId(), assessments.application(selected.getId()).getCooperativeId());
        assertEquals("selection.convert.already", assertThrows(IntakeRuleViolation.class,
                () -> conversion.convert(selected.getId())).messageKey());
        assertEquals("selection.convert.notSelected", assertThrows(IntakeRuleViolation.class,
                () -> conversion.convert(waiting.getId())).messageKey());
        assertEquals(null, assessments.application(waiting.getId()).getCooperativeId());
    }

    @Test
    void pagesDownloadsAndApiAreForTheRightRolesOnly() throws URISyntaxException {
        IntakeCall call = call(20);
        IntakeApplication application = apply(call, "Rôles", "Laâyoune", LegalForm.COOPERATIVE, 9, true);
        assessments.save(application.getId(), visit(3), List.of(), "omar.alaoui");
        selection.decide(application.getId(), Decision.SELECTED, null, "admin");
        String trainer = "formatrice" + TestAccounts.unique();
        accounts.create(new NewAccount(trainer, "Formatrice IT", null, Role.TRAINER, "visite-terrain-1", "fr", null, true));
        String trainee = testAccounts.newTrainee("stagiaire", "selection-1").getUsername();

        WebClient asTrainee = WebClient.signedIn(base.toURI(), trainee, "selection-1");
        assertEquals(403, asTrainee.get("author/assessment.xhtml?application=" + application.getId()).statusCode());
        assertEquals(403, asTrainee.get("admin/selection.xhtml?call=" + call.getId()).statusCode());
        assertEquals(403, asTrainee.get("admin/selection-export/" + call.getId() + ".csv").statusCode());
        assertEquals(403, asTrainee.get("admin/decision-letter/" + application.getId() + "/fr").statusCode());
        assertEquals(403, new WebClient(base.toURI()).get("api/calls/" + call.getId() + "/applications",
                WebClient.basic(trainee, "selection-1")).statusCode());

        WebClient asTrainer = WebClient.signedIn(base.toURI(), trainer, "visite-terrain-1");
        HttpResponse<String> page = asTrainer.get("author/assessment.xhtml?application=" + application.getId());
        assertEquals(200, page.statusCode());
        assertTrue(page.body().contains("Finitions à reprendre"));
        assertEquals(404, asTrainer.get("author/assessment.xhtml?application=999999999").statusCode());
        assertEquals(403, asTrainer.get("admin/selection.xhtml?call=" + call.getId()).statusCode());

        WebClient asAdmin = WebClient.signedIn(base.toURI(), "admin", ADMIN_PASSWORD);
        HttpResponse<String> selectionPage = asAdmin.get("admin/selection.xhtml?call=" + call.getId());
        assertEquals(200, selectionPage.statusCode());
        assertTrue(selectionPage.body().contains(application.getNameFr()));
        assertEquals(404, asAdmin.get("admin/selection.xhtml?call=999999999").statusCode());
        HttpResponse<byte[]> csv = asAdmin.getBytes("admin/selection-export/" + call.getId() + ".csv");
        assertEquals(200, csv.statusCode());
        assertTrue(new String(csv.body(), StandardCharsets.UTF_8).contains(application.getNameFr()));
        HttpResponse<byte[]> xlsx = asAdmin.getBytes("admin/selection-export/" + call.getId() + ".xlsx");
        assertEquals(200, xlsx.statusCode());
        assertEquals('P', xlsx.body()[0]);
        HttpResponse<byte[]> letter = asAdmin.getBytes("admin/decision-letter/" + application.getId() + "/ar");
        assertEquals(200, letter.statusCode());
        assertTrue(new String(letter.body(), 0, 5, StandardCharsets.US_ASCII).startsWith("%PDF-"));
        assertEquals(404, asAdmin.getBytes("admin/decision-letter/" + application.getId() + "/de").statusCode());

        HttpResponse<String> api = new WebClient(base.toURI()).get("api/calls/" + call.getId() + "/applications",
                WebClient.basic("admin", ADMIN_PASSWORD));
        assertEquals(200, api.statusCode());
        JsonArray entries = Json.createReader(new StringReader(api.body())).readArray();
        JsonObject entry = entries.getJsonObject(0);
        assertEquals("SELECTED", entry.getString("decision"));
        assertEquals("admin", entry.getString("decidedBy"));
        assertTrue(entry.getBoolean("eligible"));
        assertEquals(1, entry.getInt("rank"));
        // Need 3 of 4 (45), 9 members (20), led by a woman (20).
        assertEquals(85.0, entry.getJsonObject("score").getJsonNumber("total").doubleValue());
        assertEquals(45.0, entry.getJsonObject("score").getJsonNumber("need").doubleValue());
    }
}
