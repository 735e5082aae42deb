-- The server's Ed25519 keys that sign certificates' Open Badges credentials. The current key is the one
-- not retired; rotating retires it and adds a new one. Retired keys stay: their credentials keep
-- verifying anyway (the issuer's did:key carries the public key), and the list tells which did:key
-- identifiers were Maharat's. The private key (PKCS#8) never leaves the server.

CREATE TABLE signing_key (
    id              BIGINT          NOT NULL AUTO_INCREMENT,
    did             VARCHAR(100)    NOT NULL,
    public_key      BINARY(32)      NOT NULL,
    private_key     VARBINARY(128)  NOT NULL,
    created_at      DATETIME(6)     NOT NULL,
    retired_at      DATETIME(6)     NULL,
    -- 1 for the current key, NULL for retired ones: the unique index allows one current key only, even
    -- when two servers start on an empty table at once.
    current_marker  TINYINT AS (CASE WHEN retired_at IS NULL THEN 1 END) PERSISTENT,
    PRIMARY KEY (id),
    UNIQUE KEY uk_signing_key_did (did),
    UNIQUE KEY uk_signing_key_current (current_marker)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;
