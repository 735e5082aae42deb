-- Picture sign-in (issue 12): a trainee of a cohort that has it on signs in on the center's registered
-- terminals with a sequence of three pictures instead of typing a password.

-- Switched on per cohort by an administrator.
ALTER TABLE cohort ADD COLUMN picture_sign_in BOOLEAN NOT NULL DEFAULT FALSE;

-- The sequence, hashed like a password (PBKDF2, the order counts); NULL until pictures are drawn.
ALTER TABLE account
    ADD COLUMN picture_hash     VARCHAR(255) NULL,
    ADD COLUMN pictures_set_at  DATETIME(6)  NULL;

-- A browser of the center an administrator registered: it holds a random token in a long-lived cookie,
-- stored here as its SHA-256 only. Failures in a row are counted per terminal as well as per account.
CREATE TABLE registered_terminal (
    id               BIGINT       NOT NULL AUTO_INCREMENT,
    name             VARCHAR(100) NOT NULL,
    token_hash       CHAR(64)     NOT NULL,
    registered_by    BIGINT       NOT NULL,
    registered_at    DATETIME(6)  NOT NULL,
    last_used_at     DATETIME(6)  NULL,
    revoked_at       DATETIME(6)  NULL,
    failed_sign_ins  INT          NOT NULL DEFAULT 0,
    locked_until     DATETIME(6)  NULL,
    version          BIGINT       NOT NULL DEFAULT 0,
    PRIMARY KEY (id),
    UNIQUE KEY uk_registered_terminal_token (token_hash),
    CONSTRAINT fk_registered_terminal_by FOREIGN KEY (registered_by) REFERENCES account (id)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;
