-- Selection (issue 17, items 3 and 4): the field visit's needs assessment of an application, with its
-- photos; the weights a call gives to each part of the selection score; the committee's decision on each
-- application and, once converted, the cooperative it became.

CREATE TABLE intake_assessment (
    id                 BIGINT        NOT NULL AUTO_INCREMENT,
    -- One assessment an application: a second visit updates it (the audit log keeps what it said before).
    application_id     BIGINT        NOT NULL,
    visited_on         DATE          NOT NULL,
    -- The signed-in staff member's username (intake does not depend on identity).
    visited_by         VARCHAR(100)  NOT NULL,
    companions         VARCHAR(300)  NULL,
    observations       VARCHAR(4000) NULL,
    created_at         DATETIME(6)   NOT NULL,
    updated_at         DATETIME(6)   NULL,
    updated_by         VARCHAR(100)  NULL,
    version            BIGINT        NOT NULL DEFAULT 0,
    PRIMARY KEY (id),
    UNIQUE KEY uk_intake_assessment_application (application_id),
    CONSTRAINT fk_intake_assessment_application FOREIGN KEY (application_id) REFERENCES intake_application (id)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;

-- One row a topic of the programme: 0 (no need, masters it) to 4 (everything to learn).
CREATE TABLE intake_assessment_score (
    assessment_id      BIGINT        NOT NULL,
    topic              VARCHAR(20)   NOT NULL,
    score              TINYINT       NOT NULL,
    comment            VARCHAR(1000) NULL,
    PRIMARY KEY (assessment_id, topic),
    CONSTRAINT ck_intake_assessment_score CHECK (score BETWEEN 0 AND 4),
    CONSTRAINT fk_intake_assessment_score FOREIGN KEY (assessment_id) REFERENCES intake_assessment (id)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;

CREATE TABLE intake_assessment_photo (
    id                 BIGINT        NOT NULL AUTO_INCREMENT,
    assessment_id      BIGINT        NOT NULL,
    file_name          VARCHAR(200)  NOT NULL,
    media_type         VARCHAR(40)   NOT NULL,
    size_bytes         INT           NOT NULL,
    content            MEDIUMBLOB    NOT NULL,
    content_hash       CHAR(64)      NOT NULL,
    added_at           DATETIME(6)   NOT NULL,
    PRIMARY KEY (id),
    KEY ix_intake_assessment_photo (assessment_id),
    CONSTRAINT fk_intake_assessment_photo FOREIGN KEY (assessment_id) REFERENCES intake_assessment (id)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;

-- The selection score's weights, 0 to 100 each, at least one above 0: needs found on the visit, small
-- size, led by a woman.
ALTER TABLE intake_call
    ADD COLUMN weight_need  INT NOT NULL DEFAULT 60,
    ADD COLUMN weight_size  INT NOT NULL DEFAULT 20,
    ADD COLUMN weight_women INT NOT NULL DEFAULT 20;

ALTER TABLE intake_application
    ADD COLUMN decision        VARCHAR(20)   NULL,
    ADD COLUMN decision_reason VARCHAR(1000) NULL,
    ADD COLUMN decided_by      VARCHAR(100)  NULL,
    ADD COLUMN decided_at      DATETIME(6)   NULL,
    ADD COLUMN cooperative_id  BIGINT        NULL,
    ADD CONSTRAINT fk_intake_application_cooperative FOREIGN KEY (cooperative_id) REFERENCES cooperative (id);
