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
import ma.maharat.center.control.PublicAddress;
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
    PublicAddress publicAddress;

    @Inject
    SecurityContext security;

    @Inject
    Event<CertificateRevoked> revoked;

    Clock clock = Clock.systemUTC();

    /** Whose eligibility a page shows: the trainees of a cohort or of a cooperative. */
    public enum GroupKind { COHORT, COOPERATIVE }

    /** A trainee's standing in one course: the course and her verdict. */
    public record CourseStanding(Course course, CompletionRules.Eligibility eligibility) {}

    /**
     * A trainee's standing for a certificate: her valid certificate, or her eligibility and what she
     * misses, course by course (one course for a course certificate, every course of the programme
     * for a programme certificate).
     */
    public record Candidate(long accountId, String fullName, String fullNameAr, String cooperativeFr, String cooperativeAr,
            List<CourseStanding> standings, Long certificateId, String certificateNumber) {

        public Candidate {
            standings = List.copyOf(standings);
        }

        public boolean hasCertificate() {
            return certificateId != null;
        }

        public boolean isEligible() {
            return CompletionRules.isProgrammeComplete(standings.stream().map(CourseStanding::eligibility).toList());
        }

        /** Eligible and without a certificate yet: bulk issuing gives her one. */
        public boolean willReceive() {
            return !hasCertificate() && isEligible();
        }

        /** The courses she has not completed yet, with what each misses. */
        public List<CourseStanding> incomplete() {
            return standings.stream().filter(s -> !s.eligibility().isEligible()).toList();
        }

        public int lessonsDone() {
            return standings.stream().mapToInt(s -> s.eligibility().progress().lessonsDone()).sum();
        }

        public int lessonCount() {
            return standings.stream().mapToInt(s -> s.eligibility().progress().lessonCount()).sum();
        }
    }

    /**
     * The eligibility of a group for a course's certificate (programme null) or for a cohort's
     * programme certificate (course null), with the lessons concerned by id for naming what is missing.
     */
    public record EligibilityReport(Course course, Cohort programme, List<Candidate> candidates, Map<Long, Lesson> lessons) {

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
        if (kind == GroupKind.COOPERATIVE && em.find(Cooperative.class, groupId) == null) {
            // As for an unknown cohort: "nobody to certify" would hide a wrong number.
            throw new CertificateRuleViolation("certificate.cooperativeNotFound");
        }
        List<Account> trainees = kind == GroupKind.COHORT ? traineesOf(cohort(groupId))
                : em.createNamedQuery(Account.ACTIVE_OF_COOPERATIVE, Account.class).setParameter("cooperative", groupId)
                        .setParameter("role", Role.TRAINEE).getResultList();
        return courseReport(course(courseId), trainees);
    }

    /** One trainee's eligibility for a course. */
    public Candidate eligibilityOf(long courseId, long accountId) {
        return courseReport(course(courseId), List.of(holder(accountId))).candidates().get(0);
    }

    private EligibilityReport courseReport(Course course, List<Account> trainees) {
        Verdicts verdicts = verdicts(course, trainees);
        Map<Long, Certificate> valid = em.createNamedQuery(Certificate.VALID_OF_COURSE, Certificate.class)
                .setParameter("course", course.getId()).getResultList().stream()
                .collect(Collectors.toMap(c -> c.getHolder().getId(), Function.identity()));
        return new EligibilityReport(course, null, candidates(trainees, List.of(verdicts), valid), verdicts.lessons());
    }

    /**
     * The eligibility of a cohort's active trainees for the certificate of its whole programme: every
     * course of the programme completed, by the course rule.
     *
     * @throws CertificateRuleViolation {@code certificate.cohortNotFound} or {@code certificate.emptyProgramme}
     */
    public EligibilityReport programmeEligibility(long cohortId) {
        Cohort cohort = cohort(cohortId);
        return programmeEligibility(cohort, traineesOf(cohort));
    }

    private EligibilityReport programmeEligibility(Cohort cohort, List<Account> trainees) {
        if (cohort.getProgramme().isEmpty()) {
            throw new CertificateRuleViolation("certificate.emptyProgramme", cohort.getName());
        }
        List<Verdicts> perCourse = cohort.getProgramme().stream().map(course -> verdicts(course, trainees)).toList();
        Map<Long, Lesson> lessons = new HashMap<>();
        perCourse.forEach(v -> lessons.putAll(v.lessons()));
        Map<Long, Certificate> valid = em.createNamedQuery(Certificate.VALID_OF_PROGRAMME, Certificate.class)
                .setParameter("cohort", cohort.getId()).getResultList().stream()
                .collect(Collectors.toMap(c -> c.getHolder().getId(), Function.identity()));
        return new EligibilityReport(null, cohort, candidates(trainees, perCourse, valid), Map.copyOf(lessons));
    }

    /** One course's verdict for each of the trainees, with its current lessons by id. */
    private record Verdicts(Course course, Map<Long, CompletionRules.Eligibility> byTrainee, Map<Long, Lesson> lessons) {}

    private Verdicts verdicts(Course course, List<Account> trainees) {
        List<Lesson> lessons = course.currentLessons();
        CompletionRules.Requirements requirements = new CompletionRules.Requirements(
                lessons.stream().map(l -> new CourseProgress.LessonStep(l.getId(), l.getMinutes())).toList(),
                Set.copyOf(em.createNamedQuery(Quiz.CURRENT_SCOPES_OF_COURSE, String.class).setParameter("course", course.getId())
                        .getResultList()),
                practicalWork.requiredTasks(course.getId()).stream().map(PracticalTask::getId).collect(Collectors.toSet()));
        Map<Long, Lesson> lessonsById = lessons.stream().collect(Collectors.toMap(Lesson::getId, Function.identity()));
        if (trainees.isEmpty()) {
            return new Verdicts(course, Map.of(), lessonsById);
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
        Map<Long, CompletionRules.Eligibility> byTrainee = new HashMap<>();
        for (Account trainee : trainees) {
            byTrainee.put(trainee.getId(), CompletionRules.check(requirements, new CompletionRules.Achievements(
                    enrolled.contains(trainee.getId()), done.getOrDefault(trainee.getId(), Set.of()),
                    passed.getOrDefault(trainee.getId(), Set.of()), signedOff.getOrDefault(trainee.getId(), Set.of()))));
        }
        return new Verdicts(course, byTrainee, lessonsById);
    }

    private static List<Candidate> candidates(List<Account> trainees, List<Verdicts> perCourse, Map<Long, Certificate> valid) {
        List<Candidate> candidates = new ArrayList<>();
        for (Account trainee : trainees) {
            List<CourseStanding> standings = perCourse.stream()
                    .map(v -> new CourseStanding(v.course(), v.byTrainee().get(trainee.getId()))).toList();
            Certificate certificate = valid.get(trainee.getId());
            Cooperative cooperative = trainee.getCooperative();
            candidates.add(new Candidate(trainee.getId(), trainee.getFullName(), trainee.getFullNameAr(),
                    cooperative == null ? null : cooperative.getNameFr(), cooperative == null ? null : cooperative.getNameAr(),
                    standings, certificate == null ? null : certificate.getId(), certificate == null ? null : certificate.getNumber()));
        }
        return List.copyOf(candidates);
    }

    /**
     * Issues a trainee's certificate for a course.
     *
     * @throws CertificateRuleViolation {@code certificate.alreadyIssued} or {@code certificate.notEligible}
     */
    public Certificate issue(long courseId, long holderId) {
        Course course = course(courseId);
        Account holder = holder(holderId);
        Certificate certificate = issueTo(courseReport(course, List.of(holder)).candidates().get(0), course, null, holder);
        audit.record("certificate.issued", "certificate", certificate.getId(), ma.maharat.audit.entity.AuditMessage.of(
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
        Cohort cohort = cohort(cohortId);
        Account holder = holder(holderId);
        if (traineesOf(cohort).stream().noneMatch(t -> t.getId().equals(holder.getId()))) {
            throw new CertificateRuleViolation("certificate.notInCohort", holder.getFullName(), cohort.getName());
        }
        Certificate certificate = issueTo(programmeEligibility(cohort, List.of(holder)).candidates().get(0), null, cohort, holder);
        audit.record("certificate.issued", "certificate", certificate.getId(), ma.maharat.audit.entity.AuditMessage.of(
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
        Account holder = holder(holderId);
        Course course = courseId == null ? null : course(courseId);
        Cohort programme = course != null || cohortId == null ? null : cohort(cohortId);
        if (course == null && programme == null) {
            throw new CertificateRuleViolation("certificate.courseNotFound");
        }
        if (programme != null && traineesOf(programme).stream().noneMatch(t -> t.getId().equals(holder.getId()))) {
            throw new CertificateRuleViolation("certificate.notInCohort", holder.getFullName(), programme.getName());
        }
        IssuedFacts f = course != null ? factsOf(course, holder) : programmeFactsOf(programme, holder);
        return new CertificateFacts(null, null, null, f.holderName(), f.holderNameAr(), f.titleFr(), f.titleAr(), f.titleEn(),
                achievementOf(course, programme), f.hours(), f.startedOn(), f.completedOn(), Instant.now(clock));
    }

    /**
     * Issues the certificates of a batch of holders in one transaction, skipping those who already
     * hold one or are no longer eligible: running a batch again issues nothing twice.
     */
    public BatchOutcome issueBatch(long courseId, List<Long> holderIds) {
        Course course = course(courseId);
        BatchOutcome outcome = issueEach(courseReport(course, holders(holderIds)));
        if (!outcome.issuedNumbers().isEmpty()) {
            audit.record("certificate.bulkIssued", "course", courseId, ma.maharat.audit.entity.AuditMessage.of(
                    "audit.message.certificate.bulkIssued", outcome.issuedNumbers().size(), course.getCode(), String.join(", ", outcome.issuedNumbers())));
        }
        return outcome;
    }

    /**
     * Issues the programme certificates of a batch of a cohort's trainees in one transaction, as
     * {@link #issueBatch} does for a course; holders who are not (or no longer) in the cohort are skipped.
     */
    public BatchOutcome issueProgrammeBatch(long cohortId, List<Long> holderIds) {
        Cohort cohort = cohort(cohortId);
        Set<Long> members = traineesOf(cohort).stream().map(Account::getId).collect(Collectors.toSet());
        List<Account> holders = holders(holderIds.stream().filter(members::contains).toList());
        BatchOutcome outcome = issueEach(programmeEligibility(cohort, holders));
        outcome = new BatchOutcome(outcome.issuedNumbers(), outcome.skipped() + holderIds.size() - holders.size());
        if (!outcome.issuedNumbers().isEmpty()) {
            audit.record("certificate.bulkIssued", "cohort", cohortId, ma.maharat.audit.entity.AuditMessage.of(
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
            numbers.add(create(report.course(), report.programme(), holder(candidate.accountId()), null, VerificationCode.generate())
                    .getNumber());
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
        Certificate correction = create(old.getCourse(), old.getProgramme(), old.getHolder(), old, VerificationCode.generate());
        old.supersede(correction, correction.getIssuedAt());
        // A superseded credential must stop verifying with outside verifiers too: its bit is set like a revocation's.
        revoked.fire(new CertificateRevoked(old.getId(), old.getStatusIndex()));
        audit.record("certificate.superseded", "certificate", old.getId(), ma.maharat.audit.entity.AuditMessage.of(
                "audit.message.certificate.superseded", old.getNumber(), correction.getNumber(), correction.getHolderName(), awardOf(correction)));
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
        audit.record("certificate.revoked", "certificate", certificate.getId(), ma.maharat.audit.entity.AuditMessage.of(
                "audit.message.certificate.revoked", certificate.getNumber(), certificate.getHolderName(), why));
        revoked.fire(new CertificateRevoked(certificate.getId(), certificate.getStatusIndex()));
        return certificate;
    }

    /**
     * A demo certificate with a fixed verification code, so the README can name it. Only the demo
     * data set calls this; it issues whatever the trainee's progress.
     */
    public Certificate issueWithCode(long courseId, long holderId, String code) {
        String checked = VerificationCode.normalize(code).orElseThrow(() -> new IllegalArgumentException("Not a code: " + code));
        Certificate certificate = create(course(courseId), null, holder(holderId), null, checked);
        audit.record("certificate.issued", "certificate", certificate.getId(), ma.maharat.audit.entity.AuditMessage.of(
                "audit.message.certificate.demoIssued", certificate.getNumber(), certificate.getHolderName(), awardOf(certificate)));
        return certificate;
    }

    /** Creates a certificate for a course, or (course null) for a cohort's programme. */
    private Certificate create(Course course, Cohort programme, Account holder, Certificate supersedes, String code) {
        if (!publicAddress.allowsIssuing()) {
            // Its QR code and credential would name an address nobody else can reach, for ever.
            throw new CertificateRuleViolation("certificate.publicAddressUnset", publicAddress.current());
        }
        Instant now = Instant.now(clock);
        int year = now.atZone(CENTER_ZONE).getYear();
        String number = CertificateNumber.of(year, counters.next(CertificateNumber.counterOf(year)));
        int statusIndex = counters.next(Counters.STATUS_INDEX) - 1;
        IssuedFacts facts = course != null ? factsOf(course, holder) : programmeFactsOf(programme, holder);
        String credential = sign(factsOf(number, code, achievementOf(course, programme), facts, now), statusIndex);
        Certificate certificate = new Certificate(number, code, holder, course, programme, facts, now, actor(), statusIndex, credential,
                supersedes);
        em.persist(certificate);
        em.flush();
        return certificate;
    }

    private String sign(CertificateFacts facts, int statusIndex) {
        return credentials.issue(facts, addresses.statusEntry(statusIndex));
    }

    private IssuedFacts factsOf(Course course, Account holder) {
        Optional<Enrollment> enrollment = enrollment(holder, course);
        LocalDate startedOn = enrollment.map(e -> day(e.getEnrolledAt())).orElse(null);
        Instant completed = enrollment.map(Enrollment::getCompletedAt).orElse(null);
        String titleFr = course.getTitle().getFr();
        return new IssuedFacts(holder.getFullName(), blankToNull(holder.getFullNameAr()), titleFr,
                orElse(course.getTitle().getAr(), titleFr), orElse(course.getTitle().getEn(), titleFr),
                course.getEstimatedHours() > 0 ? course.getEstimatedHours() : null, startedOn,
                day(completed != null ? completed : Instant.now(clock)));
    }

    /**
     * A programme certificate states the programme's title with the cohort's name, the hours of all its
     * courses, and the period from her first enrolment to her last course completed.
     */
    private IssuedFacts programmeFactsOf(Cohort cohort, Account holder) {
        List<Enrollment> enrollments = cohort.getProgramme().stream().map(course -> enrollment(holder, course))
                .flatMap(Optional::stream).toList();
        LocalDate startedOn = enrollments.stream().map(e -> day(e.getEnrolledAt())).min(LocalDate::compareTo).orElse(cohort.getStartDate());
        LocalDate completedOn = enrollments.stream().map(Enrollment::getCompletedAt).filter(java.util.Objects::nonNull).map(this::day)
                .max(LocalDate::compareTo).orElse(day(Instant.now(clock)));
        int hours = cohort.getProgramme().stream().mapToInt(Course::getEstimatedHours).filter(h -> h > 0).sum();
        return new IssuedFacts(holder.getFullName(), blankToNull(holder.getFullNameAr()), ProgrammeTitles.of(cohort.getName(), "fr"),
                ProgrammeTitles.of(cohort.getName(), "ar"), ProgrammeTitles.of(cohort.getName(), "en"), hours > 0 ? hours : null,
                startedOn, completedOn);
    }

    private Optional<Enrollment> enrollment(Account holder, Course course) {
        return em.createNamedQuery(Enrollment.OF_TRAINEE_IN_COURSE, Enrollment.class).setParameter("trainee", holder.getId())
                .setParameter("course", course.getId()).getResultList().stream().findFirst();
    }

    private LocalDate day(Instant instant) {
        return instant.atZone(CENTER_ZONE).toLocalDate();
    }

    private String achievementOf(Course course, Cohort programme) {
        return course != null ? addresses.achievement(course.getCode()) : addresses.programmeAchievement(programme.getId());
    }

    /** What a certificate is for, in the audit log's words. */
    private static Object awardOf(Certificate certificate) {
        return certificate.isForProgramme()
                ? ma.maharat.audit.entity.AuditMessage.of("audit.message.certificate.programmeOf", certificate.getProgramme().getName())
                : certificate.getCourse().getCode();
    }

    /** What a certificate states, for its PDF and its credential. */
    public CertificateFacts factsOf(Certificate c) {
        return factsOf(c.getNumber(), c.getVerificationCode(), achievementOf(c.getCourse(), c.getProgramme()),
                new IssuedFacts(c.getHolderName(), c.getHolderNameAr(), c.getTitleFr(), c.getTitleAr(), c.getTitleEn(), c.getHours(),
                        c.getStartedOn(), c.getCompletedOn()), c.getIssuedAt());
    }

    private CertificateFacts factsOf(String number, String code, String achievementUrl, IssuedFacts f, Instant issuedAt) {
        return new CertificateFacts(number, code, addresses.verification(code), f.holderName(), f.holderNameAr(), f.titleFr(),
                f.titleAr(), f.titleEn(), achievementUrl, f.hours(), f.startedOn(), f.completedOn(), issuedAt);
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

    /** @throws CertificateRuleViolation {@code certificate.cohortNotFound} */
    public Cohort cohort(long cohortId) {
        return Optional.ofNullable(em.find(Cohort.class, cohortId))
                .orElseThrow(() -> new CertificateRuleViolation("certificate.cohortNotFound"));
    }

    private List<Account> traineesOf(Cohort cohort) {
        return em.createNamedQuery(Cohort.TRAINEES, Account.class).setParameter("cohort", cohort.getId())
                .setParameter("role", Role.TRAINEE).getResultList();
    }

    private List<Account> holders(List<Long> accountIds) {
        return accountIds.stream().map(this::holder).toList();
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
