package ma.maharat.audit.control;

import java.time.Instant;

/**
 * What an administrator narrows the audit log to; every part is optional.
 *
 * @param actor       exactly this username
 * @param subjectType exactly this kind of subject ({@code session}, {@code certificate}...)
 * @param text        words found in the action or the summary, in any case
 * @param from        entries at or after this instant
 * @param until       entries before this instant
 */
public record AuditFilter(String actor, String subjectType, String text, Instant from, Instant until) {

    public static final AuditFilter EVERYTHING = new AuditFilter(null, null, null, null, null);
}
