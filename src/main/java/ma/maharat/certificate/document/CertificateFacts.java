package ma.maharat.certificate.document;

import java.time.Instant;
import java.time.LocalDate;

/**
 * What one certificate states, in the words printed on it and signed in its credential. Built by the
 * certificate feature from what is stored; read by the PDF and the Open Badges credential alike, so
 * both always say the same thing.
 *
 * @param number           the sequential, human-readable number, e.g. {@code MAH-2026-000042}
 * @param verificationCode the unguessable code a client types or scans
 * @param verificationUrl  the absolute address of the public verification page for this code (the QR code)
 * @param holderName       the holder's name in Latin script, as registered
 * @param holderNameAr     the holder's name in Arabic script, or null when unknown
 * @param titleFr          the course's or programme's title in French
 * @param titleAr          its title in Arabic (the French title when the course has none)
 * @param titleEn          its title in English (the French title when the course has none)
 * @param achievementUrl   an absolute address naming the achievement (the course or programme), stable across versions
 * @param hours            the training hours, or null when unknown
 * @param startedOn        the first day of training, or null when unknown
 * @param completedOn      the day the holder completed it
 * @param issuedAt         the moment the certificate was issued
 */
public record CertificateFacts(String number, String verificationCode, String verificationUrl, String holderName,
        String holderNameAr, String titleFr, String titleAr, String titleEn, String achievementUrl, Integer hours,
        LocalDate startedOn, LocalDate completedOn, Instant issuedAt) {
}
