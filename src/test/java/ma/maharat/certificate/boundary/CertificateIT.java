package ma.maharat.certificate.boundary;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.annotation.Resource;
import jakarta.inject.Inject;
import jakarta.json.Json;
import jakarta.json.JsonObject;
import jakarta.json.JsonReader;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.UserTransaction;
import java.io.StringReader;
import java.net.URISyntaxException;
import java.net.URL;
import java.net.http.HttpResponse;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import javax.sql.DataSource;
import ma.maharat.TestAccounts;
import ma.maharat.WebClient;
import ma.maharat.center.control.CenterRuleViolation;
import ma.maharat.center.control.CenterSettings;
import ma.maharat.center.control.PublicAddress;
import ma.maharat.center.control.PublicAddressRules;
import ma.maharat.center.entity.CenterSetting;
import ma.maharat.certificate.control.CertificateRuleViolation;
import ma.maharat.certificate.control.Candidate;
import ma.maharat.certificate.control.CertificateCorrections;
import ma.maharat.certificate.control.CertificateEligibility;
import ma.maharat.certificate.control.CertificateEligibility.GroupKind;
import ma.maharat.certificate.control.CertificateIssuing;
import ma.maharat.certificate.control.CertificateRegister;
import ma.maharat.certificate.control.EligibilityReport;
import ma.maharat.certificate.control.VerificationCode;
import ma.maharat.certificate.control.VerificationGate;
import ma.maharat.certificate.credential.BitstringStatusList;
import ma.maharat.certificate.credential.OpenBadgeCredentials;
import ma.maharat.certificate.entity.Certificate;
import ma.maharat.cooperative.control.Cooperatives;
import ma.maharat.cooperative.entity.Cooperative;
import ma.maharat.cooperative.entity.CooperativeDetails;
import ma.maharat.cooperative.entity.LegalForm;
import ma.maharat.course.entity.Course;
import ma.maharat.demo.DemoCertificates;
import ma.maharat.identity.control.Accounts;
import ma.maharat.identity.control.NewAccount;
import ma.maharat.identity.entity.Account;
import ma.maharat.identity.entity.Role;
import ma.maharat.learning.control.Enrollments;
import ma.maharat.learning.control.Learning;
import ma.maharat.platform.i18n.Language;
import ma.maharat.quiz.control.AnswerKey;
import ma.maharat.quiz.control.AnswerSaves;
import ma.maharat.quiz.control.Attempts;
import ma.maharat.quiz.entity.AttemptAnswer;
import ma.maharat.quiz.entity.Quiz;
import ma.maharat.quiz.entity.QuizAttempt;
import ma.maharat.training.control.Cohorts;
import ma.maharat.training.entity.Cohort;
import ma.maharat.training.entity.CohortDetails;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.arquillian.test.api.ArquillianResource;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestMethodOrder;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * Certificates on Payara and MariaDB: eligibility names what is missing, issuing needs completion and
 * gives one valid certificate per trainee and course, numbers stay sequential and unique when
 * administrators issue at the same moment, the database refuses to change issued facts, corrections
 * supersede, revocation shows at once on the public API and page (which show nothing else personal),
 * only administrators list certificates, trainees download only their own, and lookups are
 * rate-limited. The rate limit test runs last: it uses up this client's lookups, then gives them back
 * to the classes that share the server after it (ADR 19).
 */
@ExtendWith(ArquillianExtension.class)
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class CertificateIT {

    private static final String ADMIN = WebClient.basic("admin", "admin-it-Passw0rd");
    private static final String COURSE = "modeling";

    @Inject
    CertificateEligibility eligibility;

    @Inject
    CertificateIssuing issuing;

    @Inject
    CertificateCorrections corrections;

    @Inject
    CertificateRegister register;

    @Inject
    Cooperatives cooperatives;

    @Inject
    Accounts accounts;

    @Inject
    Enrollments enrollments;

    @Inject
    Cohorts cohorts;

    @Inject
    Learning learning;

    @Inject
    Attempts attempts;

    @Inject
    AnswerSaves answerSaves;

    @Inject
    OpenBadgeCredentials credentials;

    @Inject
    CenterSettings centerSettings;

    @Inject
    PublicAddress publicAddress;

    @PersistenceContext
    EntityManager em;

    @Inject
    UserTransaction transaction;

    @Resource(lookup = "java:app/jdbc/maharat")
    DataSource dataSource;

    @Inject
    VerificationGate verificationGate;

    @ArquillianResource
    URL base;

    private WebClient client() {
        try {
            return new WebClient(base.toURI());
        } catch (URISyntaxException e) {
            throw new IllegalStateException(e);
        }
    }

    private Course course() {
        return course(COURSE);
    }

    private Course course(String code) {
        return enrollments.courses().stream().filter(c -> c.getCode().equals(code)).findFirst()
                .orElseThrow(() -> new AssertionError("the demo content imports " + code));
    }

    private Cooperative cooperative() {
        String name = "Coopérative Certif " + TestAccounts.unique();
        return cooperatives.create(new CooperativeDetails(name, "تعاونية " + name, null, "Laâyoune", LegalForm.COOPERATIVE,
                null, null, true, null, null, null, null));
    }

    private Account trainee(Cooperative cooperative, String name) {
        Account account = accounts.create(new NewAccount("certif." + TestAccounts.unique(), name, "متدربة", Role.TRAINEE, "certif-it-Passw0rd", "fr",
                cooperative.getId(), true));
        enrollments.enroll(course().getId(), List.of(account.getId()));
        return account;
    }

    /** Every lesson of the course done (through its quiz where it has one) and the final quiz passed. */
    private void complete(Account trainee) {
        complete(trainee, COURSE);
    }

    private void complete(Account trainee, String courseCode) {
        Course course = course(courseCode);
        Set<String> quizzes = new HashSet<>(eligibility.eligibilityOf(course.getId(), trainee.getId()).standings().get(0).eligibility()
                .quizzesMissing());
        course.currentLessons().forEach(lesson -> {
            if (quizzes.contains(lesson.getCode())) {
                pass(trainee.getId(), courseCode, lesson.getCode());
            } else {
                learning.markDone(trainee.getId(), courseCode, lesson.getCode());
            }
        });
        if (quizzes.contains(Quiz.COURSE_SCOPE)) {
            pass(trainee.getId(), courseCode, Quiz.COURSE_SCOPE);
        }
    }

    private void pass(long traineeId, String courseCode, String scope) {
        QuizAttempt attempt = attempts.startOrResume(traineeId, courseCode, scope, Language.FR);
        for (AttemptAnswer answer : attempt.getAnswers()) {
            answerSaves.save(traineeId, attempt.getId(), answer.getSlot(), 0, AnswerKey.rightResponseJson(answer.getQuestionGift()));
        }
        attempts.submit(traineeId, attempt.getId());
    }

    /** Reads the certificate's bit in the published, signed status list 1. */
    private boolean revokedInStatusList(WebClient client, int statusIndex) {
        HttpResponse<String> list = client.get("verify/status/1");
        assertEquals(200, list.statusCode(), list.body());
        assertTrue(list.headers().firstValue("Content-Type").orElse("").startsWith("application/vc+ld+json"));
        assertTrue(credentials.verify(list.body()).valid(), "the status list is signed");
        return BitstringStatusList.decode(json(list.body()).getJsonObject("credentialSubject").getString("encodedList")).get(statusIndex);
    }

    private static JsonObject json(String body) {
        try (JsonReader reader = Json.createReader(new StringReader(body))) {
            return reader.readObject();
        }
    }

    @Test
    @Order(1)
    void eligibilityNamesWhatIsMissingAndOnlyACompletedCourseGetsACertificate() {
        Cooperative cooperative = cooperative();
        Account done = trainee(cooperative, "Amina Certifiée");
        Account started = trainee(cooperative, "Leila Débutante");
        complete(done);
        learning.markDone(started.getId(), COURSE, course().currentLessons().get(0).getCode());

        List<Candidate> report = eligibility.eligibility(course().getId(), GroupKind.COOPERATIVE, cooperative.getId()).candidates();
        assertEquals(2, report.size());
        Candidate amina = report.stream().filter(c -> c.accountId() == done.getId()).findFirst().orElseThrow();
        Candidate leila = report.stream().filter(c -> c.accountId() == started.getId()).findFirst().orElseThrow();
        assertTrue(amina.willReceive());
        assertFalse(leila.isEligible());
        var leilas = leila.standings().get(0).eligibility();
        int lessons = course().currentLessons().size();
        assertEquals(lessons - 1, leilas.lessonsMissing().size(), "every lesson but the first is missing");
        assertTrue(leilas.quizzesMissing().contains(Quiz.COURSE_SCOPE), "the final quiz is missing");

        CertificateRuleViolation refused = assertThrows(CertificateRuleViolation.class,
                () -> issuing.issue(course().getId(), started.getId()));
        assertEquals("certificate.notEligible", refused.messageKey());

        Certificate issued = issuing.issue(course().getId(), done.getId());
        assertTrue(issued.getNumber().matches("MAH-\\d{4}-\\d{6}"), issued.getNumber());
        assertTrue(VerificationCode.normalize(issued.getVerificationCode()).isPresent());
        assertEquals("Amina Certifiée", issued.getHolderName());
        assertEquals(course().getTitle().getFr(), issued.getTitleFr());
        assertEquals(Certificate.Status.VALID, issued.status());
        assertNotNull(issued.getCredentialJson(), "signed at issue time");

        CertificateRuleViolation twice = assertThrows(CertificateRuleViolation.class,
                () -> issuing.issue(course().getId(), done.getId()));
        assertEquals("certificate.alreadyIssued", twice.messageKey());
        Candidate after = eligibility.eligibilityOf(course().getId(), done.getId());
        assertEquals(issued.getNumber(), after.certificateNumber());
        assertFalse(after.willReceive(), "bulk issuing skips her from now on");
        assertEquals(0, issuing.issueBatch(course().getId(), List.of(done.getId(), started.getId())).issuedNumbers().size(),
                "a batch run again issues nothing twice and nothing to whom has not completed");
    }

    @Test
    @Order(2)
    void numbersAreSequentialAndUniqueWhenIssuedAtTheSameMoment() throws Exception {
        Cooperative cooperative = cooperative();
        List<Account> trainees = new ArrayList<>();
        for (int i = 0; i < 8; i++) {
            trainees.add(trainee(cooperative, "Parallèle " + i));
        }
        long courseId = course().getId();
        ExecutorService pool = Executors.newFixedThreadPool(8);
        List<Future<Certificate>> results = new ArrayList<>();
        try {
            for (Account trainee : trainees) {
                Callable<Certificate> issue = () -> issuing.issueWithCode(courseId, trainee.getId(), VerificationCode.generate());
                results.add(pool.submit(issue));
            }
            TreeSet<Integer> ranks = new TreeSet<>();
            Set<Integer> indexes = new HashSet<>();
            for (Future<Certificate> result : results) {
                Certificate certificate = result.get();
                ranks.add(Integer.parseInt(certificate.getNumber().substring(9)));
                indexes.add(certificate.getStatusIndex());
            }
            assertEquals(8, ranks.size(), "no number given twice: " + ranks);
            assertEquals(7, ranks.last() - ranks.first(), "no gap between numbers: " + ranks);
            assertEquals(8, indexes.size(), "no status index given twice: " + indexes);
        } finally {
            pool.shutdownNow();
        }
    }

    @Test
    @Order(3)
    void theDatabaseRefusesToChangeWhatAnIssuedCertificateStates() throws SQLException {
        Account trainee = trainee(cooperative(), "Immuable");
        Certificate issued = issuing.issueWithCode(course().getId(), trainee.getId(), VerificationCode.generate());
        try (Connection connection = dataSource.getConnection();
                PreparedStatement update = connection.prepareStatement("UPDATE certificate SET holder_name = ? WHERE id = ?")) {
            update.setString(1, "Quelqu’un d’autre");
            update.setLong(2, issued.getId());
            SQLException refused = assertThrows(SQLException.class, update::executeUpdate);
            assertTrue(refused.getMessage().contains("never changes"), refused.getMessage());
        }
        assertEquals("Immuable", register.find(issued.getId()).getHolderName());
    }

    @Test
    @Order(4)
    void aCorrectionSupersedesTheOldCertificateWhichSaysSoWhenVerified() {
        Account trainee = trainee(cooperative(), "À Corriger");
        Certificate old = issuing.issueWithCode(course().getId(), trainee.getId(), VerificationCode.generate());
        Certificate correction = corrections.supersede(old.getId());

        assertNotEquals(old.getNumber(), correction.getNumber());
        assertEquals(old.getId(), correction.getSupersedes().getId());
        Certificate reread = register.find(old.getId());
        assertEquals(Certificate.Status.SUPERSEDED, reread.status());
        assertEquals(correction.getId(), reread.getSupersededBy().getId());
        assertEquals(Certificate.Status.VALID, register.find(correction.getId()).status());
        assertEquals("certificate.notValid",
                assertThrows(CertificateRuleViolation.class, () -> corrections.supersede(old.getId())).messageKey());

        JsonObject verified = json(client().get("api/verify/" + old.getVerificationCode()).body());
        assertEquals("superseded", verified.getString("status"));
        assertTrue(revokedInStatusList(client(), old.getStatusIndex()), "the superseded credential's bit is set in the status list");
        assertFalse(revokedInStatusList(client(), correction.getStatusIndex()), "the correction's is not");
    }

    @Test
    @Order(5)
    void aRevokedCertificateShowsRevokedAtOnceAndThePublicSeesNothingElsePersonal() {
        Account trainee = trainee(cooperative(), "Révoquée Bientôt");
        Certificate issued = issuing.issueWithCode(course().getId(), trainee.getId(), VerificationCode.generate());
        WebClient anonymous = client();

        HttpResponse<String> before = anonymous.get("api/verify/" + issued.getVerificationCode().toLowerCase().replace("-", ""));
        assertEquals(200, before.statusCode(), "anonymous callers may verify, codes are read without case or dashes: " + before.body());
        JsonObject valid = json(before.body());
        assertEquals("valid", valid.getString("status"));
        assertEquals(Set.of("status", "statusDate", "number", "holderName", "holderNameAr", "course", "issuedOn"), valid.keySet(),
                "the public sees the status, the holder's name, the course and the day of issue, nothing else");
        assertEquals("Révoquée Bientôt", valid.getString("holderName"));
        assertFalse(before.body().contains(trainee.getUsername()));

        HttpResponse<String> credential = anonymous.get("verify/" + issued.getVerificationCode() + "/credential.json");
        assertEquals(200, credential.statusCode(), "the credential is public at the verification address");
        assertEquals(issued.getCredentialJson(), credential.body(), "as signed at issue time");
        assertTrue(credentials.verify(credential.body()).valid(), credentials.verify(credential.body()).toString());
        JsonObject status = json(credential.body()).getJsonObject("credentialStatus");
        assertEquals(Integer.toString(issued.getStatusIndex()), status.getString("statusListIndex"));
        assertTrue(status.getString("statusListCredential").endsWith("/verify/status/1"), status.toString());
        assertFalse(revokedInStatusList(anonymous, issued.getStatusIndex()));

        corrections.revoke(issued.getId(), "Erreur de saisie");
        assertTrue(revokedInStatusList(anonymous, issued.getStatusIndex()), "the published list is rebuilt once the revocation commits");
        String today = LocalDate.now(ZoneId.of("Africa/Casablanca")).toString();
        JsonObject revoked = json(anonymous.get("api/verify/" + issued.getVerificationCode()).body());
        assertEquals("revoked", revoked.getString("status"));
        assertEquals(today, revoked.getString("statusDate"));
        assertFalse(revoked.toString().contains("Erreur de saisie"), "the reason stays internal");

        HttpResponse<String> page = anonymous.get("verify/" + issued.getVerificationCode());
        assertEquals(200, page.statusCode());
        assertTrue(page.body().contains("status-REVOKED"), page.body());
        assertTrue(page.body().contains("Révoquée Bientôt"));
        assertEquals("certificate.alreadyRevoked",
                assertThrows(CertificateRuleViolation.class, () -> corrections.revoke(issued.getId(), "encore")).messageKey());
        assertEquals("certificate.reasonRequired",
                assertThrows(CertificateRuleViolation.class, () -> corrections.revoke(issued.getId(), "  ")).messageKey());

        assertEquals(404, anonymous.get("api/verify/AAAA-BBBB-CCCC-DDDD").statusCode());
    }

    @Test
    @Order(6)
    void onlyAdministratorsListCertificates() {
        HttpResponse<String> listed = client().get("api/certificates?q=" + DemoCertificates.VALID_CODE, ADMIN);
        assertEquals(200, listed.statusCode(), listed.body());
        assertTrue(listed.body().contains(DemoCertificates.VALID_CODE), listed.body());
        assertTrue(listed.body().contains("\"status\":\"valid\""), listed.body());
        assertEquals(403, client().get("api/certificates", WebClient.basic("samira.bennani", "maharat-demo")).statusCode());
        assertEquals(403, client().get("api/certificates", WebClient.basic("fatima.zahra", "maharat-demo")).statusCode());
        assertEquals(401, client().get("api/certificates").statusCode(), "the rest of the API stays closed to anonymous callers");
        assertEquals(401, client().get("api/me").statusCode());
    }

    @Test
    @Order(7)
    void aTraineeDownloadsOnlyHerOwnCertificates() {
        Certificate fatima = register.byCode(DemoCertificates.VALID_CODE).orElseThrow();
        Certificate aicha = register.byCode(DemoCertificates.REVOKED_CODE).orElseThrow();
        WebClient browser = client();
        assertEquals(302, browser.signIn("fatima.zahra", "maharat-demo").statusCode());

        assertEquals(404, browser.getBytes("learn/certificate/" + aicha.getId() + ".pdf").statusCode(), "someone else's: as if absent");
        assertEquals(404, browser.getBytes("learn/certificate/" + aicha.getId() + ".json").statusCode());
        assertEquals(404, browser.getBytes("learn/certificate/987654321.pdf").statusCode());
        HttpResponse<byte[]> own = browser.getBytes("learn/certificate/" + fatima.getId() + ".pdf");
        assertEquals(200, own.statusCode(), "her own");
        assertTrue(own.headers().firstValue("Content-Type").orElse("").startsWith("application/pdf"));
        assertTrue(own.headers().firstValue("Content-Disposition").orElse("").contains(fatima.getNumber() + ".pdf"));
        assertEquals(403, browser.getBytes("admin/certificate/" + fatima.getId() + ".pdf").statusCode(), "not through the admin area");

        HttpResponse<String> mine = browser.get("learn/certificates.xhtml");
        assertEquals(200, mine.statusCode());
        assertTrue(mine.body().contains(fatima.getNumber()));
        assertFalse(mine.body().contains(aicha.getNumber()));
    }

    @Test
    @Order(8)
    void aCohortsWholeProgrammeGivesItsOwnCertificateOnceEveryCourseIsComplete() throws SQLException {
        Cooperative cooperative = cooperative();
        Account both = trainee(cooperative, "Hayat Programme");
        Account half = trainee(cooperative, "Nadia Moitié");
        Account outsider = trainee(cooperative(), "Salma Ailleurs");
        Course second = course("quality");
        enrollments.enroll(second.getId(), List.of(both.getId()));
        complete(both);
        complete(both, "quality");
        complete(half);
        String name = "Cycle Programme " + TestAccounts.unique();
        LocalDate start = LocalDate.now().minusDays(30);
        Cohort cohort = cohorts.create(new CohortDetails(name, start, start.plusDays(59), List.of(cooperative.getId()),
                List.of(course().getId(), second.getId())));

        EligibilityReport report = eligibility.programmeEligibility(cohort.getId());
        assertEquals(2, report.candidates().size(), "the cohort's trainees, not the outsider");
        Candidate hayat = report.candidates().stream().filter(c -> c.accountId() == both.getId()).findFirst().orElseThrow();
        Candidate nadia = report.candidates().stream().filter(c -> c.accountId() == half.getId()).findFirst().orElseThrow();
        assertTrue(hayat.willReceive());
        assertEquals(2, hayat.standings().size(), "one standing per course of the programme");
        assertFalse(nadia.isEligible(), "Modeling complete is not the whole programme");
        assertEquals(1, nadia.incomplete().size());
        assertEquals("quality", nadia.incomplete().get(0).course().getCode());
        assertFalse(nadia.incomplete().get(0).eligibility().enrolled(), "what is missing: she is not enrolled in Quality");

        assertEquals("certificate.notEligible",
                assertThrows(CertificateRuleViolation.class, () -> issuing.issueForProgramme(cohort.getId(), half.getId())).messageKey());
        assertEquals("certificate.notInCohort",
                assertThrows(CertificateRuleViolation.class, () -> issuing.issueForProgramme(cohort.getId(), outsider.getId()))
                        .messageKey());

        CertificateIssuing.BatchOutcome outcome = issuing.issueProgrammeBatch(cohort.getId(),
                List.of(both.getId(), half.getId(), outsider.getId()));
        assertEquals(1, outcome.issuedNumbers().size());
        assertEquals(2, outcome.skipped(), "not complete, not in the cohort");
        Certificate programme = register.byCode(eligibility.programmeEligibility(cohort.getId()).candidates().stream()
                .filter(c -> c.accountId() == both.getId()).findFirst().map(c -> register.find(c.certificateId()).getVerificationCode())
                .orElseThrow()).orElseThrow();
        assertEquals(outcome.issuedNumbers().get(0), programme.getNumber());
        assertTrue(programme.isForProgramme());
        assertEquals("Programme de renforcement des compétences textiles — " + name, programme.getTitleFr());
        assertTrue(programme.getTitleAr().endsWith(name) && programme.getTitleAr().startsWith("برنامج"), programme.getTitleAr());
        assertEquals(course().getEstimatedHours() + second.getEstimatedHours(), programme.getHours(), "the hours of all its courses");
        assertEquals(0, issuing.issueProgrammeBatch(cohort.getId(), List.of(both.getId())).issuedNumbers().size(), "never twice");

        var verified = credentials.verify(programme.getCredentialJson());
        assertTrue(verified.valid(), verified.toString());
        JsonObject achievement = json(programme.getCredentialJson()).getJsonObject("credentialSubject").getJsonObject("achievement");
        assertTrue(achievement.getString("id").endsWith("/achievements/programme/" + cohort.getId()), achievement.toString());
        assertEquals(programme.getTitleFr(), achievement.getString("name"));

        Certificate course = issuing.issue(course().getId(), both.getId());
        assertFalse(course.isForProgramme(), "the course's own certificate is another one, still to be had");

        WebClient admin = client();
        assertEquals(302, admin.signIn("admin", "admin-it-Passw0rd").statusCode());
        HttpResponse<byte[]> pdf = admin.getBytes("admin/certificate/" + programme.getId() + ".pdf");
        assertEquals(200, pdf.statusCode());
        assertTrue(pdf.headers().firstValue("Content-Type").orElse("").startsWith("application/pdf"));
        HttpResponse<String> mixed = client().post("api/certificates/issue?programme=" + cohort.getId() + "&course=" + COURSE,
                "application/json", "", ADMIN);
        assertEquals(400, mixed.statusCode(), mixed.body());
        assertTrue(mixed.body().contains("give_programme_alone"), mixed.body());
        HttpResponse<String> unknown = client().post("api/certificates/issue?programme=987654321", "application/json", "", ADMIN);
        assertEquals(400, unknown.statusCode(), unknown.body());
        assertTrue(unknown.body().contains("certificate.cohortNotFound"), unknown.body());
        HttpResponse<String> listed = client().get("api/certificates?q=" + programme.getNumber(), ADMIN);
        assertTrue(listed.body().contains("\"programmeCohort\":\"" + name + "\""), listed.body());

        try (Connection connection = dataSource.getConnection();
                PreparedStatement update = connection.prepareStatement("UPDATE certificate SET cohort_id = NULL WHERE id = ?")) {
            update.setLong(1, programme.getId());
            assertThrows(SQLException.class, update::executeUpdate, "what a certificate is for never changes");
        }
        Certificate correction = corrections.supersede(programme.getId());
        assertEquals(cohort.getId(), correction.getProgramme().getId(), "a correction is for the same programme");
        assertEquals(Certificate.Status.SUPERSEDED, register.find(programme.getId()).status());
    }

    @Test
    @Order(90)
    void certificatesWaitForAPublicAddressOthersReachOutsideTheDemo() throws Exception {
        Cooperative cooperative = cooperative();
        Account trainee = trainee(cooperative, "Nadia Adresse");
        complete(trainee);
        assertEquals("publicAddress.scheme", assertThrows(CenterRuleViolation.class,
                () -> centerSettings.setPublicAddress("maharat.example.ma", publicAddress.configured())).messageKey());
        assertEquals("publicAddress.extraParts", assertThrows(CenterRuleViolation.class,
                () -> centerSettings.setPublicAddress("https://maharat.example.ma/?next=x", publicAddress.configured())).messageKey());
        assertTrue(PublicAddressRules.isLocal(publicAddress.current()), "the tests start from the default, " + publicAddress.current());

        // Outside the demo data set, a local address refuses issuing with what to set.
        CenterSetting demoMark = withoutTheDemoMark();
        try {
            CertificateRuleViolation refused = assertThrows(CertificateRuleViolation.class,
                    () -> issuing.issue(course().getId(), trainee.getId()));
            assertEquals("certificate.publicAddressUnset", refused.messageKey());
            assertEquals(publicAddress.current(), refused.arguments()[0]);

            centerSettings.setPublicAddress(" https://maharat.example.ma/ ", publicAddress.configured());
            assertEquals("https://maharat.example.ma", publicAddress.current(), "read again once changed, without its slash");
            Certificate issued = issuing.issue(course().getId(), trainee.getId());
            assertTrue(issued.getCredentialJson().contains("https://maharat.example.ma/verify/status/"), "the credential names the new address");
            assertTrue(credentials.verify(issued.getCredentialJson()).valid());
        } finally {
            transaction.begin();
            em.persist(new CenterSetting(demoMark.getName(), demoMark.getValue(), demoMark.getChangedAt(), demoMark.getChangedBy()));
            transaction.commit();
        }
        try (Connection connection = dataSource.getConnection();
                PreparedStatement audit = connection.prepareStatement(
                        "SELECT summary FROM audit_entry WHERE action = 'center.publicAddressSet' ORDER BY id DESC LIMIT 1")) {
            ResultSet row = audit.executeQuery();
            assertTrue(row.next());
            assertTrue(row.getString(1).startsWith("Adresse publique : https://maharat.example.ma (avant : http://localhost"), row.getString(1));
        }
    }

    private CenterSetting withoutTheDemoMark() throws Exception {
        transaction.begin();
        CenterSetting mark = em.find(CenterSetting.class, "demo-data-set");
        assertNotNull(mark, "the tests run on the demo data set");
        em.remove(mark);
        transaction.commit();
        return mark;
    }

    @Test
    @Order(100)
    void lookupsAreRateLimitedPerClient() {
        WebClient anonymous = client();
        HttpResponse<String> last = null;
        int allowed = 0;
        for (int i = 0; i < 40; i++) {
            last = anonymous.get("api/verify/" + DemoCertificates.VALID_CODE);
            if (last.statusCode() == 429) {
                break;
            }
            allowed++;
        }
        assertNotNull(last);
        assertEquals(429, last.statusCode(), "after " + allowed + " lookups");
        assertTrue(allowed <= 30, "at most 30 a minute: " + allowed);
        assertTrue(Integer.parseInt(last.headers().firstValue("Retry-After").orElseThrow()) >= 1);
        HttpResponse<String> page = anonymous.get("verify/" + DemoCertificates.VALID_CODE);
        assertEquals(429, page.statusCode(), "the page shares the limit");
        assertTrue(page.body().contains("id=\"limited\""), page.body());
        verificationGate.forgetAll();
    }
}
