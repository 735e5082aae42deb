package ma.maharat.certificate.entity;

import java.time.LocalDate;

/**
 * The facts about a holder and a course that a certificate freezes when it is issued: her names as
 * registered, the course's titles and hours, when she started and when she completed it.
 */
public record IssuedFacts(String holderName, String holderNameAr, String titleFr, String titleAr, String titleEn,
        Integer hours, LocalDate startedOn, LocalDate completedOn) {
}
