package ma.maharat.certificate.control;

import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.security.enterprise.SecurityContext;
import java.security.Principal;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import ma.maharat.audit.control.AuditTrail;
import ma.maharat.audit.entity.AuditMessage;
import ma.maharat.center.control.PublicAddress;
import ma.maharat.certificate.credential.OpenBadgeCredentials;
import ma.maharat.certificate.document.CertificateFacts;
import ma.maharat.certificate.entity.Certificate;
import ma.maharat.certificate.entity.IssuedFacts;
import ma.maharat.course.entity.Course;
import ma.maharat.identity.entity.Account;
import ma.maharat.training.entity.Cohort;

/**
 * Issuing certificates: one to an eligible trainee, or a batch, for a course or for a cohort's whole
 * programme, each with its sequential number and status index (from {@link Counters}) and the signed
 * credential made at issue time and stored with the facts it signs. Every issue is audited in its own
 * transaction. The preview shows what an issue would state, without issuing.
 */
@Stateless
public class CertificateIssuing {

    @PersistenceContext
    EntityManager em;

    @Inject
    CertificateEligibility eligibility;

    @Inject
    CertifiedFacts facts;

    @Inject
    Counters counters;

    @Inject
    AuditTrail audit;

    @Inject
    OpenBadgeCredentials credentials;

    @Inject
    PublicAddresses addresses;

    @Inject
    PublicAddress publicAddress;

    @Inject
    SecurityContext security;

    Clock clock = Clock.systemUTC();

    /** What a batch did: certificates issued, and holders skipped (no longer eligible, or already holding one). */
    public record BatchOutcome(List<String> issuedNumbers, int skipped) {}

    /**
     * Issues a trainee's certificate for a course.
     *
     * @throws CertificateRuleViolation {@code certificate.alreadyIssued} or {@code certificate.notEligible}
     */
    public Certificate issue(long courseId, long holderId) {
        Course course = eligibility.course(courseId);
        Account holder = eligibility.holder(holderId);
        Certificate certificate = issueTo(eligibility.ofCourse(course, List.of(holder)).candidates().get(0), course, null, holder);
        audit.record("certificate.issued", "certificate", certificate.getId(), AuditMessage.of(
                "audit.message.certificate.issued", certificate.getNumber(), certificate.getHolderName(), awardOf(certificate)));
        return certificate;
    }

    /**
     * Issues a trainee's certificate for the whole programme of her cohort.
     *
     * @throws CertificateRuleViolation {@code certificate.notInCohort}, {@code certificate.alreadyIssued}
     *         or {@code certificate.notEligible}
     */
    public Certificate issueForProgramme(long cohortId, long holderId) {
        Cohort cohort = eligibility.cohort(cohortId);
        Account holder = eligibility.holder(holderId);
        eligibility.requireInCohort(cohort, holder);
        Certificate certificate = issueTo(eligibility.ofProgramme(cohort, List.of(holder)).candidates().get(0), null, cohort, holder);
        audit.record("certificate.issued", "certificate", certificate.getId(), AuditMessage.of(
                "audit.message.certificate.issued", certificate.getNumber(), certificate.getHolderName(), awardOf(certificate)));
        return certificate;
    }

    private Certificate issueTo(Candidate candidate, Course course, Cohort programme, Account holder) {
        if (candidate.hasCertificate()) {
            throw new CertificateRuleViolation("certificate.alreadyIssued", candidate.certificateNumber());
        }
        if (!candidate.isEligible()) {
            throw new CertificateRuleViolation("certificate.notEligible", candidate.fullName());
        }
        return create(course, programme, holder, null, VerificationCode.generate());
    }

    /**
     * What the certificate of a course ({@code cohortId} null) or of a cohort's programme ({@code courseId}
     * null) would state if it were issued to this trainee now, for the administrators' preview. Nothing is
     * counted, stored, signed or audited: the facts carry no number, code or verification address.
     *
     * @throws CertificateRuleViolation {@code certificate.holderNotFound}, {@code certificate.notInCohort}, or
     *         an unknown course or cohort
     */
    public CertificateFacts preview(Long courseId, Long cohortId, long holderId) {
        Account holder = eligibility.holder(holderId);
        Course course = courseId == null ? null : eligibility.course(courseId);
        Cohort programme = course != null || cohortId == null ? null : eligibility.cohort(cohortId);
        if (course == null && programme == null) {
            throw new CertificateRuleViolation("certificate.courseNotFound");
        }
        if (programme != null) {
            eligibility.requireInCohort(programme, holder);
        }
        return facts.unnumbered(course, programme, facts.gather(course, programme, holder));
    }

    /**
     * Issues the certificates of a batch of holders in one transaction, skipping those who already
     * hold one or are no longer eligible: running a batch again issues nothing twice.
     */
    public BatchOutcome issueBatch(long courseId, List<Long> holderIds) {
        Course course = eligibility.course(courseId);
        BatchOutcome outcome = issueEach(eligibility.ofCourse(course, eligibility.holders(holderIds)));
        if (!outcome.issuedNumbers().isEmpty()) {
            audit.record("certificate.bulkIssued", "course", courseId, AuditMessage.of(
                    "audit.message.certificate.bulkIssued", outcome.issuedNumbers().size(), course.getCode(), String.join(", ", outcome.issuedNumbers())));
        }
        return outcome;
    }

    /**
     * Issues the programme certificates of a batch of a cohort's trainees in one transaction, as
     * {@link #issueBatch} does for a course; holders who are not (or no longer) in the cohort are skipped.
     */
    public BatchOutcome issueProgrammeBatch(long cohortId, List<Long> holderIds) {
        Cohort cohort = eligibility.cohort(cohortId);
        Set<Long> members = eligibility.traineesOf(cohort).stream().map(Account::getId).collect(Collectors.toSet());
        List<Account> holders = eligibility.holders(holderIds.stream().filter(members::contains).toList());
        BatchOutcome outcome = issueEach(eligibility.ofProgramme(cohort, holders));
        outcome = new BatchOutcome(outcome.issuedNumbers(), outcome.skipped() + holderIds.size() - holders.size());
        if (!outcome.issuedNumbers().isEmpty()) {
            audit.record("certificate.bulkIssued", "cohort", cohortId, AuditMessage.of(
                    "audit.message.certificate.bulkIssuedProgramme", outcome.issuedNumbers().size(), cohort.getName(), String.join(", ", outcome.issuedNumbers())));
        }
        return outcome;
    }

    private BatchOutcome issueEach(EligibilityReport report) {
        List<String> numbers = new ArrayList<>();
        int skipped = 0;
        for (Candidate candidate : report.candidates()) {
            if (!candidate.willReceive()) {
                skipped++;
                continue;
            }
            numbers.add(create(report.course(), report.programme(), eligibility.holder(candidate.accountId()), null, VerificationCode.generate())
                    .getNumber());
        }
        return new BatchOutcome(List.copyOf(numbers), skipped);
    }

    /**
     * A demo certificate with a fixed verification code, so the README can name it. Only the demo
     * data set calls this; it issues whatever the trainee's progress.
     */
    public Certificate issueWithCode(long courseId, long holderId, String code) {
        String checked = VerificationCode.normalize(code).orElseThrow(() -> new IllegalArgumentException("Not a code: " + code));
        Certificate certificate = create(eligibility.course(courseId), null, eligibility.holder(holderId), null, checked);
        audit.record("certificate.issued", "certificate", certificate.getId(), AuditMessage.of(
                "audit.message.certificate.demoIssued", certificate.getNumber(), certificate.getHolderName(), awardOf(certificate)));
        return certificate;
    }

    /**
     * The certificate that corrects {@code old}: the facts as they stand today, a new number and code.
     * The caller ({@link CertificateCorrections}) has checked that the old one may be corrected, and
     * marks it superseded.
     */
    public Certificate issueCorrectionOf(Certificate old) {
        return create(old.getCourse(), old.getProgramme(), old.getHolder(), old, VerificationCode.generate());
    }

    /** Creates a certificate for a course, or (course null) for a cohort's programme. */
    private Certificate create(Course course, Cohort programme, Account holder, Certificate supersedes, String code) {
        if (!publicAddress.allowsIssuing()) {
            // Its QR code and credential would name an address nobody else can reach, for ever.
            throw new CertificateRuleViolation("certificate.publicAddressUnset", publicAddress.current());
        }
        Instant now = Instant.now(clock);
        int year = now.atZone(CertifiedFacts.CENTER_ZONE).getYear();
        String number = CertificateNumber.of(year, counters.next(CertificateNumber.counterOf(year)));
        int statusIndex = counters.next(Counters.STATUS_INDEX) - 1;
        IssuedFacts issued = facts.gather(course, programme, holder);
        String credential = credentials.issue(facts.stated(number, code, course, programme, issued, now), addresses.statusEntry(statusIndex));
        Certificate certificate = new Certificate(number, code, holder, course, programme, issued, now, actor(security), statusIndex,
                credential, supersedes);
        em.persist(certificate);
        em.flush();
        return certificate;
    }

    /** What a certificate is for, in the audit log's words. */
    static Object awardOf(Certificate certificate) {
        return certificate.isForProgramme()
                ? AuditMessage.of("audit.message.certificate.programmeOf", certificate.getProgramme().getName())
                : certificate.getCourse().getCode();
    }

    /** Who issues, corrects or revokes: the signed-in administrator, or the system (demo data, start-up). */
    static String actor(SecurityContext security) {
        Principal caller = security.getCallerPrincipal();
        return caller == null ? "system" : caller.getName();
    }
}
