package ma.maharat.certificate.control;

import jakarta.ejb.Stateless;
import jakarta.enterprise.event.Event;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.security.enterprise.SecurityContext;
import java.security.Principal;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.BitSet;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Collectors;
import ma.maharat.audit.control.AuditTrail;
import ma.maharat.certificate.credential.OpenBadgeCredentials;
import ma.maharat.certificate.document.CertificateFacts;
import ma.maharat.certificate.entity.Certificate;
import ma.maharat.certificate.entity.IssuedFacts;
import ma.maharat.cooperative.entity.Cooperative;
import ma.maharat.course.entity.Course;
import ma.maharat.course.entity.Lesson;
import ma.maharat.identity.entity.Account;
import ma.maharat.identity.entity.Role;
import ma.maharat.learning.control.CourseProgress;
import ma.maharat.learning.entity.Enrollment;
import ma.maharat.learning.entity.LessonCompletion;
import ma.maharat.practical.control.PracticalWork;
import ma.maharat.practical.entity.PracticalTask;
import ma.maharat.practical.entity.SignOff;
import ma.maharat.quiz.entity.Quiz;
import ma.maharat.quiz.entity.QuizAttempt;
import ma.maharat.training.entity.Cohort;

/**
 * Certificates: who is eligible in a cohort or a cooperative (and what the others miss), issuing one
 * or a batch, correcting (a new certificate supersedes the old one) and revoking. Every change is
 * audited in its own transaction. Numbers and status indexes come from {@link Counters}; the signed
 * credential is made at issue time and stored with the facts it signs.
 */
@Stateless
public class Certificates {

    private static final ZoneId CENTER_ZONE = ZoneId.of("Africa/Casablanca");

    @PersistenceContext
    EntityManager em;

    @Inject
    PracticalWork practicalWork;

    @Inject
    Counters counters;

    @Inject
    AuditTrail audit;

    @Inject
    OpenBadgeCredentials credentials;

    @Inject
    PublicAddresses addresses;

    @Inject
    SecurityContext security;

    @Inject
    Event<CertificateRevoked> revoked;

    Clock clock = Clock.systemUTC();

    /** Whose eligibility a page shows: the trainees of a cohort or of a cooperative. */
    public enum GroupKind { COHORT, COOPERATIVE }

    /** A trainee's standing for a course: her valid certificate, or her eligibility and what she misses. */
    public record Candidate(long accountId, String fullName, String fullNameAr, String cooperativeFr, String cooperativeAr,
            CompletionRules.Eligibility eligibility, Long certificateId, String certificateNumber) {

        public boolean hasCertificate() {
            return certificateId != null;
        }

        /** Eligible and without a certificate yet: bulk issuing gives her one. */
        public boolean willReceive() {
            return !hasCertificate() && eligibility.isEligible();
        }
    }

    /** A course's eligibility for a group, with the course's current lessons by id for naming what is missing. */
    public record EligibilityReport(Course course, List<Candidate> candidates, Map<Long, Lesson> lessons) {

        public List<Long> toIssue() {
            return candidates.stream().filter(Candidate::willReceive).map(Candidate::accountId).toList();
        }

        public long count(java.util.function.Predicate<Candidate> which) {
            return candidates.stream().filter(which).count();
        }
    }

    /** What a batch did: certificates issued, and holders skipped (no longer eligible, or already holding one). */
    public record BatchOutcome(List<String> issuedNumbers, int skipped) {}

    public List<Course> courses() {
        return em.createNamedQuery(Course.ALL, Course.class).getResultList();
    }

    public Course course(long courseId) {
        return Optional.ofNullable(em.find(Course.class, courseId))
                .orElseThrow(() -> new CertificateRuleViolation("certificate.courseNotFound"));
    }

    /** @throws CertificateRuleViolation {@code certificate.courseNotFound} */
    public Course courseByCode(String code) {
        return em.createNamedQuery(Course.BY_CODE, Course.class).setParameter("code", code == null ? "" : code).getResultList().stream()
                .findFirst().orElseThrow(() -> new CertificateRuleViolation("certificate.courseNotFound"));
    }

    /** The course's eligibility for the active trainees of a cohort or a cooperative. */
    public EligibilityReport eligibility(long courseId, GroupKind kind, long groupId) {
        List<Account> trainees = kind == GroupKind.COHORT
                ? em.createNamedQuery(Cohort.TRAINEES, Account.class).setParameter("cohort", groupId)
                        .setParameter("role", Role.TRAINEE).getResultList()
                : em.createNamedQuery(Certificate.TRAINEES_OF_COOPERATIVE, Account.class).setParameter("cooperative", groupId)
                        .setParameter("role", Role.TRAINEE).getResultList();
        return eligibility(course(courseId), trainees);
    }

    /** One trainee's eligibility for a course. */
    public Candidate eligibilityOf(long courseId, long accountId) {
        Account trainee = holder(accountId);
        return eligibility(course(courseId), List.of(trainee)).candidates().get(0);
    }

    private EligibilityReport eligibility(Course course, List<Account> trainees) {
        List<Lesson> lessons = course.currentLessons();
        CompletionRules.Requirements requirements = new CompletionRules.Requirements(
                lessons.stream().map(l -> new CourseProgress.LessonStep(l.getId(), l.getMinutes())).toList(),
                Set.copyOf(em.createNamedQuery(Quiz.CURRENT_SCOPES_OF_COURSE, String.class).setParameter("course", course.getId())
                        .getResultList()),
                practicalWork.requiredTasks(course.getId()).stream().map(PracticalTask::getId).collect(Collectors.toSet()));
        Map<Long, Lesson> lessonsById = lessons.stream().collect(Collectors.toMap(Lesson::getId, Function.identity()));
        if (trainees.isEmpty()) {
            return new EligibilityReport(course, List.of(), lessonsById);
        }
        List<Long> ids = trainees.stream().map(Account::getId).toList();
        List<Long> courses = List.of(course.getId());
        Map<Long, Set<Long>> done = new HashMap<>();
        em.createNamedQuery(LessonCompletion.DONE_BY_TRAINEES_IN_COURSES, Object[].class).setParameter("trainees", ids)
                .setParameter("courses", courses).getResultList()
                .forEach(r -> done.computeIfAbsent((Long) r[0], t -> new HashSet<>()).add((Long) r[1]));
        Map<Long, Set<String>> passed = new HashMap<>();
        em.createNamedQuery(QuizAttempt.PASSED_BY_TRAINEES_IN_COURSES, Object[].class).setParameter("trainees", ids)
                .setParameter("courses", courses).getResultList()
                .forEach(r -> passed.computeIfAbsent((Long) r[0], t -> new HashSet<>()).add((String) r[3]));
        Map<Long, Set<Long>> signedOff = new HashMap<>();
        em.createNamedQuery(SignOff.PASSED_BY_TRAINEES_IN_COURSES, Object[].class).setParameter("trainees", ids)
                .setParameter("courses", courses).getResultList()
                .forEach(r -> signedOff.computeIfAbsent((Long) r[0], t -> new HashSet<>()).add((Long) r[2]));
        Set<Long> enrolled = em.createNamedQuery(Enrollment.OF_COURSE, Enrollment.class).setParameter("course", course.getId())
                .getResultList().stream().map(e -> e.getTrainee().getId()).collect(Collectors.toSet());
        Map<Long, Certificate> valid = em.createNamedQuery(Certificate.VALID_OF_COURSE, Certificate.class)
                .setParameter("course", course.getId()).getResultList().stream()
                .collect(Collectors.toMap(c -> c.getHolder().getId(), Function.identity()));
        List<Candidate> candidates = new ArrayList<>();
        for (Account trainee : trainees) {
            CompletionRules.Eligibility verdict = CompletionRules.check(requirements, new CompletionRules.Achievements(
                    enrolled.contains(trainee.getId()), done.getOrDefault(trainee.getId(), Set.of()),
                    passed.getOrDefault(trainee.getId(), Set.of()), signedOff.getOrDefault(trainee.getId(), Set.of())));
            Certificate certificate = valid.get(trainee.getId());
            Cooperative cooperative = trainee.getCooperative();
            candidates.add(new Candidate(trainee.getId(), trainee.getFullName(), trainee.getFullNameAr(),
                    cooperative == null ? null : cooperative.getNameFr(), cooperative == null ? null : cooperative.getNameAr(),
                    verdict, certificate == null ? null : certificate.getId(), certificate == null ? null : certificate.getNumber()));
        }
        return new EligibilityReport(course, List.copyOf(candidates), lessonsById);
    }

    /**
     * Issues a trainee's certificate for a course.
     *
     * @throws CertificateRuleViolation {@code certificate.alreadyIssued} or {@code certificate.notEligible}
     */
    public Certificate issue(long courseId, long holderId) {
        Candidate candidate = eligibilityOf(courseId, holderId);
        if (candidate.hasCertificate()) {
            throw new CertificateRuleViolation("certificate.alreadyIssued", candidate.certificateNumber());
        }
        if (!candidate.eligibility().isEligible()) {
            throw new CertificateRuleViolation("certificate.notEligible", candidate.fullName());
        }
        Certificate certificate = create(course(courseId), holder(holderId), null, VerificationCode.generate());
        audit.record("certificate.issued", "certificate", certificate.getId(), "Certificate " + certificate.getNumber() + " issued to "
                + certificate.getHolderName() + " for " + certificate.getCourse().getCode());
        return certificate;
    }

    /**
     * Issues the certificates of a batch of holders in one transaction, skipping those who already
     * hold one or are no longer eligible: running a batch again issues nothing twice.
     */
    public BatchOutcome issueBatch(long courseId, List<Long> holderIds) {
        Course course = course(courseId);
        List<Account> holders = holderIds.stream().map(this::holder).toList();
        List<String> numbers = new ArrayList<>();
        int skipped = 0;
        for (Candidate candidate : eligibility(course, holders).candidates()) {
            if (!candidate.willReceive()) {
                skipped++;
                continue;
            }
            numbers.add(create(course, holder(candidate.accountId()), null, VerificationCode.generate()).getNumber());
        }
        if (!numbers.isEmpty()) {
            audit.record("certificate.bulkIssued", "course", courseId, numbers.size() + " certificates issued for " + course.getCode()
                    + ": " + String.join(", ", numbers));
        }
        return new BatchOutcome(List.copyOf(numbers), skipped);
    }

    /**
     * Issues a corrected certificate with the facts as they stand today (the holder's name, the
     * course's titles) and marks the old one superseded by it.
     *
     * @throws CertificateRuleViolation {@code certificate.notValid} when the old one is revoked or already superseded
     */
    public Certificate supersede(long certificateId) {
        Certificate old = find(certificateId);
        if (!old.isValid()) {
            throw new CertificateRuleViolation("certificate.notValid", old.getNumber());
        }
        old.stepAsideForCorrection();
        em.flush();
        Certificate correction = create(old.getCourse(), old.getHolder(), old, VerificationCode.generate());
        old.supersede(correction, correction.getIssuedAt());
        // A superseded credential must stop verifying with outside verifiers too: its bit is set like a revocation's.
        revoked.fire(new CertificateRevoked(old.getId(), old.getStatusIndex()));
        audit.record("certificate.superseded", "certificate", old.getId(), "Certificate " + old.getNumber() + " superseded by "
                + correction.getNumber() + " (" + correction.getHolderName() + ", " + correction.getCourse().getCode() + ")");
        return correction;
    }

    /**
     * Revokes a certificate for good, with a reason; the verification page and API say so at once,
     * the status list once this transaction commits.
     *
     * @throws CertificateRuleViolation {@code certificate.reasonRequired} or {@code certificate.alreadyRevoked}
     */
    public Certificate revoke(long certificateId, String reason) {
        String why = reason == null ? "" : reason.strip();
        if (why.isEmpty()) {
            throw new CertificateRuleViolation("certificate.reasonRequired");
        }
        if (why.length() > 1000) {
            throw new CertificateRuleViolation("certificate.reasonTooLong", 1000);
        }
        Certificate certificate = find(certificateId);
        if (certificate.getRevokedAt() != null) {
            throw new CertificateRuleViolation("certificate.alreadyRevoked", certificate.getNumber());
        }
        certificate.revoke(Instant.now(clock), actor(), why);
        audit.record("certificate.revoked", "certificate", certificate.getId(), "Certificate " + certificate.getNumber() + " of "
                + certificate.getHolderName() + " revoked: " + why);
        revoked.fire(new CertificateRevoked(certificate.getId(), certificate.getStatusIndex()));
        return certificate;
    }

    /**
     * A demo certificate with a fixed verification code, so the README can name it. Only the demo
     * data set calls this; it issues whatever the trainee's progress.
     */
    public Certificate issueWithCode(long courseId, long holderId, String code) {
        String checked = VerificationCode.normalize(code).orElseThrow(() -> new IllegalArgumentException("Not a code: " + code));
        Certificate certificate = create(course(courseId), holder(holderId), null, checked);
        audit.record("certificate.issued", "certificate", certificate.getId(), "Demo certificate " + certificate.getNumber()
                + " issued to " + certificate.getHolderName() + " for " + certificate.getCourse().getCode());
        return certificate;
    }

    private Certificate create(Course course, Account holder, Certificate supersedes, String code) {
        Instant now = Instant.now(clock);
        int year = now.atZone(CENTER_ZONE).getYear();
        String number = CertificateNumber.of(year, counters.next(CertificateNumber.counterOf(year)));
        int statusIndex = counters.next(Counters.STATUS_INDEX) - 1;
        IssuedFacts facts = factsOf(course, holder);
        String credential = sign(factsOf(number, code, course, facts, now), statusIndex);
        Certificate certificate = new Certificate(number, code, holder, course, facts, now, actor(), statusIndex, credential, supersedes);
        em.persist(certificate);
        em.flush();
        return certificate;
    }

    private String sign(CertificateFacts facts, int statusIndex) {
        return credentials.issue(facts, addresses.statusEntry(statusIndex));
    }

    private IssuedFacts factsOf(Course course, Account holder) {
        Enrollment enrollment = em.createNamedQuery(Enrollment.OF_TRAINEE_IN_COURSE, Enrollment.class)
                .setParameter("trainee", holder.getId()).setParameter("course", course.getId()).getResultList().stream()
                .findFirst().orElse(null);
        LocalDate startedOn = enrollment == null ? null : enrollment.getEnrolledAt().atZone(CENTER_ZONE).toLocalDate();
        Instant completed = enrollment != null && enrollment.getCompletedAt() != null ? enrollment.getCompletedAt() : Instant.now(clock);
        String titleFr = course.getTitle().getFr();
        return new IssuedFacts(holder.getFullName(), blankToNull(holder.getFullNameAr()), titleFr,
                orElse(course.getTitle().getAr(), titleFr), orElse(course.getTitle().getEn(), titleFr),
                course.getEstimatedHours() > 0 ? course.getEstimatedHours() : null, startedOn,
                completed.atZone(CENTER_ZONE).toLocalDate());
    }

    /** What a certificate states, for its PDF and its credential. */
    public CertificateFacts factsOf(Certificate c) {
        return factsOf(c.getNumber(), c.getVerificationCode(), c.getCourse(), new IssuedFacts(c.getHolderName(), c.getHolderNameAr(),
                c.getTitleFr(), c.getTitleAr(), c.getTitleEn(), c.getHours(), c.getStartedOn(), c.getCompletedOn()), c.getIssuedAt());
    }

    private CertificateFacts factsOf(String number, String code, Course course, IssuedFacts f, Instant issuedAt) {
        return new CertificateFacts(number, code, addresses.verification(code), f.holderName(), f.holderNameAr(), f.titleFr(),
                f.titleAr(), f.titleEn(), addresses.achievement(course.getCode()), f.hours(), f.startedOn(), f.completedOn(), issuedAt);
    }

    /** @throws CertificateRuleViolation {@code certificate.notFound} */
    public Certificate find(long id) {
        return Optional.ofNullable(em.find(Certificate.class, id)).orElseThrow(() -> new CertificateRuleViolation("certificate.notFound"));
    }

    /** The certificate of a code as typed or scanned, if there is one. */
    public Optional<Certificate> byCode(String typed) {
        return VerificationCode.normalize(typed).flatMap(code -> em.createNamedQuery(Certificate.BY_CODE, Certificate.class)
                .setParameter("code", code).getResultList().stream().findFirst());
    }

    /** A holder's certificates, latest first. */
    public List<Certificate> ofHolder(long holderId) {
        return em.createNamedQuery(Certificate.OF_HOLDER, Certificate.class).setParameter("holder", holderId).getResultList();
    }

    /** Certificates whose number, code, holder or title contains the text (all when it is blank), latest first. */
    public List<Certificate> search(String text, int max) {
        String pattern = "%" + (text == null ? "" : text.strip().toLowerCase(Locale.ROOT)
                .replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_")) + "%";
        return em.createNamedQuery(Certificate.SEARCH, Certificate.class).setParameter("text", pattern).setMaxResults(max)
                .getResultList();
    }

    /** The revoked bits of a status list (1 = the first), as positions in that list. */
    public BitSet revokedBits(int list) {
        int from = (list - 1) * PublicAddresses.STATUS_LIST_SIZE;
        BitSet bits = new BitSet(PublicAddresses.STATUS_LIST_SIZE);
        em.createNamedQuery(Certificate.REVOKED_INDEXES, Integer.class).setParameter("from", from)
                .setParameter("to", from + PublicAddresses.STATUS_LIST_SIZE).getResultList().forEach(i -> bits.set(i - from));
        return bits;
    }

    /** How many status lists are published: one, plus one more for every 131072 certificates. */
    public int statusListCount() {
        Integer max = em.createNamedQuery(Certificate.MAX_STATUS_INDEX, Integer.class).getSingleResult();
        return max == null ? 1 : max / PublicAddresses.STATUS_LIST_SIZE + 1;
    }

    private Account holder(long accountId) {
        Account account = em.find(Account.class, accountId);
        if (account == null || account.getRole() != Role.TRAINEE) {
            throw new CertificateRuleViolation("certificate.holderNotFound");
        }
        return account;
    }

    private String actor() {
        Principal caller = security.getCallerPrincipal();
        return caller == null ? "system" : caller.getName();
    }

    private static String blankToNull(String value) {
        return value == null || value.isBlank() ? null : value;
    }

    private static String orElse(String value, String fallback) {
        return value == null || value.isBlank() ? fallback : value;
    }
}
