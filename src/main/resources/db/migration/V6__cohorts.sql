-- Cohorts: a training cycle (for instance 60 days) that brings several cooperatives through an
-- ordered programme of courses. Enrolling a cohort creates ordinary enrolments, so nothing here is
-- needed to follow a trainee's learning.

CREATE TABLE cohort (
    id          BIGINT       NOT NULL AUTO_INCREMENT,
    name        VARCHAR(200) NOT NULL,
    start_date  DATE         NOT NULL,
    end_date    DATE         NOT NULL,
    created_at  DATETIME(6)  NOT NULL,
    updated_at  DATETIME(6)  NULL,
    version     BIGINT       NOT NULL DEFAULT 0,
    PRIMARY KEY (id),
    UNIQUE KEY uk_cohort_name (name),
    CONSTRAINT ck_cohort_dates CHECK (end_date > start_date)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;

CREATE TABLE cohort_cooperative (
    cohort_id       BIGINT NOT NULL,
    cooperative_id  BIGINT NOT NULL,
    PRIMARY KEY (cohort_id, cooperative_id),
    KEY ix_cohort_cooperative_cooperative (cooperative_id),
    CONSTRAINT fk_cohort_cooperative_cohort FOREIGN KEY (cohort_id) REFERENCES cohort (id),
    CONSTRAINT fk_cohort_cooperative_cooperative FOREIGN KEY (cooperative_id) REFERENCES cooperative (id)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;

-- The programme: courses in the order the cohort takes them (position 0 first).
CREATE TABLE cohort_course (
    cohort_id  BIGINT NOT NULL,
    course_id  BIGINT NOT NULL,
    position   INT    NOT NULL,
    PRIMARY KEY (cohort_id, course_id),
    KEY ix_cohort_course_course (course_id),
    CONSTRAINT fk_cohort_course_cohort FOREIGN KEY (cohort_id) REFERENCES cohort (id),
    CONSTRAINT fk_cohort_course_course FOREIGN KEY (course_id) REFERENCES course (id)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;
