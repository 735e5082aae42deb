-- Settings of the center that administrators change in the application rather than in the server's
-- configuration: first of them, the public address printed under certificates' QR codes and signed into
-- credentials (until it is set, the configuration's MAHARAT_PUBLIC_URL stands). One row a setting; who
-- changed it and when is kept here and in the audit log.

CREATE TABLE center_setting (
    name        VARCHAR(64)     NOT NULL,
    value       VARCHAR(2000)   NOT NULL,
    changed_at  DATETIME(6)     NOT NULL,
    changed_by  VARCHAR(100)    NOT NULL,
    PRIMARY KEY (name)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;

-- A database that received the demo data set before this migration is marked as the demo too: its fixed
-- demo certificate is the sign (DemoCertificates.VALID_CODE). Newer demo databases are marked as they load.
INSERT INTO center_setting (name, value, changed_at, changed_by)
SELECT 'demo-data-set', 'loaded', UTC_TIMESTAMP(6), 'migration' FROM certificate WHERE verification_code = 'DEM0-VA1D-2026-0001';
