-- Accounts of trainees, trainers and administrators; the cooperatives trainees belong to; the
-- personal access tokens scripts use for the REST API. Times are UTC.

CREATE TABLE cooperative (
    id          BIGINT       NOT NULL AUTO_INCREMENT,
    name_fr     VARCHAR(200) NOT NULL,
    name_ar     VARCHAR(200) NOT NULL,
    city        VARCHAR(100) NOT NULL,
    women_led   BOOLEAN      NOT NULL DEFAULT FALSE,
    created_at  DATETIME(6)  NOT NULL,
    PRIMARY KEY (id),
    UNIQUE KEY uk_cooperative_name_fr (name_fr)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;

CREATE TABLE account (
    id                    BIGINT       NOT NULL AUTO_INCREMENT,
    username              VARCHAR(64)  NOT NULL,
    full_name             VARCHAR(200) NOT NULL,
    full_name_ar          VARCHAR(200) NULL,
    role                  VARCHAR(16)  NOT NULL,
    password_hash         VARCHAR(255) NOT NULL,
    must_change_password  BOOLEAN      NOT NULL DEFAULT FALSE,
    preferred_language    CHAR(2)      NOT NULL DEFAULT 'fr',
    active                BOOLEAN      NOT NULL DEFAULT TRUE,
    cooperative_id        BIGINT       NULL,
    failed_logins         INT          NOT NULL DEFAULT 0,
    locked_until          DATETIME(6)  NULL,
    last_login_at         DATETIME(6)  NULL,
    created_at            DATETIME(6)  NOT NULL,
    version               BIGINT       NOT NULL DEFAULT 0,
    PRIMARY KEY (id),
    UNIQUE KEY uk_account_username (username),
    KEY ix_account_role (role),
    CONSTRAINT fk_account_cooperative FOREIGN KEY (cooperative_id) REFERENCES cooperative (id),
    CONSTRAINT ck_account_role CHECK (role IN ('TRAINEE', 'TRAINER', 'ADMIN')),
    CONSTRAINT ck_account_language CHECK (preferred_language IN ('ar', 'fr', 'en'))
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;

CREATE TABLE access_token (
    id            BIGINT       NOT NULL AUTO_INCREMENT,
    account_id    BIGINT       NOT NULL,
    name          VARCHAR(100) NOT NULL,
    token_hash    CHAR(64)     NOT NULL,
    token_hint    VARCHAR(12)  NOT NULL,
    created_at    DATETIME(6)  NOT NULL,
    last_used_at  DATETIME(6)  NULL,
    revoked_at    DATETIME(6)  NULL,
    PRIMARY KEY (id),
    UNIQUE KEY uk_access_token_hash (token_hash),
    KEY ix_access_token_account (account_id),
    CONSTRAINT fk_access_token_account FOREIGN KEY (account_id) REFERENCES account (id)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;
