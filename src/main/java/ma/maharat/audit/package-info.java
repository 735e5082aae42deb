/**
 * The audit log: who changed what and when. Features call {@code AuditTrail.record} inside the
 * transaction that makes the change; administrators read the log at {@code /admin/audit.xhtml}.
 * Sits at the bottom with platform: every feature may write to it, it reads none of them.
 */
package ma.maharat.audit;
