package ma.maharat.audit.entity;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.io.Serializable;
import java.time.Instant;

/**
 * One change, as the person who made it would describe it: an action ("session.moved"), what it was
 * done to (subject type and id) and what it says — a message key and its parameters read in the viewer's
 * language, and a one-line summary in the programme's working language (French) that searches look
 * into; entries written before the keys (V18) have only the summary. Immutable once written.
 */
@Entity
@Table(name = "audit_entry")
public class AuditEntry implements Serializable {
    private static final long serialVersionUID = 1L;

    /** The actor of changes made by the server itself (start-up import, scheduled jobs). */
    public static final String SYSTEM = "system";

    static final int SUMMARY_LENGTH = 1000;

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Column(nullable = false, updatable = false)
    private Instant at;

    @Column(nullable = false, updatable = false)
    private String actor;

    @Column(nullable = false, updatable = false)
    private String action;

    @Column(name = "subject_type", nullable = false, updatable = false)
    private String subjectType;

    @Column(name = "subject_id", updatable = false)
    private String subjectId;

    @Column(nullable = false, updatable = false)
    private String summary;

    /** What the entry says as a bundle key; null for entries written before V18, read by their summary. */
    @Column(name = "message_key", updatable = false)
    private String messageKey;

    /** The key's parameters as JSON (see {@code AuditMessages}); null with the key. */
    @Column(name = "message_params", updatable = false)
    private String messageParams;

    protected AuditEntry() {
        // for JPA
    }

    public AuditEntry(Instant at, String actor, String action, String subjectType, String subjectId, String summary) {
        this.at = at;
        this.actor = actor;
        this.action = action;
        this.subjectType = subjectType;
        this.subjectId = subjectId;
        this.summary = summary.length() > SUMMARY_LENGTH ? summary.substring(0, SUMMARY_LENGTH - 1) + "…" : summary;
    }

    /**
     * An entry that keeps its message as a key and parameters, so each reader reads it in her language;
     * {@code summary} is the same message in the programme's working language, for searches.
     */
    public AuditEntry(Instant at, String actor, String action, String subjectType, String subjectId, String summary,
            String messageKey, String messageParams) {
        this(at, actor, action, subjectType, subjectId, summary);
        this.messageKey = messageKey;
        this.messageParams = messageParams;
    }

    public Long getId() {
        return id;
    }

    public Instant getAt() {
        return at;
    }

    public String getActor() {
        return actor;
    }

    public String getAction() {
        return action;
    }

    public String getSubjectType() {
        return subjectType;
    }

    public String getSubjectId() {
        return subjectId;
    }

    public String getSummary() {
        return summary;
    }

    public String getMessageKey() {
        return messageKey;
    }

    public String getMessageParams() {
        return messageParams;
    }
}
