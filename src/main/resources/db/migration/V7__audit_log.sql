-- The audit log: who changed what and when (assignments, sessions, grades, sign-offs, publications,
-- certificates, cohorts...). Written in the same transaction as the change it records, so a change
-- rolled back leaves no entry and no committed change goes unrecorded. Entries are never updated.

CREATE TABLE audit_entry (
    id            BIGINT        NOT NULL AUTO_INCREMENT,
    at            DATETIME(6)   NOT NULL,
    actor         VARCHAR(100)  NOT NULL,
    action        VARCHAR(60)   NOT NULL,
    subject_type  VARCHAR(60)   NOT NULL,
    subject_id    VARCHAR(100)  NULL,
    summary       VARCHAR(1000) NOT NULL,
    PRIMARY KEY (id),
    KEY ix_audit_entry_at (at),
    KEY ix_audit_entry_subject (subject_type, subject_id),
    KEY ix_audit_entry_actor (actor, at)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;
