-- Certificates: what each one states is frozen when it is issued (names, titles, hours, dates and
-- the signed credential), so later edits to an account or a course never change an issued
-- certificate; a correction is a new certificate that supersedes the old one. Only the status
-- columns (superseded, revoked, valid_for) may change afterwards, and a trigger refuses the rest.

CREATE TABLE certificate (
    id                  BIGINT        NOT NULL AUTO_INCREMENT,
    number              VARCHAR(20)   NOT NULL,
    verification_code   VARCHAR(19)   NOT NULL,
    holder_id           BIGINT        NOT NULL,
    course_id           BIGINT        NOT NULL,
    holder_name         VARCHAR(200)  NOT NULL,
    holder_name_ar      VARCHAR(200)  NULL,
    title_fr            VARCHAR(300)  NOT NULL,
    title_ar            VARCHAR(300)  NOT NULL,
    title_en            VARCHAR(300)  NOT NULL,
    hours               INT           NULL,
    started_on          DATE          NULL,
    completed_on        DATE          NOT NULL,
    issued_at           DATETIME(6)   NOT NULL,
    issued_by           VARCHAR(100)  NOT NULL,
    status_index        INT           NOT NULL,
    credential_json     MEDIUMTEXT    NULL,
    supersedes_id       BIGINT        NULL,
    superseded_by_id    BIGINT        NULL,
    superseded_at       DATETIME(6)   NULL,
    revoked_at          DATETIME(6)   NULL,
    revoked_by          VARCHAR(100)  NULL,
    revocation_reason   VARCHAR(1000) NULL,
    -- "holder:course" while the certificate is the holder's valid one for the course, NULL once it is
    -- superseded or revoked: the unique key then allows one valid certificate per holder and course,
    -- even when two administrators issue at the same moment.
    valid_for           VARCHAR(60)   NULL,
    version             BIGINT        NOT NULL DEFAULT 0,
    PRIMARY KEY (id),
    UNIQUE KEY uk_certificate_number (number),
    UNIQUE KEY uk_certificate_code (verification_code),
    UNIQUE KEY uk_certificate_status_index (status_index),
    UNIQUE KEY uk_certificate_valid_for (valid_for),
    KEY ix_certificate_holder (holder_id),
    KEY ix_certificate_course (course_id),
    KEY ix_certificate_revoked (revoked_at),
    CONSTRAINT fk_certificate_holder FOREIGN KEY (holder_id) REFERENCES account (id),
    CONSTRAINT fk_certificate_course FOREIGN KEY (course_id) REFERENCES course (id),
    CONSTRAINT fk_certificate_supersedes FOREIGN KEY (supersedes_id) REFERENCES certificate (id),
    CONSTRAINT fk_certificate_superseded_by FOREIGN KEY (superseded_by_id) REFERENCES certificate (id),
    CONSTRAINT ck_certificate_revocation CHECK (revoked_at IS NULL OR revocation_reason IS NOT NULL)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;

-- Counters handed out under a row lock (SELECT ... FOR UPDATE): certificate numbers per year
-- ("number-2026") and status-list indexes ("status-index"), without gaps or duplicates.
CREATE TABLE certificate_counter (
    name        VARCHAR(40) NOT NULL,
    last_value  INT         NOT NULL,
    PRIMARY KEY (name)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;

-- The counters exist before the first certificate, so that issuing only ever locks an existing row.
INSERT INTO certificate_counter (name, last_value) VALUES
    ('status-index', 0), ('number-2026', 0), ('number-2027', 0), ('number-2028', 0), ('number-2029', 0), ('number-2030', 0),
    ('number-2031', 0), ('number-2032', 0), ('number-2033', 0), ('number-2034', 0), ('number-2035', 0), ('number-2036', 0),
    ('number-2037', 0), ('number-2038', 0), ('number-2039', 0), ('number-2040', 0), ('number-2041', 0), ('number-2042', 0),
    ('number-2043', 0), ('number-2044', 0), ('number-2045', 0), ('number-2046', 0), ('number-2047', 0), ('number-2048', 0),
    ('number-2049', 0), ('number-2050', 0);

-- Issued facts never change, whoever connects to the database. (With binary logging on, the
-- migration's user needs the TRIGGER privilege, or log_bin_trust_function_creators, to create it.)
DELIMITER $$
CREATE TRIGGER tr_certificate_facts_immutable BEFORE UPDATE ON certificate FOR EACH ROW
BEGIN
    IF NOT (NEW.number <=> OLD.number AND NEW.verification_code <=> OLD.verification_code
            AND NEW.holder_id <=> OLD.holder_id AND NEW.course_id <=> OLD.course_id
            AND NEW.holder_name <=> OLD.holder_name AND NEW.holder_name_ar <=> OLD.holder_name_ar
            AND NEW.title_fr <=> OLD.title_fr AND NEW.title_ar <=> OLD.title_ar AND NEW.title_en <=> OLD.title_en
            AND NEW.hours <=> OLD.hours AND NEW.started_on <=> OLD.started_on AND NEW.completed_on <=> OLD.completed_on
            AND NEW.issued_at <=> OLD.issued_at AND NEW.issued_by <=> OLD.issued_by
            AND NEW.status_index <=> OLD.status_index AND NEW.credential_json <=> OLD.credential_json
            AND NEW.supersedes_id <=> OLD.supersedes_id) THEN
        SIGNAL SQLSTATE '45000' SET MESSAGE_TEXT = 'An issued certificate never changes: issue a new one that supersedes it';
    END IF;
END$$
DELIMITER ;
