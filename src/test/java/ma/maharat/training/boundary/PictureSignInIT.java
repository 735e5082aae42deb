package ma.maharat.training.boundary;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.inject.Inject;
import java.net.URISyntaxException;
import java.net.URL;
import java.net.http.HttpResponse;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import ma.maharat.TestAccounts;
import ma.maharat.WebClient;
import ma.maharat.cooperative.control.Cooperatives;
import ma.maharat.cooperative.entity.Cooperative;
import ma.maharat.cooperative.entity.CooperativeDetails;
import ma.maharat.cooperative.entity.LegalForm;
import ma.maharat.identity.control.AccountRuleViolation;
import ma.maharat.identity.control.Accounts;
import ma.maharat.identity.control.NewAccount;
import ma.maharat.identity.control.PictureCredential;
import ma.maharat.identity.control.PicturePasswords;
import ma.maharat.identity.control.PictureSequence;
import ma.maharat.identity.control.SignIn;
import ma.maharat.identity.control.SignInOutcome;
import ma.maharat.identity.control.Terminals;
import ma.maharat.identity.entity.Account;
import ma.maharat.identity.entity.Picture;
import ma.maharat.identity.entity.Role;
import ma.maharat.learning.control.Enrollments;
import ma.maharat.course.entity.Course;
import ma.maharat.training.control.Cohorts;
import ma.maharat.training.control.PictureSignInRoster;
import ma.maharat.training.entity.Cohort;
import ma.maharat.training.entity.CohortDetails;
import org.jboss.arquillian.container.test.api.RunAsClient;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.arquillian.test.api.ArquillianResource;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * Picture sign-in against the real database and container: terminals registered and revoked (and the
 * 404 anywhere else), the sequence checked in order, the throttle per account and per terminal, who is
 * listed (only trainees of cohorts that have it on) and who never signs in with pictures (trainers). Its
 * people, cooperatives, cohorts and terminals are its own, so it lives with the demo data and the other
 * tests on one database.
 */
@ExtendWith(ArquillianExtension.class)
class PictureSignInIT {

    private static final PictureSequence RIGHT = PictureSequence.of(Picture.SCISSORS, Picture.SPOOL, Picture.NEEDLE);
    private static final PictureSequence REVERSED = PictureSequence.of(Picture.NEEDLE, Picture.SPOOL, Picture.SCISSORS);

    @Inject
    Terminals terminals;

    @Inject
    SignIn signIn;

    @Inject
    PicturePasswords picturePasswords;

    @Inject
    Accounts accounts;

    @Inject
    Cooperatives cooperatives;

    @Inject
    Cohorts cohorts;

    @Inject
    Enrollments enrollments;

    @ArquillianResource
    URL base;

    private long admin() {
        return accounts.byUsername("admin").orElseThrow().getId();
    }

    private long terminal() {
        return terminals.register("Poste " + TestAccounts.unique(), admin()).terminal().getId();
    }

    /** A cohort of its own with one cooperative, picture sign-in as given, and a trainee with the right pictures. */
    private Account traineeWithPictures(boolean pictureSignIn) {
        String id = TestAccounts.unique();
        Cooperative cooperative = cooperatives.create(new CooperativeDetails("Coopérative Images " + id, "تعاونية الصور " + id, null,
                "Laâyoune", LegalForm.COOPERATIVE, null, null, true, null, null, null, null));
        Account trainee = accounts.create(new NewAccount("images." + id, "Stagiaire " + id, null, Role.TRAINEE, "pictures-it-Passw0rd",
                "fr", cooperative.getId(), false));
        List<Long> courses = enrollments.courses().stream().map(Course::getId).limit(1).toList();
        Cohort cohort = cohorts.create(new CohortDetails("Cycle images " + id, LocalDate.of(2026, 10, 5), LocalDate.of(2026, 12, 3),
                List.of(cooperative.getId()), courses));
        cohorts.allowPictureSignIn(cohort.getId(), pictureSignIn);
        picturePasswords.set(trainee.getId(), RIGHT);
        return trainee;
    }

    private SignInOutcome pictures(long accountId, PictureSequence sequence, long terminalId) {
        return signIn.signInWithPictures(new PictureCredential(accountId, sequence, terminalId), "picture-sign-in-it");
    }

    @Test
    void theThreePicturesSignInInTheirOrderOnly() {
        Account trainee = traineeWithPictures(true);
        long terminal = terminal();
        assertInstanceOf(SignInOutcome.InvalidCredentials.class, pictures(trainee.getId(), REVERSED, terminal));
        SignInOutcome outcome = pictures(trainee.getId(), RIGHT, terminal);
        SignInOutcome.SignedIn signedIn = assertInstanceOf(SignInOutcome.SignedIn.class, outcome);
        assertEquals(trainee.getUsername(), signedIn.user().username());
        assertEquals(Role.TRAINEE, signedIn.user().role());
        // Her password still works beside the pictures.
        assertInstanceOf(SignInOutcome.SignedIn.class, signIn.signIn(trainee.getUsername(), "pictures-it-Passw0rd".toCharArray(), TestAccounts.unique()));
        // The hash is a PBKDF2 hash like a password's, never the pictures' names.
        String hash = accounts.byUsername(trainee.getUsername()).orElseThrow().getPictureHash();
        assertTrue(hash.startsWith("PBKDF2WithHmacSHA256:"), hash);
        assertFalse(hash.contains("scissors"));
    }

    @Test
    void aRevokedOrUnknownTerminalSignsNobodyIn() {
        Account trainee = traineeWithPictures(true);
        Terminals.Registration registration = terminals.register("Poste révoqué " + TestAccounts.unique(), admin());
        assertTrue(terminals.holding(registration.token()).isPresent());
        assertTrue(registration.token().startsWith("mht_") && registration.token().length() > 40);
        terminals.revoke(registration.terminal().getId());
        assertFalse(terminals.holding(registration.token()).isPresent(), "a revoked terminal is no terminal");
        assertInstanceOf(SignInOutcome.InvalidCredentials.class, pictures(trainee.getId(), RIGHT, registration.terminal().getId()));
        assertInstanceOf(SignInOutcome.InvalidCredentials.class, pictures(trainee.getId(), RIGHT, -1));
        assertFalse(terminals.holding("mht_not-a-token").isPresent());
        assertFalse(terminals.holding(null).isPresent());
    }

    @Test
    void onlyAnActiveAdministratorRegistersATerminalWithAName() {
        long trainer = accounts.byUsername("samira.bennani").orElseThrow().getId();
        assertEquals("terminals.adminOnly", assertThrows(AccountRuleViolation.class, () -> terminals.register("Poste", trainer)).messageKey());
        assertEquals("terminals.nameRequired", assertThrows(AccountRuleViolation.class, () -> terminals.register(" ", admin())).messageKey());
        assertEquals("terminals.nameRequired",
                assertThrows(AccountRuleViolation.class, () -> terminals.register("x".repeat(101), admin())).messageKey());
        assertEquals("terminals.notFound", assertThrows(AccountRuleViolation.class, () -> terminals.revoke(-1)).messageKey());
    }

    @Test
    void anAccountWaitsAfterFiveWrongSequencesEvenWithTheRightOne() {
        Account trainee = traineeWithPictures(true);
        long terminal = terminal();
        for (int i = 1; i <= 4; i++) {
            assertInstanceOf(SignInOutcome.InvalidCredentials.class, pictures(trainee.getId(), REVERSED, terminal), "failure " + i);
        }
        assertInstanceOf(SignInOutcome.Throttled.class, pictures(trainee.getId(), REVERSED, terminal));
        assertInstanceOf(SignInOutcome.Throttled.class, pictures(trainee.getId(), RIGHT, terminal), "the right pictures wait too");
        // The same count as the password's: a client that failed as often waits with the password too; her
        // password from a client with no failures of its own still opens the account (SignInGuard).
        String guesser = TestAccounts.unique();
        for (int i = 1; i <= 5; i++) {
            signIn.signIn(trainee.getUsername(), "not-her-password".toCharArray(), guesser);
        }
        assertInstanceOf(SignInOutcome.Throttled.class, signIn.signIn(trainee.getUsername(), "pictures-it-Passw0rd".toCharArray(), guesser));
        assertInstanceOf(SignInOutcome.SignedIn.class, signIn.signIn(trainee.getUsername(), "pictures-it-Passw0rd".toCharArray(), TestAccounts.unique()));
    }

    @Test
    void aTerminalWaitsAfterFifteenWrongSequencesWhoeverTheyWereFor() {
        long terminal = terminal();
        long otherTerminal = terminal();
        // Five trainees, three failures each: no account reaches its own limit, the terminal reaches its.
        List<Account> trainees = List.of(traineeWithPictures(true), traineeWithPictures(true), traineeWithPictures(true),
                traineeWithPictures(true), traineeWithPictures(true));
        int failures = 0;
        for (Account trainee : trainees) {
            for (int i = 0; i < 3; i++) {
                SignInOutcome outcome = pictures(trainee.getId(), REVERSED, terminal);
                failures++;
                if (failures < 15) {
                    assertInstanceOf(SignInOutcome.InvalidCredentials.class, outcome, "failure " + failures);
                } else {
                    assertInstanceOf(SignInOutcome.Throttled.class, outcome, "failure " + failures);
                }
            }
        }
        Account fresh = traineeWithPictures(true);
        assertInstanceOf(SignInOutcome.Throttled.class, pictures(fresh.getId(), RIGHT, terminal), "this terminal waits for everyone");
        assertInstanceOf(SignInOutcome.SignedIn.class, pictures(fresh.getId(), RIGHT, otherTerminal), "another terminal does not");
    }

    @Test
    void trainersNeverSignInWithPictures() {
        long trainer = accounts.byUsername("omar.alaoui").orElseThrow().getId();
        assertThrows(AccountRuleViolation.class, () -> picturePasswords.set(trainer, RIGHT));
        assertTrue(picturePasswords.drawFor(List.of(trainer, admin())).isEmpty(), "no pictures drawn for a trainer or an administrator");
        assertInstanceOf(SignInOutcome.InvalidCredentials.class, pictures(trainer, RIGHT, terminal()));
        assertInstanceOf(SignInOutcome.InvalidCredentials.class, pictures(admin(), RIGHT, terminal()));
    }

    @Test
    void onlyTraineesOfCohortsWithPictureSignInOnAreListed() {
        Account without = traineeWithPictures(false);
        Account with = traineeWithPictures(true);
        PictureSignInRoster roster = new PictureSignInRoster(cohorts.pictureSignInTrainees(), false);
        assertFalse(roster.offers(without.getId()), "her cohort has picture sign-in off");
        assertTrue(roster.offers(with.getId()));
        // The demo's Cycle 2 has it on (README); Cycle 3's trainees are not listed.
        assertTrue(roster.offers(accounts.byUsername("nadia.elhaddad").orElseThrow().getId()));
        assertFalse(roster.offers(accounts.byUsername("hafsa.kabbaj").orElseThrow().getId()));
        // Trainers are never listed.
        assertFalse(roster.offers(accounts.byUsername("samira.bennani").orElseThrow().getId()));
    }

    @Test
    void drawingNewPicturesReplacesTheOldOnes() {
        Account trainee = traineeWithPictures(true);
        long terminal = terminal();
        Map<Long, PictureSequence> drawn = picturePasswords.drawFor(List.of(trainee.getId()));
        PictureSequence fresh = drawn.get(trainee.getId());
        assertEquals(3, fresh.pictures().stream().distinct().count());
        if (!fresh.equals(RIGHT)) {
            assertInstanceOf(SignInOutcome.InvalidCredentials.class, pictures(trainee.getId(), RIGHT, terminal), "the old card no longer works");
        }
        assertInstanceOf(SignInOutcome.SignedIn.class, pictures(trainee.getId(), fresh, terminal));
    }

    /**
     * Over HTTP: the picture page is a 404 without a terminal cookie and shows no name; the administrator
     * registers the browser (an HttpOnly, SameSite=Strict cookie), the sign-in page then offers pictures and
     * the page lists names; revoked, it is a 404 again.
     */
    @Test
    @RunAsClient
    void theAdministratorRegistersABrowserAndRevokesIt() throws URISyntaxException {
        WebClient anyone = new WebClient(base.toURI());
        HttpResponse<String> hidden = anyone.get("pictures/");
        assertEquals(404, hidden.statusCode());
        assertFalse(hidden.body().contains("Nadia"), "no name anywhere else");
        assertFalse(anyone.get("login.xhtml").body().contains("id=\"picture-sign-in\""));

        WebClient admin = new WebClient(base.toURI());
        admin.signIn("admin", "admin-it-Passw0rd");
        String page = admin.get("admin/terminals.xhtml").body();
        assertTrue(page.contains("menu-terminals"), page);
        String name = "Salle IT " + TestAccounts.unique();
        Map<String, String> form = new LinkedHashMap<>();
        form.put("terminal", "terminal");
        form.put("terminal:name", name);
        form.put("terminal:register", "terminal:register");
        form.put("jakarta.faces.ViewState", WebClient.viewState(page));
        HttpResponse<String> registered = admin.postForm("admin/terminals.xhtml", form);
        assertEquals(200, registered.statusCode());
        String cookie = registered.headers().allValues("Set-Cookie").stream().filter(c -> c.startsWith("MAHARAT_TERMINAL=mht_"))
                .findFirst().orElseThrow(() -> new AssertionError("no terminal cookie: " + registered.headers()));
        assertTrue(cookie.contains("HttpOnly") && cookie.contains("SameSite=Strict") && cookie.contains("Max-Age="), cookie);
        assertTrue(registered.body().contains(name) && registered.body().contains("this-browser-registered"), registered.body());

        admin.postForm("logout", Map.of());
        assertTrue(admin.get("login.xhtml").body().contains("id=\"picture-sign-in\""), "the sign-in page offers pictures");
        HttpResponse<String> open = admin.get("pictures/");
        assertEquals(200, open.statusCode(), open.body());
        assertTrue(open.body().contains("picture-letter"), open.body());
        admin.signIn("admin", "admin-it-Passw0rd");

        String list = admin.get("admin/terminals.xhtml").body();
        java.util.regex.Matcher row = java.util.regex.Pattern.compile("<tr[^>]*>(?:(?!</tr>).)*" + java.util.regex.Pattern.quote(name)
                + "(?:(?!</tr>).)*</tr>", java.util.regex.Pattern.DOTALL).matcher(list);
        assertTrue(row.find(), list);
        java.util.regex.Matcher revoke = java.util.regex.Pattern.compile("id=\"(terminals:table:\\d+:revoke)\"").matcher(row.group());
        assertTrue(revoke.find(), row.group());
        Map<String, String> revokeForm = new LinkedHashMap<>();
        revokeForm.put("terminals", "terminals");
        revokeForm.put(revoke.group(1), revoke.group(1));
        revokeForm.put("jakarta.faces.ViewState", WebClient.viewState(list));
        HttpResponse<String> revoked = admin.postForm("admin/terminals.xhtml", revokeForm);
        assertEquals(200, revoked.statusCode());
        admin.postForm("logout", Map.of());
        assertEquals(404, admin.get("pictures/").statusCode(), "a revoked terminal is a 404 again");
        assertFalse(admin.get("login.xhtml").body().contains("id=\"picture-sign-in\""));
    }

    /**
     * The cards page: administrators for any cohort, a trainer for her cohorts only (403 for another, as
     * Latifa for the demo's Cycle 2, which she does not teach), a trainee never, an unknown cohort 404.
     */
    @Test
    @RunAsClient
    void cardsAreForAdministratorsAndTheCohortsTrainersOnly() throws URISyntaxException {
        WebClient admin = new WebClient(base.toURI());
        admin.signIn("admin", "admin-it-Passw0rd");
        String cohortsPage = admin.get("admin/cohorts.xhtml").body();
        java.util.regex.Matcher cycle2 = java.util.regex.Pattern.compile("Cycle 2 — Laâyoune et Boujdour(?:(?!</tr>).)*"
                + "admin/picture-cards\\.xhtml\\?cohort=(\\d+)", java.util.regex.Pattern.DOTALL).matcher(cohortsPage);
        assertTrue(cycle2.find(), cohortsPage);
        String cohortId = cycle2.group(1);
        HttpResponse<String> cards = admin.get("admin/picture-cards.xhtml?cohort=" + cohortId);
        assertEquals(200, cards.statusCode());
        assertTrue(cards.body().contains("Nadia El Haddad"), cards.body());
        assertEquals(404, admin.get("admin/picture-cards.xhtml?cohort=999999999").statusCode());

        WebClient samira = new WebClient(base.toURI());
        samira.signIn("samira.bennani", "maharat-demo");
        assertEquals(200, samira.get("trainer/picture-cards.xhtml?cohort=" + cohortId).statusCode(), "Samira teaches Cycle 2");

        WebClient latifa = new WebClient(base.toURI());
        latifa.signIn("latifa.mansouri", "maharat-demo");
        assertEquals(403, latifa.get("trainer/picture-cards.xhtml?cohort=" + cohortId).statusCode(), "not her cohort");

        WebClient trainee = new WebClient(base.toURI());
        trainee.signIn("nadia.elhaddad", "maharat-demo");
        assertEquals(403, trainee.get("trainer/picture-cards.xhtml?cohort=" + cohortId).statusCode());
        assertEquals(403, trainee.get("admin/picture-cards.xhtml?cohort=" + cohortId).statusCode());
    }
}
