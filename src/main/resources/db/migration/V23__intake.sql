-- Intake (issue 17): a call for applications with its eligibility rules, the applications cooperatives
-- send without an account, and the documents attached to them. Room is left for what comes next (a
-- needs assessment, scores and the committee's decision hang off intake_application by its id).

CREATE TABLE intake_call (
    id                 BIGINT       NOT NULL AUTO_INCREMENT,
    title_ar           VARCHAR(300) NOT NULL,
    title_fr           VARCHAR(300) NOT NULL,
    text_ar            TEXT         NOT NULL,
    text_fr            TEXT         NOT NULL,
    -- Dates in the centre's time zone: the call opens at the start of its first day, closes at the end
    -- of its last.
    opens_on           DATE         NOT NULL,
    closes_on          DATE         NOT NULL,
    places             INT          NOT NULL,
    region             VARCHAR(200) NOT NULL,
    -- Accepted legal forms, as LegalForm names separated by commas.
    legal_forms        VARCHAR(200) NOT NULL,
    textile_required   BOOLEAN      NOT NULL,
    minimum_members    INT          NOT NULL,
    closed_at          DATETIME(6)  NULL,
    created_at         DATETIME(6)  NOT NULL,
    version            BIGINT       NOT NULL DEFAULT 0,
    PRIMARY KEY (id)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;

CREATE TABLE intake_application (
    id                 BIGINT        NOT NULL AUTO_INCREMENT,
    call_id            BIGINT        NOT NULL,
    -- Random, from an unambiguous alphabet: with the contact phone, it is the applicant's only key.
    reference          CHAR(10)      NOT NULL,
    status             VARCHAR(20)   NOT NULL,
    name_ar            VARCHAR(200)  NOT NULL,
    name_fr            VARCHAR(200)  NOT NULL,
    legal_form         VARCHAR(20)   NOT NULL,
    registration_number VARCHAR(60)  NULL,
    province           VARCHAR(100)  NOT NULL,
    city               VARCHAR(100)  NOT NULL,
    year_founded       INT           NULL,
    members            INT           NOT NULL,
    women_members      INT           NOT NULL,
    led_by_woman       BOOLEAN       NOT NULL,
    textile            BOOLEAN       NOT NULL,
    products           VARCHAR(2000) NOT NULL,
    equipment          VARCHAR(2000) NULL,
    customers          VARCHAR(2000) NULL,
    turnover_band      VARCHAR(20)   NOT NULL,
    wishes             VARCHAR(2000) NULL,
    contact_name       VARCHAR(200)  NOT NULL,
    -- Digits only (with a leading + kept), so that "06 12-34" and "061234" are the same phone.
    contact_phone      VARCHAR(20)   NOT NULL,
    contact_email      VARCHAR(254)  NULL,
    submitted_at       DATETIME(6)   NOT NULL,
    updated_at         DATETIME(6)   NULL,
    withdrawn_at       DATETIME(6)   NULL,
    version            BIGINT        NOT NULL DEFAULT 0,
    PRIMARY KEY (id),
    UNIQUE KEY uk_intake_application_reference (reference),
    KEY ix_intake_application_call (call_id),
    CONSTRAINT fk_intake_application_call FOREIGN KEY (call_id) REFERENCES intake_call (id)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;

-- Documents are stored in the database, as practical-work photos are: one backup holds everything.
CREATE TABLE intake_document (
    id                 BIGINT        NOT NULL AUTO_INCREMENT,
    application_id     BIGINT        NOT NULL,
    kind               VARCHAR(20)   NOT NULL,
    file_name          VARCHAR(200)  NOT NULL,
    media_type         VARCHAR(40)   NOT NULL,
    size_bytes         INT           NOT NULL,
    content            MEDIUMBLOB     NOT NULL,
    content_hash       CHAR(64)      NOT NULL,
    added_at           DATETIME(6)   NOT NULL,
    PRIMARY KEY (id),
    KEY ix_intake_document_application (application_id),
    CONSTRAINT fk_intake_document_application FOREIGN KEY (application_id) REFERENCES intake_application (id)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;
