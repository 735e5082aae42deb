-- What the center records about a cooperative besides its names and city: where it is (province),
-- its legal form under Moroccan law, when it was founded, how many members it declares (its trainee
-- accounts are counted separately), what it makes, and whom to call. Existing rows keep working: every
-- new column may be empty except the legal form, which defaults to a cooperative (law 112-12).
-- The French name stays the cooperative's natural key for CSV re-imports; the unique key on name_fr,
-- whose utf8mb4_unicode_ci collation ignores case and accents, backs up the check made in Java.

ALTER TABLE cooperative
    ADD COLUMN province       VARCHAR(100)  NULL AFTER name_ar,
    ADD COLUMN legal_form     VARCHAR(16)   NOT NULL DEFAULT 'COOPERATIVE' AFTER city,
    ADD COLUMN year_founded   SMALLINT      NULL AFTER legal_form,
    ADD COLUMN members_count  INT           NULL AFTER year_founded,
    ADD COLUMN main_products  VARCHAR(1000) NULL AFTER women_led,
    ADD COLUMN contact_name   VARCHAR(200)  NULL AFTER main_products,
    ADD COLUMN contact_phone  VARCHAR(32)   NULL AFTER contact_name,
    ADD COLUMN contact_email  VARCHAR(254)  NULL AFTER contact_phone,
    ADD COLUMN updated_at     DATETIME(6)   NULL AFTER created_at,
    ADD COLUMN version        BIGINT        NOT NULL DEFAULT 0,
    ADD CONSTRAINT ck_cooperative_legal_form CHECK (legal_form IN ('COOPERATIVE', 'ASSOCIATION', 'GIE', 'OTHER')),
    ADD CONSTRAINT ck_cooperative_members CHECK (members_count IS NULL OR members_count >= 0);
