package ma.maharat.certificate.control;

import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import ma.maharat.certificate.document.CertificateFacts;
import ma.maharat.certificate.entity.Certificate;
import ma.maharat.certificate.entity.IssuedFacts;
import ma.maharat.course.entity.Course;
import ma.maharat.identity.entity.Account;
import ma.maharat.learning.entity.Enrollment;
import ma.maharat.training.entity.Cohort;

/**
 * What a certificate states: gathered from the holder, the course or programme and her enrolments when
 * it is issued (and for the preview), read back from a stored certificate for its PDF and credential.
 */
@Stateless
public class CertifiedFacts {

    static final ZoneId CENTER_ZONE = ZoneId.of("Africa/Casablanca");

    @PersistenceContext
    EntityManager em;

    @Inject
    PublicAddresses addresses;

    Clock clock = Clock.systemUTC();

    /** The facts a certificate for a course ({@code programme} null) or for a cohort's programme would state today. */
    public IssuedFacts gather(Course course, Cohort programme, Account holder) {
        return course != null ? ofCourse(course, holder) : ofProgramme(programme, holder);
    }

    private IssuedFacts ofCourse(Course course, Account holder) {
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
    private IssuedFacts ofProgramme(Cohort cohort, Account holder) {
        List<Enrollment> enrollments = cohort.getProgramme().stream().map(course -> enrollment(holder, course))
                .flatMap(Optional::stream).toList();
        LocalDate startedOn = enrollments.stream().map(e -> day(e.getEnrolledAt())).min(LocalDate::compareTo).orElse(cohort.getStartDate());
        LocalDate completedOn = enrollments.stream().map(Enrollment::getCompletedAt).filter(Objects::nonNull).map(this::day)
                .max(LocalDate::compareTo).orElse(day(Instant.now(clock)));
        int hours = cohort.getProgramme().stream().mapToInt(Course::getEstimatedHours).filter(h -> h > 0).sum();
        return new IssuedFacts(holder.getFullName(), blankToNull(holder.getFullNameAr()), ProgrammeTitles.of(cohort.getName(), "fr"),
                ProgrammeTitles.of(cohort.getName(), "ar"), ProgrammeTitles.of(cohort.getName(), "en"), hours > 0 ? hours : null,
                startedOn, completedOn);
    }

    /** What a stored certificate states, for its PDF and its credential. */
    public CertificateFacts of(Certificate c) {
        return stated(c.getNumber(), c.getVerificationCode(), c.getCourse(), c.getProgramme(),
                new IssuedFacts(c.getHolderName(), c.getHolderNameAr(), c.getTitleFr(), c.getTitleAr(), c.getTitleEn(), c.getHours(),
                        c.getStartedOn(), c.getCompletedOn()), c.getIssuedAt());
    }

    /** The facts with the number, code and verification address they are issued under. */
    public CertificateFacts stated(String number, String code, Course course, Cohort programme, IssuedFacts f, Instant issuedAt) {
        return new CertificateFacts(number, code, addresses.verification(code), f.holderName(), f.holderNameAr(), f.titleFr(),
                f.titleAr(), f.titleEn(), achievementOf(course, programme), f.hours(), f.startedOn(), f.completedOn(), issuedAt);
    }

    /** The facts before issuing, for the preview: no number, code or verification address. */
    public CertificateFacts unnumbered(Course course, Cohort programme, IssuedFacts f) {
        return new CertificateFacts(null, null, null, f.holderName(), f.holderNameAr(), f.titleFr(), f.titleAr(), f.titleEn(),
                achievementOf(course, programme), f.hours(), f.startedOn(), f.completedOn(), Instant.now(clock));
    }

    private String achievementOf(Course course, Cohort programme) {
        return course != null ? addresses.achievement(course.getCode()) : addresses.programmeAchievement(programme.getId());
    }

    private Optional<Enrollment> enrollment(Account holder, Course course) {
        return em.createNamedQuery(Enrollment.OF_TRAINEE_IN_COURSE, Enrollment.class).setParameter("trainee", holder.getId())
                .setParameter("course", course.getId()).getResultList().stream().findFirst();
    }

    private LocalDate day(Instant instant) {
        return instant.atZone(CENTER_ZONE).toLocalDate();
    }

    private static String blankToNull(String value) {
        return value == null || value.isBlank() ? null : value;
    }

    private static String orElse(String value, String fallback) {
        return value == null || value.isBlank() ? fallback : value;
    }
}
