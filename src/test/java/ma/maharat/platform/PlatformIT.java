package ma.maharat.platform;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.annotation.Resource;
import jakarta.inject.Inject;
import jakarta.security.enterprise.identitystore.Pbkdf2PasswordHash;
import jakarta.transaction.UserTransaction;
import java.net.URI;
import java.net.URL;
import java.net.http.HttpResponse;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import javax.sql.DataSource;
import ma.maharat.WebClient;
import ma.maharat.identity.control.AccessTokens;
import ma.maharat.identity.control.AccountRuleViolation;
import ma.maharat.identity.control.Accounts;
import ma.maharat.identity.control.NewAccount;
import ma.maharat.identity.control.SignIn;
import ma.maharat.identity.control.SignInOutcome;
import ma.maharat.identity.entity.Account;
import ma.maharat.identity.entity.Role;
import org.jboss.arquillian.container.test.api.RunAsClient;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.arquillian.test.api.ArquillianResource;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * The platform in Payara Micro on a real MariaDB: schema, initial administrator, demo data, password
 * storage, throttling, tokens and the HTTP surface (API, health, cookies, area protection).
 * Every test works on accounts of its own, so the tests do not depend on their order.
 */
@ExtendWith(ArquillianExtension.class)
class PlatformIT {

    private static final String ADMIN_PASSWORD = "admin-it-Passw0rd";
    /** The client address these in-container sign-ins claim: a name, never contacted. */
    private static final String CLIENT = "platform-it";

    @Inject
    SignIn signIn;

    @Inject
    Accounts accounts;

    @Inject
    AccessTokens accessTokens;

    @Inject
    Pbkdf2PasswordHash otherHash;

    @Resource(lookup = "java:app/jdbc/maharat")
    DataSource dataSource;

    @Resource
    UserTransaction transaction;

    @ArquillianResource
    URL base;

    private static String unique(String prefix) {
        return prefix + "-" + Long.toString(System.nanoTime(), 36);
    }

    private Account newAccount(String prefix, Role role, String password) {
        return accounts.create(new NewAccount(unique(prefix), "Test " + prefix, "اختبار", role, password, "fr", null, true));
    }

    // In the container

    @Test
    void flywayMigratedTheSchema() throws SQLException {
        List<String> versions = query("SELECT version FROM flyway_schema_history WHERE success = 1 ORDER BY installed_rank");
        assertTrue(versions.contains("1"), "applied migrations: " + versions);
    }

    @Test
    void initialAdministratorSignsInWithTheConfiguredPassword() {
        SignInOutcome outcome = signIn.signIn("admin", ADMIN_PASSWORD.toCharArray(), CLIENT);
        SignInOutcome.SignedIn signedIn = assertInstanceOf(SignInOutcome.SignedIn.class, outcome);
        assertEquals(Role.ADMIN, signedIn.user().role());
    }

    @Test
    void demoDataSetGivesALivingCenter() throws SQLException {
        assertTrue(accounts.cooperatives().size() >= 4);
        Account fatima = accounts.all().stream().filter(a -> a.getUsername().equals("fatima.zahra")).findFirst().orElseThrow();
        assertEquals(Role.TRAINEE, fatima.getRole());
        assertEquals("تعاونية تيفاوين للخياطة", fatima.getCooperative().getNameAr());
        assertEquals(List.of("فاطمة الزهراء بشرى"), query("SELECT full_name_ar FROM account WHERE username = 'fatima.zahra'"));
    }

    @Test
    void passwordsAreStoredAsPbkdf2AtTheConfiguredIterations() throws SQLException {
        // Failsafe sets MAHARAT_PASSWORD_HASH_ITERATIONS for the whole suite; production's 600,000 is PasswordHashingTest's.
        String configured = System.getenv("MAHARAT_PASSWORD_HASH_ITERATIONS");
        assertTrue(configured != null && configured.matches("\\d+"), "MAHARAT_PASSWORD_HASH_ITERATIONS: " + configured);
        Account account = newAccount("hash", Role.TRAINEE, "un mot de passe");
        String stored = query("SELECT password_hash FROM account WHERE id = " + account.getId()).get(0);
        assertTrue(stored.startsWith("PBKDF2WithHmacSHA256:" + configured + ":"), stored);
        assertFalse(stored.contains("un mot de passe"));
    }

    @Test
    void weakerHashIsUpgradedAtTheNextSignIn() throws Exception {
        Account account = newAccount("upgrade", Role.TRAINEE, "ancien-hachage");
        storeHashOfRounds(account, "ancien-hachage", 1024);
        assertTrue(query("SELECT password_hash FROM account WHERE id = " + account.getId()).get(0).contains(":1024:"));

        assertInstanceOf(SignInOutcome.SignedIn.class, signIn.signIn(account.getUsername(), "ancien-hachage".toCharArray(), CLIENT));

        String configured = System.getenv("MAHARAT_PASSWORD_HASH_ITERATIONS");
        assertTrue(query("SELECT password_hash FROM account WHERE id = " + account.getId()).get(0).contains(":" + configured + ":"));
    }

    @Test
    void hashMadeWithProductionRoundsStillSignsInUnderALowerSettingAndIsKept() throws Exception {
        Account account = newAccount("production", Role.TRAINEE, "hachage-de-production");
        storeHashOfRounds(account, "hachage-de-production", 600_000);

        assertInstanceOf(SignInOutcome.SignedIn.class,
                signIn.signIn(account.getUsername(), "hachage-de-production".toCharArray(), CLIENT));
        assertInstanceOf(SignInOutcome.InvalidCredentials.class,
                signIn.signIn(account.getUsername(), "hachage-de-productioN".toCharArray(), CLIENT));

        assertTrue(query("SELECT password_hash FROM account WHERE id = " + account.getId()).get(0)
                .startsWith("PBKDF2WithHmacSHA256:600000:"));
    }

    /** Replaces the account's password hash by one of {@code password} made with {@code rounds} PBKDF2 rounds. */
    private void storeHashOfRounds(Account account, String password, int rounds) throws Exception {
        otherHash.initialize(Map.of("Pbkdf2PasswordHash.Iterations", Integer.toString(rounds),
                "Pbkdf2PasswordHash.Algorithm", "PBKDF2WithHmacSHA256"));
        transaction.begin();
        accounts.find(account.getId()).upgradePasswordHash(otherHash.generate(password.toCharArray()));
        transaction.commit();
    }

    @Test
    void failedSignInsLockTheAccountForTheGuesserButNotForItsOwnerAtAnotherTerminal() {
        Account guessed = newAccount("guessed", Role.TRAINEE, "le-bon-mot");
        Account neighbour = newAccount("neighbour", Role.TRAINEE, "le-bon-mot");
        String guesser = unique("guesser");
        for (int attempt = 1; attempt < 5; attempt++) {
            assertInstanceOf(SignInOutcome.InvalidCredentials.class, signIn.signIn(guessed.getUsername(), "faux".toCharArray(), guesser));
        }
        SignInOutcome fifth = signIn.signIn(guessed.getUsername(), "faux".toCharArray(), guesser);
        SignInOutcome.Throttled throttled = assertInstanceOf(SignInOutcome.Throttled.class, fifth);
        assertTrue(throttled.retryAfter().toSeconds() > 0);

        assertInstanceOf(SignInOutcome.Throttled.class, signIn.signIn(guessed.getUsername(), "le-bon-mot".toCharArray(), guesser),
                "even the right password waits, from where the guessing came");
        assertInstanceOf(SignInOutcome.SignedIn.class, signIn.signIn(neighbour.getUsername(), "le-bon-mot".toCharArray(), guesser),
                "another account is not locked out");
        assertInstanceOf(SignInOutcome.SignedIn.class, signIn.signIn(guessed.getUsername(), "le-bon-mot".toCharArray(), unique("owner")),
                "the owner, at a terminal that has not been guessing, is not locked out by someone else's guesses");
    }

    @Test
    void unknownUsernamesAreAnsweredExactlyLikeAnAccountWithAWrongPassword() {
        Account somebody = newAccount("somebody", Role.TRAINEE, "le-bon-mot");
        String nobody = unique("nobody");
        String first = unique("client");
        String second = unique("client");
        for (int attempt = 1; attempt < 5; attempt++) {
            assertInstanceOf(SignInOutcome.InvalidCredentials.class, signIn.signIn(nobody, "whatever1".toCharArray(), first));
            assertInstanceOf(SignInOutcome.InvalidCredentials.class, signIn.signIn(somebody.getUsername(), "whatever1".toCharArray(), second));
        }
        for (int attempt = 5; attempt < 7; attempt++) {
            SignInOutcome.Throttled unknown = assertInstanceOf(SignInOutcome.Throttled.class, signIn.signIn(nobody, "whatever1".toCharArray(), first),
                    "an unknown username reaches 'too many attempts' like an account (attempt " + attempt + ")");
            SignInOutcome.Throttled known = assertInstanceOf(SignInOutcome.Throttled.class,
                    signIn.signIn(somebody.getUsername(), "whatever1".toCharArray(), second));
            assertEquals(known.minutesToWait(), unknown.minutesToWait());
            assertEquals(known.scope(), unknown.scope());
        }
    }

    @Test
    void theCurrentPasswordCheckBeforeAChangeIsThrottledLikeASignIn() {
        Account account = newAccount("changer", Role.TRAINEE, "le-vrai-mot");
        String openTerminal = unique("terminal");
        for (int attempt = 1; attempt < 5; attempt++) {
            String guess = "devine-" + attempt;
            assertEquals("password.currentWrong", assertThrows(AccountRuleViolation.class,
                    () -> accounts.changeOwnPassword(account.getId(), guess, "nouveau-mot-1", openTerminal)).messageKey());
        }
        assertEquals("password.currentThrottled", assertThrows(AccountRuleViolation.class,
                () -> accounts.changeOwnPassword(account.getId(), "devine-5", "nouveau-mot-1", openTerminal)).messageKey());
        assertEquals("password.currentThrottled", assertThrows(AccountRuleViolation.class,
                () -> accounts.changeOwnPassword(account.getId(), "le-vrai-mot", "nouveau-mot-1", openTerminal)).messageKey(),
                "the terminal that was guessing waits even with the right password");
        assertInstanceOf(SignInOutcome.Throttled.class, signIn.signIn(account.getUsername(), "le-vrai-mot".toCharArray(), openTerminal),
                "one throttle for the change form and the sign-in");
        assertInstanceOf(SignInOutcome.SignedIn.class, signIn.signIn(account.getUsername(), "le-vrai-mot".toCharArray(), unique("own-phone")));
    }

    @Test
    void usernamesIgnoreCaseAndSurroundingBlanks() {
        Account account = newAccount("casing", Role.TRAINER, "casse-ignorée");
        assertInstanceOf(SignInOutcome.SignedIn.class, signIn.signIn("  " + account.getUsername().toUpperCase() + " ", "casse-ignorée".toCharArray(), CLIENT));
        AccountRuleViolation taken = assertThrows(AccountRuleViolation.class,
                () -> accounts.create(new NewAccount(account.getUsername().toUpperCase(), "Twin", null, Role.TRAINEE, "password-1", "fr", null, true)));
        assertEquals("username.taken", taken.messageKey());
    }

    @Test
    void passwordPolicyAndUsernameRulesAreEnforced() {
        assertEquals("password.tooShort", assertThrows(AccountRuleViolation.class,
                () -> accounts.create(new NewAccount(unique("short"), "Short", null, Role.TRAINEE, "1234567", "fr", null, false))).messageKey());
        assertEquals("username.invalid", assertThrows(AccountRuleViolation.class,
                () -> accounts.create(new NewAccount("a b", "Blank", null, Role.TRAINEE, "long enough", "fr", null, false))).messageKey());
        assertEquals("cooperative.onlyTrainees", assertThrows(AccountRuleViolation.class,
                () -> accounts.create(new NewAccount(unique("coop"), "Coop", null, Role.TRAINER, "long enough", "fr", 1L, false))).messageKey());
    }

    @Test
    void accountCreatedByAnAdministratorMustChangeItsPassword() {
        Account account = accounts.create(new NewAccount(unique("fresh"), "Fresh", null, Role.TRAINEE, "provisoire", "ar", null, false));
        SignInOutcome.SignedIn signedIn = assertInstanceOf(SignInOutcome.SignedIn.class, signIn.signIn(account.getUsername(), "provisoire".toCharArray(), CLIENT));
        assertTrue(signedIn.mustChangePassword());
        assertEquals("ar", signedIn.preferredLanguage());

        accounts.changeOwnPassword(account.getId(), "provisoire", "le mien maintenant", CLIENT);
        assertFalse(((SignInOutcome.SignedIn) signIn.signIn(account.getUsername(), "le mien maintenant".toCharArray(), CLIENT)).mustChangePassword());
        assertEquals("password.currentWrong", assertThrows(AccountRuleViolation.class,
                () -> accounts.changeOwnPassword(account.getId(), "provisoire", "encore un autre", CLIENT)).messageKey());
    }

    @Test
    void leavingAPageDoesNotSignAnyoneOutButTheSignOutButtonDoes() {
        Account account = newAccount("stays", Role.TRAINER, "reste-la-1");
        WebClient terminal = new WebClient(uri());
        assertEquals(302, terminal.signIn(account.getUsername(), "reste-la-1").statusCode());
        // What OmniFaces' unload beacon sends when the first form holding a view state is the sign-out form.
        HttpResponse<String> beacon = terminal.postForm("logout",
                Map.of("omnifaces.event", "unload", "id", "a1b2c3", "jakarta.faces.ViewState", "-123:456"));
        assertEquals(204, beacon.statusCode());
        assertEquals(200, terminal.get("trainer/").statusCode(), "still signed in after leaving a page");

        HttpResponse<String> signOut = terminal.postForm("logout", Map.of());
        assertEquals(302, signOut.statusCode());
        assertTrue(signOut.headers().firstValue("Location").orElseThrow().contains("login.xhtml?signedOut=true&language=fr"),
                "the sign-in page then speaks her language");
        assertEquals(302, terminal.get("trainer/").statusCode(), "signed out by the button");
    }

    /**
     * At a shared terminal nothing of a person may stay in the browser after she signed out: every
     * personal page and download says {@code no-store}, including those whose servlet sets its own
     * caching (photos, certificates, exports), the lesson page written without Faces, and the API.
     */
    @Test
    void personalPagesAndDownloadsAreNeverStoredByTheBrowser() throws Exception {
        String certificate = query("SELECT id FROM certificate WHERE verification_code = 'DEM0-VA1D-2026-0001'").get(0);
        String photo = query("SELECT p.id FROM practical_photo p JOIN practical_signoff s ON s.id = p.signoff_id"
                + " JOIN account a ON a.id = s.account_id WHERE a.username = 'fatima.zahra' ORDER BY p.id").get(0);
        String cohort = query("SELECT t.cohort_id FROM trainer_assignment t JOIN account a ON a.id = t.trainer_id"
                + " WHERE a.username = 'samira.bennani' ORDER BY t.cohort_id").get(0);
        WebClient trainee = new WebClient(uri());
        assertEquals(302, trainee.signIn("fatima.zahra", "maharat-demo").statusCode());
        WebClient trainer = new WebClient(uri());
        assertEquals(302, trainer.signIn("samira.bennani", "maharat-demo").statusCode());
        WebClient admin = new WebClient(uri());
        assertEquals(302, admin.signIn("admin", ADMIN_PASSWORD).statusCode());

        Map<String, HttpResponse<?>> personal = new java.util.LinkedHashMap<>();
        for (String page : List.of("learn/", "learn/course.xhtml?code=sourcing", "learn/lesson.xhtml?course=sourcing&lesson=fibres-and-fabrics",
                "learn/quiz.xhtml?course=quality&quiz=course", "learn/certificates.xhtml", "learn/still-here", "profile/")) {
            personal.put("trainee " + page, trainee.get(page));
        }
        personal.put("her certificate PDF", trainee.getBytes("learn/certificate/" + certificate + ".pdf"));
        personal.put("her practical-work photo", trainee.getBytes("practical-photo/" + photo));
        personal.put("GET api/me/progress", trainee.get("api/me/progress", WebClient.basic("fatima.zahra", "maharat-demo")));
        personal.put("progress CSV", trainer.getBytes("trainer/cohort-progress.csv?cohort=" + cohort));
        personal.put("progress XLSX", trainer.getBytes("trainer/cohort-progress.xlsx?cohort=" + cohort));
        personal.put("certificate PDF, administrators' address", admin.getBytes("admin/certificate/" + certificate + ".pdf"));
        personal.put("admin/accounts.xhtml", admin.get("admin/accounts.xhtml"));
        personal.put("GET api/certificates", admin.get("api/certificates", WebClient.basic("admin", ADMIN_PASSWORD)));

        List<String> stored = new ArrayList<>();
        personal.forEach((what, response) -> {
            List<String> caching = response.headers().allValues("Cache-Control");
            if (response.statusCode() / 100 != 2 || !caching.equals(List.of("no-store"))
                    || !response.headers().firstValue("Pragma").orElse("").equals("no-cache")
                    || response.headers().firstValue("Expires").isPresent()) {
                stored.add(what + " -> " + response.statusCode() + " " + caching);
            }
        });
        assertEquals(List.of(), stored, "personal responses that a browser may keep, or that did not answer");
    }

    @Test
    void deactivatedAccountLosesSignInSessionsAndTokens() throws Exception {
        Account account = newAccount("leaver", Role.TRAINER, "au-revoir-1");
        String token = accessTokens.create(account.getId(), "script").secret();
        assertTrue(accessTokens.authenticate(token).isPresent());
        WebClient terminal = new WebClient(uri());
        assertEquals(302, terminal.signIn(account.getUsername(), "au-revoir-1").statusCode());
        assertEquals(200, terminal.get("trainer/").statusCode(), "signed in: the account's status is now remembered");

        Account admin = accounts.all().stream().filter(a -> a.getUsername().equals("admin")).findFirst().orElseThrow();
        accounts.setActive(account.getId(), false, admin.getId());

        assertInstanceOf(SignInOutcome.Deactivated.class, signIn.signIn(account.getUsername(), "au-revoir-1".toCharArray(), CLIENT));
        assertInstanceOf(SignInOutcome.InvalidCredentials.class, signIn.signIn(account.getUsername(), "wrong-one".toCharArray(), CLIENT),
                "a wrong password does not reveal that the account is deactivated");
        assertFalse(accessTokens.authenticate(token).isPresent());
        HttpResponse<String> next = terminal.get("trainer/");
        assertEquals(302, next.statusCode(), "the open session ends at its very next request");
        assertTrue(next.headers().firstValue("Location").orElseThrow().contains("login.xhtml"));
    }

    @Test
    void lastActiveAdministratorCannotBeDeactivated() throws Exception {
        Account keeper = newAccount("keeper", Role.ADMIN, "garde-fou-1");
        transaction.begin();
        try {
            for (Account other : accounts.all()) {
                if (other.getRole() == Role.ADMIN && other.isActive() && !other.getId().equals(keeper.getId())) {
                    accounts.setActive(other.getId(), false, keeper.getId());
                }
            }
            Account admin = accounts.all().stream().filter(a -> a.getUsername().equals("admin")).findFirst().orElseThrow();
            AccountRuleViolation refused = assertThrows(AccountRuleViolation.class,
                    () -> accounts.setActive(keeper.getId(), false, admin.getId()));
            assertEquals("account.lastAdministrator", refused.messageKey());
        } finally {
            transaction.rollback();
        }
        assertEquals("account.cannotDeactivateSelf", assertThrows(AccountRuleViolation.class,
                () -> accounts.setActive(keeper.getId(), false, keeper.getId())).messageKey());
    }

    @Test
    void accessTokenWorksUntilRevokedAndOnlyItsOwnerRevokesIt() throws SQLException {
        Account owner = newAccount("owner", Role.TRAINER, "jeton-maitre");
        Account stranger = newAccount("stranger", Role.TRAINER, "jeton-autre");
        AccessTokens.CreatedToken created = accessTokens.create(owner.getId(), "rapport mensuel");
        assertTrue(created.secret().startsWith("mhr_"));
        assertEquals(owner.getUsername(), accessTokens.authenticate(created.secret()).orElseThrow().username());
        assertFalse(query("SELECT token_hash FROM access_token WHERE id = " + created.token().getId()).get(0).contains(created.secret()),
                "only a hash is stored");

        assertThrows(AccountRuleViolation.class, () -> accessTokens.revoke(stranger.getId(), created.token().getId()));
        assertTrue(accessTokens.authenticate(created.secret()).isPresent());

        accessTokens.revoke(owner.getId(), created.token().getId());
        assertFalse(accessTokens.authenticate(created.secret()).isPresent());
        assertFalse(accessTokens.authenticate(created.secret() + "x").isPresent());
    }

    @Test
    void preferredLanguageIsRemembered() {
        Account account = newAccount("lang", Role.TRAINEE, "langue-arabe");
        accounts.setPreferredLanguage(account.getId(), "ar");
        assertEquals("ar", ((SignInOutcome.SignedIn) signIn.signIn(account.getUsername(), "langue-arabe".toCharArray(), CLIENT)).preferredLanguage());
        assertEquals("language.unknown", assertThrows(AccountRuleViolation.class,
                () -> accounts.setPreferredLanguage(account.getId(), "de")).messageKey());
    }

    private List<String> query(String sql) throws SQLException {
        try (Connection connection = dataSource.getConnection();
                PreparedStatement statement = connection.prepareStatement(sql);
                ResultSet rows = statement.executeQuery()) {
            List<String> values = new ArrayList<>();
            while (rows.next()) {
                values.add(rows.getString(1));
            }
            return values;
        }
    }

    // Over HTTP, as browsers and scripts see it

    @Test
    @RunAsClient
    void apiAnswersWhoTheCallerIsWithBasicCredentials() {
        HttpResponse<String> response = new WebClient(uri()).get("api/me", WebClient.basic("admin", ADMIN_PASSWORD));
        assertEquals(200, response.statusCode(), response.body());
        assertTrue(response.body().contains("\"username\":\"admin\""), response.body());
        assertTrue(response.body().contains("\"role\":\"ADMIN\""), response.body());
        assertTrue(response.headers().firstValue("Set-Cookie").isEmpty(), "the API never opens a session");
    }

    @Test
    @RunAsClient
    void apiRefusesMissingOrWrongCredentialsInJson() {
        WebClient client = new WebClient(uri());
        HttpResponse<String> anonymous = client.get("api/me");
        assertEquals(401, anonymous.statusCode());
        assertTrue(anonymous.body().contains("authentication_required"), anonymous.body());
        assertTrue(anonymous.headers().firstValue("WWW-Authenticate").orElse("").contains("Bearer"));

        assertEquals(401, client.get("api/me", "Bearer mhr_not-a-real-token").statusCode());
        assertEquals(401, client.get("api/me", WebClient.basic("admin", "wrong")).statusCode());
    }

    @Test
    @RunAsClient
    void apiBasicIsThrottledPerAccountLikeTheSignInPage() {
        WebClient client = new WebClient(uri());
        for (int attempt = 1; attempt < 5; attempt++) {
            assertEquals(401, client.get("api/me", WebClient.basic("brahim.sbai", "devine")).statusCode());
        }
        HttpResponse<String> fifth = client.get("api/me", WebClient.basic("brahim.sbai", "devine"));
        assertEquals(429, fifth.statusCode(), fifth.body());
        assertTrue(fifth.headers().firstValue("Retry-After").isPresent());
        assertEquals(429, client.get("api/me", WebClient.basic("brahim.sbai", "maharat-demo")).statusCode());
        assertEquals(200, client.get("api/me", WebClient.basic("zineb.tazi", "maharat-demo")).statusCode());
    }

    @Test
    @RunAsClient
    void readinessIncludesTheDatabase() {
        HttpResponse<String> ready = new WebClient(uri().resolve("/")).get("health/ready");
        assertEquals(200, ready.statusCode(), ready.body());
        assertTrue(ready.body().contains("\"database\""), ready.body());
        assertTrue(ready.body().contains("\"UP\""), ready.body());
        assertEquals(200, new WebClient(uri().resolve("/")).get("health/live").statusCode());
    }

    @Test
    @RunAsClient
    void sessionCookieIsHttpOnlyAndSameSiteAndChangesAtSignIn() {
        WebClient client = new WebClient(uri());
        HttpResponse<String> login = client.get("login.xhtml");
        String cookie = login.headers().firstValue("Set-Cookie").orElseThrow();
        assertTrue(cookie.startsWith("MAHARAT_SESSION="), cookie);
        assertTrue(cookie.contains("HttpOnly"), cookie);
        assertTrue(cookie.toLowerCase().contains("samesite=lax"), cookie);

        HttpResponse<String> signedIn = client.signIn("khadija.elidrissi", "maharat-demo");
        assertEquals(302, signedIn.statusCode(), signedIn.body());
        assertTrue(signedIn.headers().firstValue("Location").orElseThrow().endsWith("/learn/"));
        String renewed = signedIn.headers().firstValue("Set-Cookie").orElseThrow();
        assertFalse(renewed.split(";")[0].equals(cookie.split(";")[0]), "a new session id at sign-in");
    }

    @Test
    @RunAsClient
    void pagesCarrySecurityHeaders() {
        HttpResponse<String> login = new WebClient(uri()).get("login.xhtml");
        assertEquals("nosniff", login.headers().firstValue("X-Content-Type-Options").orElse(""));
        assertEquals("DENY", login.headers().firstValue("X-Frame-Options").orElse(""));
        assertEquals("no-store", login.headers().firstValue("Cache-Control").orElse(""));
        assertTrue(login.headers().firstValue("Content-Security-Policy").orElse("").contains("frame-ancestors 'none'"));
    }

    /**
     * One script policy per page: a Faces page allows Maharat's own files and, through a nonce new for
     * every response, the scripts PrimeFaces writes into it, and nothing else inline; a page written
     * without Faces allows only Maharat's files.
     */
    @Test
    @RunAsClient
    void pagesRunOnlyTheirOwnScripts() {
        WebClient client = new WebClient(uri());
        HttpResponse<String> first = client.get("login.xhtml");
        HttpResponse<String> second = client.get("login.xhtml");
        List<String> policies = first.headers().allValues("Content-Security-Policy");
        assertEquals(1, policies.size(), "one policy, not two to intersect: " + policies);
        java.util.regex.Matcher nonce = java.util.regex.Pattern.compile("script-src 'self' 'nonce-([^']+)'").matcher(policies.get(0));
        assertTrue(nonce.find(), policies.get(0));
        assertTrue(policies.get(0).contains("frame-ancestors 'none'") && policies.get(0).contains("object-src 'none'"), policies.get(0));
        assertFalse(policies.get(0).contains("unsafe-inline") || policies.get(0).contains("unsafe-eval"), policies.get(0));
        assertTrue(first.body().contains("nonce=\"" + nonce.group(1) + "\""), "PrimeFaces' scripts carry the page's nonce");
        assertFalse(second.headers().firstValue("Content-Security-Policy").orElseThrow().contains(nonce.group(1)),
                "a nonce is never used twice");
        assertFalse(java.util.regex.Pattern.compile("<[^>]+\\son[a-z]+=\"", java.util.regex.Pattern.CASE_INSENSITIVE)
                .matcher(first.body()).find(), "no event-handler attribute left in the page: " + first.body());

        String withoutFaces = "frame-ancestors 'none'; object-src 'none'; base-uri 'self'; form-action 'self'; script-src 'self'";
        assertEquals(302, client.signIn("fatima.zahra", "maharat-demo").statusCode());
        HttpResponse<String> lesson = client.get("learn/lesson.xhtml?course=sourcing&lesson=fibres-and-fabrics");
        assertEquals(200, lesson.statusCode());
        assertEquals(List.of(withoutFaces), lesson.headers().allValues("Content-Security-Policy"), "the lesson page, written without Faces");
        assertFalse(lesson.body().contains("<script>") || lesson.body().contains(" onclick="), lesson.body());

        HttpResponse<String> missing = client.get("no-such-page.xhtml");
        assertEquals(404, missing.statusCode());
        assertEquals(1, missing.headers().allValues("Content-Security-Policy").size(), "an error page too: " + missing.headers().map());
        assertTrue(missing.headers().firstValue("Content-Security-Policy").orElseThrow().contains("script-src 'self'"));
        assertEquals("no-store", missing.headers().firstValue("Cache-Control").orElse(""), "an error page too");
    }

    /**
     * A Faces form posted without the nonce PrimeFaces' script adds to it in a browser (a forged post, or
     * a page whose scripts never ran) is refused with a 400 and a page that says to reload, not a 500.
     */
    @Test
    @RunAsClient
    void aFormPostedWithoutItsPagesNonceIsRefusedWith400() {
        WebClient admin = new WebClient(uri());
        assertEquals(302, admin.signIn("admin", ADMIN_PASSWORD).statusCode());
        HttpResponse<String> page = admin.get("admin/cohorts.xhtml");
        assertEquals(200, page.statusCode());
        Map<String, String> forged = new java.util.LinkedHashMap<>();
        forged.put("jakarta.faces.ViewState", WebClient.viewState(page.body()));
        forged.put("primefaces.nonce", "not-the-page-s");
        HttpResponse<String> refused = admin.postForm("admin/cohorts.xhtml", forged);
        assertEquals(400, refused.statusCode(), refused.body());
        assertTrue(refused.body().contains("Cette demande n’a pas pu être traitée"), refused.body());
    }

    @Test
    @RunAsClient
    void unknownPageShowsTheErrorPageWithAReference() {
        HttpResponse<String> missing = new WebClient(uri()).get("no-such-page.xhtml");
        assertEquals(404, missing.statusCode());
        assertTrue(missing.body().contains("id=\"error-reference\""), missing.body());
        assertFalse(missing.body().contains("java.lang.") || missing.body().contains("\tat "), "no stack trace");
    }

    private URI uri() {
        try {
            return base.toURI();
        } catch (java.net.URISyntaxException e) {
            throw new IllegalStateException(e);
        }
    }
}
