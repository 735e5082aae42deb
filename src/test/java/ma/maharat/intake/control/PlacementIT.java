package ma.maharat.intake.control;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.inject.Inject;
import java.net.URISyntaxException;
import java.net.URL;
import java.net.http.HttpResponse;
import java.time.LocalDate;
import java.util.EnumMap;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import ma.maharat.TestAccounts;
import ma.maharat.WebClient;
import ma.maharat.cooperative.control.Cooperatives;
import ma.maharat.cooperative.entity.Cooperative;
import ma.maharat.cooperative.entity.CooperativeDetails;
import ma.maharat.cooperative.entity.LegalForm;
import ma.maharat.course.entity.Course;
import ma.maharat.intake.entity.ApplicationDetails;
import ma.maharat.intake.entity.AssessmentDetails;
import ma.maharat.intake.entity.CallDetails;
import ma.maharat.intake.entity.Decision;
import ma.maharat.intake.entity.IntakeApplication;
import ma.maharat.intake.entity.IntakeCall;
import ma.maharat.intake.entity.Topic;
import ma.maharat.intake.entity.TurnoverBand;
import ma.maharat.learning.control.Enrollments;
import ma.maharat.platform.i18n.CenterDates;
import ma.maharat.training.control.Cohorts;
import ma.maharat.training.control.PersonalisedProgrammes;
import ma.maharat.training.entity.Cohort;
import ma.maharat.training.entity.CohortDetails;
import ma.maharat.training.entity.CourseTreatment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.arquillian.test.api.ArquillianResource;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * From selection to training without retyping (issue 17, item 5): a selected applicant, once a cooperative,
 * joins a cohort and gets the programme its field visit calls for; the cooperative's impact page then tells
 * where it began. Each test makes its own call, applicant and cohort.
 */
@ExtendWith(ArquillianExtension.class)
class PlacementIT {

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
    Placement placement;

    @Inject
    Cohorts cohorts;

    @Inject
    Cooperatives cooperatives;

    @Inject
    Enrollments enrollments;

    @Inject
    PersonalisedProgrammes programmes;

    @Inject
    CooperativeBeginnings beginnings;

    @ArquillianResource
    URL base;

    private IntakeApplication selectedApplicant(String name, boolean visited) {
        LocalDate today = LocalDate.now(CenterDates.CENTER_ZONE);
        IntakeCall call = intake.createCall(new CallDetails("إدماج IT", "Placement IT " + TestAccounts.unique(), "نص", "Texte",
                today.minusDays(1), today.plusDays(10), 20, "Laâyoune-Sakia El Hamra", EnumSet.of(LegalForm.COOPERATIVE), true, 5));
        IntakeApplication application = intake.apply(call.getId(), new ApplicationDetails("تعاونية " + name,
                "Coopérative " + name + " " + TestAccounts.unique(), LegalForm.COOPERATIVE, null, "Boujdour", "Boujdour", 2018, 12, 12,
                true, true, "Melhfas brodées", null, null, TurnoverBand.values()[0], "Le patronage et la qualité", "Contact",
                "0662" + (100000 + (int) (System.nanoTime() % 800000)), null), List.of());
        if (visited) {
            Map<Topic, Integer> scores = new EnumMap<>(Topic.class);
            for (Topic topic : Topic.values()) {
                scores.put(topic, 2);
            }
            scores.put(Topic.MODELING, 4);
            scores.put(Topic.PROTOTYPING, 3);
            scores.put(Topic.QUALITY, 1);
            assessments.save(application.getId(), new AssessmentDetails(today, "Agent de la délégation", scores,
                    Map.of(Topic.QUALITY, "Finitions irrégulières"), "Quatre machines, deux en panne"), List.of(), "omar.alaoui");
        }
        selection.decide(application.getId(), Decision.SELECTED, null, "admin");
        return application;
    }

    private Cohort cohort(LocalDate start, String... codes) {
        List<Long> courses = List.of(codes).stream()
                .map(code -> enrollments.courses().stream().filter(c -> c.getCode().equals(code)).findFirst().orElseThrow())
                .map(Course::getId).toList();
        Cooperative host = cooperatives.create(new CooperativeDetails("Coopérative hôte " + TestAccounts.unique(), "تعاونية مضيفة", null,
                "Laâyoune", LegalForm.COOPERATIVE, null, null, true, null, null, null, null));
        return cohorts.create(new CohortDetails("Placement IT " + TestAccounts.unique(), start, start.plusDays(59), List.of(host.getId()),
                courses));
    }

    private static CourseTreatment treatmentOf(PersonalisedProgrammes.Programme programme, String code) {
        return programme.lines().stream().filter(l -> l.course().getCode().equals(code)).findFirst().orElseThrow().treatment();
    }

    @Test
    void aConvertedApplicantJoinsTheCohortWithTheProgrammeItsVisitCallsFor() {
        IntakeApplication application = selectedApplicant("Placée", true);
        Cooperative cooperative = conversion.convert(application.getId());
        Cohort cohort = cohort(LocalDate.of(2033, 1, 10), "modeling", "prototyping", "quality");

        Map<String, Integer> needs = placement.place(application.getId(), cohort.getId());

        assertEquals(4, needs.get("modeling"));
        assertTrue(cohorts.find(cohort.getId()).getCooperatives().stream().anyMatch(c -> c.getId().equals(cooperative.getId())));
        PersonalisedProgrammes.Programme programme = programmes.of(cohort.getId(), cooperative.getId());
        assertTrue(programme.isPersonalised());
        assertEquals(CourseTreatment.OPTIONAL, treatmentOf(programme, "modeling"));
        assertEquals(CourseTreatment.SHORTENED, treatmentOf(programme, "prototyping"));
        assertEquals(CourseTreatment.FULL, treatmentOf(programme, "quality"));

        // Placing again in the same cohort keeps one membership.
        placement.place(application.getId(), cohort.getId());
        assertEquals(1, cohorts.find(cohort.getId()).getCooperatives().stream().filter(c -> c.getId().equals(cooperative.getId())).count());
    }

    @Test
    void withoutAVisitEveryCourseIsProposedInFull() {
        IntakeApplication application = selectedApplicant("Sans visite", false);
        Cooperative cooperative = conversion.convert(application.getId());
        Cohort cohort = cohort(LocalDate.of(2033, 2, 7), "modeling", "quality");

        assertTrue(placement.place(application.getId(), cohort.getId()).isEmpty());
        PersonalisedProgrammes.Programme programme = programmes.of(cohort.getId(), cooperative.getId());
        assertEquals(List.of(CourseTreatment.FULL, CourseTreatment.FULL), programme.lines().stream().map(l -> l.treatment()).toList());
    }

    @Test
    void anApplicantNotYetACooperativeOrAnEndedCohortIsRefusedAndNothingChanges() {
        IntakeApplication notConverted = selectedApplicant("Pas encore", true);
        Cohort coming = cohort(LocalDate.of(2033, 3, 7), "modeling");
        assertEquals("selection.place.notConverted", assertThrows(IntakeRuleViolation.class,
                () -> placement.place(notConverted.getId(), coming.getId())).messageKey());
        assertEquals(1, cohorts.find(coming.getId()).getCooperatives().size(), "only its first cooperative");

        IntakeApplication converted = selectedApplicant("Trop tard", true);
        conversion.convert(converted.getId());
        Cohort ended = cohort(LocalDate.of(2020, 1, 6), "modeling");
        assertEquals("selection.place.cohortEnded", assertThrows(IntakeRuleViolation.class,
                () -> placement.place(converted.getId(), ended.getId())).messageKey());
        assertEquals(1, cohorts.find(ended.getId()).getCooperatives().size(), "only its first cooperative");
    }

    @Test
    void theCooperativesImpactPageTellsWhereItBegan() throws URISyntaxException {
        IntakeApplication application = selectedApplicant("Son histoire", true);
        Cooperative cooperative = conversion.convert(application.getId());

        CooperativeBeginnings.Beginning beginning = beginnings.of(cooperative.getId()).orElseThrow();
        assertEquals(application.getId(), beginning.application().getId());
        assertEquals("Le patronage et la qualité", beginning.wishes());
        assertEquals(Topic.values().length, beginning.scores().size());
        assertFalse(beginnings.of(Long.MAX_VALUE).isPresent());

        WebClient asAdmin = WebClient.signedIn(base.toURI(), "admin", ADMIN_PASSWORD);
        HttpResponse<String> page = asAdmin.get("admin/cooperative-impact.xhtml?id=" + cooperative.getId());
        assertEquals(200, page.statusCode());
        assertTrue(page.body().contains("id=\"cooperative-beginning\""), "the application's section");
        assertTrue(page.body().contains("Le patronage et la qualité"));
        assertTrue(page.body().contains("1 / 4"), "the visit's Quality score");

        HttpResponse<String> selectionPage = asAdmin.get("admin/selection.xhtml?call=" + application.getCall().getId());
        assertEquals(200, selectionPage.statusCode());
        assertTrue(selectionPage.body().contains("place-cohort"), "a converted applicant's row offers the cohorts");
    }
}
