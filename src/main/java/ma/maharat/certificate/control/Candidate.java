package ma.maharat.certificate.control;

import java.io.Serializable;
import java.util.List;

/**
 * A trainee's standing for a certificate: her valid certificate, or her eligibility and what she
 * misses, course by course (one course for a course certificate, every course of the programme
 * for a programme certificate).
 */
public record Candidate(long accountId, String fullName, String fullNameAr, String cooperativeFr, String cooperativeAr,
        List<CourseStanding> standings, Long certificateId, String certificateNumber) implements Serializable {

    public Candidate {
        standings = List.copyOf(standings);
    }

    public boolean hasCertificate() {
        return certificateId != null;
    }

    /** Every required course complete; optional ones (ADR 23) do not count, and at least one course must be required. */
    public boolean isEligible() {
        return CompletionRules.isProgrammeComplete(standings.stream().filter(CourseStanding::required).map(CourseStanding::eligibility).toList());
    }

    /** Eligible and without a certificate yet: bulk issuing gives her one. */
    public boolean willReceive() {
        return !hasCertificate() && isEligible();
    }

    /** The required courses she has not completed yet, with what each misses. */
    public List<CourseStanding> incomplete() {
        return standings.stream().filter(s -> s.required() && !s.eligibility().isEligible()).toList();
    }

    public int lessonsDone() {
        return standings.stream().mapToInt(s -> s.eligibility().progress().lessonsDone()).sum();
    }

    public int lessonCount() {
        return standings.stream().mapToInt(s -> s.eligibility().progress().lessonCount()).sum();
    }
}
