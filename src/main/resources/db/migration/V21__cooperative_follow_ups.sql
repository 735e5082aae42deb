-- Follow-ups of the cooperatives after training (issue 16, item 3): for one cooperative after one cohort,
-- one row per round (a baseline before training, then 3, 6 and 12 months after the cohort's last day),
-- recorded by an administrator or by the cooperative's president through a link. Numbers are bounded here
-- as in impact.control.FollowUpRules, so that no path can store a negative count.

CREATE TABLE follow_up (
    id                    BIGINT        NOT NULL AUTO_INCREMENT,
    cohort_id             BIGINT        NOT NULL,
    cooperative_id        BIGINT        NOT NULL,
    round                 VARCHAR(16)   NOT NULL,
    recorded_at           DATETIME(6)   NOT NULL,
    -- The administrator who recorded it last; NULL when the president did, through her link.
    recorded_by           BIGINT        NULL,
    by_president_link     BOOLEAN       NOT NULL DEFAULT FALSE,
    turnover_band         VARCHAR(24)   NULL,
    members_women         INT           NOT NULL DEFAULT 0,
    members_men           INT           NOT NULL DEFAULT 0,
    paid_jobs_women       INT           NOT NULL DEFAULT 0,
    paid_jobs_men         INT           NOT NULL DEFAULT 0,
    new_products          VARCHAR(1000) NULL,
    equipment_acquired    VARCHAR(1000) NULL,
    quality_incidents     INT           NOT NULL DEFAULT 0,
    story                 VARCHAR(2000) NULL,
    story_chosen          BOOLEAN       NOT NULL DEFAULT FALSE,
    version               BIGINT        NOT NULL DEFAULT 0,
    PRIMARY KEY (id),
    UNIQUE KEY uk_follow_up_round (cohort_id, cooperative_id, round),
    CONSTRAINT fk_follow_up_cohort FOREIGN KEY (cohort_id) REFERENCES cohort (id),
    CONSTRAINT fk_follow_up_cooperative FOREIGN KEY (cooperative_id) REFERENCES cooperative (id),
    CONSTRAINT fk_follow_up_recorded_by FOREIGN KEY (recorded_by) REFERENCES account (id),
    CONSTRAINT ck_follow_up_counts CHECK (members_women BETWEEN 0 AND 100000 AND members_men BETWEEN 0 AND 100000
        AND paid_jobs_women BETWEEN 0 AND 100000 AND paid_jobs_men BETWEEN 0 AND 100000
        AND quality_incidents BETWEEN 0 AND 100000)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;

-- The orders a cooperative won since the previous round (for the baseline: in the year before training).
CREATE TABLE follow_up_order (
    id           BIGINT       NOT NULL AUTO_INCREMENT,
    follow_up_id BIGINT       NOT NULL,
    position     INT          NOT NULL,
    client       VARCHAR(200) NOT NULL,
    items        INT          NOT NULL,
    value_mad    BIGINT       NOT NULL,
    PRIMARY KEY (id),
    CONSTRAINT fk_follow_up_order FOREIGN KEY (follow_up_id) REFERENCES follow_up (id) ON DELETE CASCADE,
    CONSTRAINT ck_follow_up_order CHECK (items BETWEEN 0 AND 10000000 AND value_mad BETWEEN 0 AND 1000000000)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;

-- A link the administrator sends to a cooperative's president for one round: only the SHA-256 of its
-- random token is kept, so a copy of the database opens no form. Used once, then spent.
CREATE TABLE follow_up_link (
    id             BIGINT      NOT NULL AUTO_INCREMENT,
    token_hash     CHAR(64)    NOT NULL,
    cohort_id      BIGINT      NOT NULL,
    cooperative_id BIGINT      NOT NULL,
    round          VARCHAR(16) NOT NULL,
    created_at     DATETIME(6) NOT NULL,
    created_by     BIGINT      NOT NULL,
    expires_at     DATETIME(6) NOT NULL,
    revoked_at     DATETIME(6) NULL,
    used_at        DATETIME(6) NULL,
    PRIMARY KEY (id),
    UNIQUE KEY uk_follow_up_link_token (token_hash),
    CONSTRAINT fk_follow_up_link_cohort FOREIGN KEY (cohort_id) REFERENCES cohort (id),
    CONSTRAINT fk_follow_up_link_cooperative FOREIGN KEY (cooperative_id) REFERENCES cooperative (id),
    CONSTRAINT fk_follow_up_link_created_by FOREIGN KEY (created_by) REFERENCES account (id)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;
