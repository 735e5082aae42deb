package ma.maharat.cooperative.boundary;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.inject.Inject;
import java.net.URISyntaxException;
import java.net.URL;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.List;
import ma.maharat.TestAccounts;
import ma.maharat.WebClient;
import ma.maharat.cooperative.control.CooperativeRuleViolation;
import ma.maharat.cooperative.control.Cooperatives;
import ma.maharat.cooperative.control.FieldProblem;
import ma.maharat.cooperative.control.ImportOutcome;
import ma.maharat.cooperative.control.ImportProblem;
import ma.maharat.cooperative.entity.Cooperative;
import ma.maharat.cooperative.entity.CooperativeDetails;
import ma.maharat.cooperative.entity.LegalForm;
import ma.maharat.identity.control.Accounts;
import ma.maharat.identity.control.SignIn;
import ma.maharat.identity.control.SignInOutcome;
import ma.maharat.identity.entity.Account;
import org.jboss.arquillian.container.test.api.RunAsClient;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.arquillian.test.api.ArquillianResource;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * Cooperatives on Payara and MariaDB: the V5 columns, the form's rules, and CSV imports that save all
 * rows or none and that change nothing when the same file comes again. Each test names its own
 * cooperatives and members, so tests do not see each other's data.
 */
@ExtendWith(ArquillianExtension.class)
class CooperativeIT {

    @Inject
    Cooperatives cooperatives;

    @Inject
    Accounts accounts;

    @Inject
    SignIn signIn;

    @ArquillianResource
    URL base;

    private static byte[] excelFrench(String text) {
        byte[] body = text.replace("\n", "\r\n").getBytes(StandardCharsets.UTF_8);
        byte[] withBom = new byte[body.length + 3];
        withBom[0] = (byte) 0xEF;
        withBom[1] = (byte) 0xBB;
        withBom[2] = (byte) 0xBF;
        System.arraycopy(body, 0, withBom, 3, body.length);
        return withBom;
    }

    private Cooperative byName(String nameFr) {
        return cooperatives.all().stream().filter(c -> c.key().equals(Cooperative.keyOf(nameFr))).findFirst().orElseThrow();
    }

    @Test
    void importThenReimportOfTheSameFilesChangesNothing() {
        String id = TestAccounts.unique();
        byte[] coops = excelFrench("name_fr;name_ar;province;city;legal_form;year_founded;members_count;women_led;main_products;contact_name;contact_phone;contact_email\n"
                + "Coopérative Atlas " + id + ";تعاونية الأطلس;Laâyoune;Laâyoune;coopérative;2016;31;oui;\"Caftans; djellabas\";Fatma Salek;+212 661 00 00 01;atlas@example.ma\n"
                + "Association Oasis " + id + ";جمعية الواحة;Tarfaya;Tarfaya;association;2019;12;non;Broderie;;;\n");
        byte[] members = excelFrench("username;full_name_fr;full_name_ar;cooperative;language\n"
                + "amina." + id + ";Amina Salek;أمينة سالك;COOPERATIVE ATLAS " + id + ";ar\n"
                + "leila." + id + ";Leila Bachir;;Coopérative Atlas " + id + ";\n"
                + "rkia." + id + ";Rkia Ahmed;رقية أحمد;Association Oasis " + id + ";fr\n");

        assertEquals(new ImportOutcome(2, 0, 0, List.of()), cooperatives.importCooperatives(coops));
        assertEquals(new ImportOutcome(3, 0, 0, List.of()), cooperatives.importMembers(members));
        Cooperative atlas = byName("Coopérative Atlas " + id);
        assertEquals(LegalForm.COOPERATIVE, atlas.getLegalForm());
        assertEquals(2016, atlas.getYearFounded());
        assertEquals(31, atlas.getMembersCount());
        assertEquals("Caftans; djellabas", atlas.getMainProducts());
        assertEquals(2L, cooperatives.traineeCounts().get(atlas.getId()));
        assertEquals(1L, cooperatives.traineeCounts().get(byName("Association Oasis " + id).getId()));

        assertEquals(new ImportOutcome(0, 0, 2, List.of()), cooperatives.importCooperatives(coops));
        assertEquals(new ImportOutcome(0, 0, 3, List.of()), cooperatives.importMembers(members));
        assertEquals(1, cooperatives.all().stream().filter(c -> c.key().equals(Cooperative.keyOf("Coopérative Atlas " + id))).count());
        assertEquals(2L, cooperatives.traineeCounts().get(atlas.getId()));

        Account amina = accounts.byUsername("amina." + id).orElseThrow();
        assertEquals("ar", amina.getPreferredLanguage());
        assertTrue(amina.isMustChangePassword(), "an imported trainee waits for an administrator's temporary password");
        assertInstanceOf(SignInOutcome.InvalidCredentials.class, signIn.signIn(amina.getUsername(), "".toCharArray(), "cooperative-it"));
        accounts.resetPassword(amina.getId(), "provisoire-" + id);
        assertInstanceOf(SignInOutcome.SignedIn.class, signIn.signIn(amina.getUsername(), ("provisoire-" + id).toCharArray(), "cooperative-it"));
    }

    @Test
    void changedRowUpdatesTheCooperativeFoundByItsFrenchNameWhateverTheSpelling() {
        String id = TestAccounts.unique();
        cooperatives.importCooperatives(excelFrench("name_fr,name_ar,city,members_count\nCoopérative Sahara " + id + ",تعاونية الصحراء,Boujdour,10\n"));
        ImportOutcome again = cooperatives.importCooperatives(
                ("name_fr,name_ar,city,members_count\n  cooperative   SAHARA " + id + " ,تعاونية الصحراء,Boujdour,14\n").getBytes(StandardCharsets.UTF_8));
        assertEquals(new ImportOutcome(0, 1, 0, List.of()), again);
        assertEquals(14, byName("Coopérative Sahara " + id).getMembersCount());
    }

    @Test
    void oneBadRowKeepsTheWholeFileOut() {
        String id = TestAccounts.unique();
        ImportOutcome refused = cooperatives.importCooperatives(("name_fr,name_ar,city,year_founded,contact_email\n"
                + "Coopérative Bonne " + id + ",تعاونية,Laâyoune,2010,\n"
                + "Coopérative Mauvaise " + id + ",تعاونية,Laâyoune,3010,pas-un-courriel\n").getBytes(StandardCharsets.UTF_8));
        assertFalse(refused.imported());
        assertEquals(List.of(new ImportProblem(3, "year_founded", "cooperative.yearOutOfRange", List.of(1900, java.time.Year.now().getValue())),
                new ImportProblem(3, "contact_email", "cooperative.badEmail", List.of())), refused.problems());
        assertTrue(cooperatives.all().stream().noneMatch(c -> c.getNameFr().endsWith(id)), "nothing of a refused file is saved");

        cooperatives.importCooperatives(("name_fr,name_ar,city\nCoopérative Bonne " + id + ",تعاونية,Laâyoune\n").getBytes(StandardCharsets.UTF_8));
        ImportOutcome members = cooperatives.importMembers(("username,full_name_fr,cooperative\n"
                + "saida." + id + ",Saida,Coopérative Bonne " + id + "\n"
                + "admin,Usurpatrice,Coopérative Bonne " + id + "\n"
                + "zahra." + id + ",Zahra,Coopérative Inconnue " + id + "\n").getBytes(StandardCharsets.UTF_8));
        assertEquals(List.of(new ImportProblem(3, "username", "csv.usernameNotTrainee", List.of("admin")),
                new ImportProblem(4, "cooperative", "csv.unknownCooperative", List.of("Coopérative Inconnue " + id))), members.problems());
        assertTrue(accounts.byUsername("saida." + id).isEmpty(), "no account is opened from a refused file");
    }

    @Test
    void formRulesRefuseASecondCooperativeOfTheSameNameAndBadDetails() {
        String id = TestAccounts.unique();
        Cooperative created = cooperatives.create(new CooperativeDetails(" Coopérative  Noria " + id, "تعاونية الناعورة", null, "Smara",
                LegalForm.GIE, 2001, 8, true, null, null, null, null));
        assertEquals("Coopérative Noria " + id, created.getNameFr());
        CooperativeRuleViolation taken = assertThrows(CooperativeRuleViolation.class, () -> cooperatives.create(new CooperativeDetails(
                "cooperative noria " + id, "أخرى", null, "Smara", LegalForm.COOPERATIVE, null, null, false, null, null, null, null)));
        assertEquals(List.of(new FieldProblem("name_fr", "cooperative.nameTaken", List.of())), taken.problems());
        CooperativeRuleViolation bad = assertThrows(CooperativeRuleViolation.class, () -> cooperatives.update(created.getId(), new CooperativeDetails(
                "Coopérative Noria " + id, "", null, "Smara", LegalForm.GIE, 2001, -1, true, null, null, "abc", null)));
        assertEquals(List.of("name_ar", "members_count", "contact_phone"), bad.problems().stream().map(FieldProblem::field).toList());
        Cooperative updated = cooperatives.update(created.getId(), new CooperativeDetails("Coopérative Noria " + id, "تعاونية الناعورة",
                "Es-Semara", "Smara", LegalForm.GIE, 2001, 9, true, "Tapis", "Mina", "0528 00 00 00", "noria@example.ma"));
        assertEquals("Es-Semara", updated.getProvince());
        assertEquals("noria@example.ma", cooperatives.find(created.getId()).getContactEmail());
    }

    @Test
    @RunAsClient
    void administratorSeesTheCooperativesWithTheirTrainees() throws URISyntaxException {
        WebClient client = new WebClient(base.toURI());
        client.signIn("admin", "admin-it-Passw0rd");
        HttpResponse<String> page = client.get("admin/cooperatives.xhtml");
        assertEquals(200, page.statusCode());
        // The first page of 25, by French name: other tests' cooperatives come after "Al Amal".
        assertTrue(page.body().contains("Coopérative Al Amal Textile"), page.body());
        assertTrue(page.body().contains("name-fr"));
        assertTrue(page.body().contains("import-members"));
    }
}
