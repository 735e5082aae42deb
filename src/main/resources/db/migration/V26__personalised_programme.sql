-- A cooperative's personalised programme within a cohort (issue 17, item 5): for a course of the cohort's
-- programme, how the cooperative's trainees take it. No row means FULL (the course, its final quiz and its
-- practical work), so cohorts without a personalised programme behave as before. The audit log keeps
-- every change; the row holds the latest one.
CREATE TABLE personalised_course (
    id              BIGINT       NOT NULL AUTO_INCREMENT,
    cohort_id       BIGINT       NOT NULL,
    cooperative_id  BIGINT       NOT NULL,
    course_id       BIGINT       NOT NULL,
    -- FULL, SHORTENED (practical work waived) or OPTIONAL (offered, not required for the programme).
    treatment       VARCHAR(16)  NOT NULL,
    -- PROPOSED (from the needs assessment) or ADJUSTED (by a trainer or an administrator).
    origin          VARCHAR(16)  NOT NULL,
    -- Needs score 0-4 the proposal came from; NULL when the topic was not assessed.
    need_score      TINYINT      NULL,
    changed_by      BIGINT       NULL,
    changed_at      DATETIME(6)  NOT NULL,
    version         BIGINT       NOT NULL DEFAULT 0,
    PRIMARY KEY (id),
    UNIQUE KEY uk_personalised_course (cohort_id, cooperative_id, course_id),
    KEY ix_personalised_course_cooperative_course (cooperative_id, course_id),
    CONSTRAINT fk_personalised_course_cohort FOREIGN KEY (cohort_id) REFERENCES cohort (id),
    CONSTRAINT fk_personalised_course_cooperative FOREIGN KEY (cooperative_id) REFERENCES cooperative (id),
    CONSTRAINT fk_personalised_course_course FOREIGN KEY (course_id) REFERENCES course (id),
    CONSTRAINT fk_personalised_course_changed_by FOREIGN KEY (changed_by) REFERENCES account (id),
    CONSTRAINT ck_personalised_course_treatment CHECK (treatment IN ('FULL', 'SHORTENED', 'OPTIONAL')),
    CONSTRAINT ck_personalised_course_origin CHECK (origin IN ('PROPOSED', 'ADJUSTED')),
    CONSTRAINT ck_personalised_course_score CHECK (need_score IS NULL OR need_score BETWEEN 0 AND 4)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;
