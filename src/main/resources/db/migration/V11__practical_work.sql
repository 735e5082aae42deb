-- Practical work: the practical tasks of a course with their rubrics (imported from course.yaml, like
-- the rest of the course: matched by code, archived rather than deleted), and the trainers' sign-offs
-- of the trainees' work, with the level given for each criterion, a comment and photos.

CREATE TABLE practical_task (
    id             BIGINT       NOT NULL AUTO_INCREMENT,
    course_id      BIGINT       NOT NULL,
    code           VARCHAR(64)  NOT NULL,
    position       INT          NOT NULL,
    title_ar       VARCHAR(300) NOT NULL,
    title_fr       VARCHAR(300) NOT NULL,
    title_en       VARCHAR(300) NULL,
    description_ar TEXT         NOT NULL,
    description_fr TEXT         NOT NULL,
    description_en TEXT         NULL,
    required       BOOLEAN      NOT NULL,
    -- Every criterion must reach a level with at least these points for the task to pass.
    pass_points    INT          NOT NULL,
    archived_at    DATETIME(6)  NULL,
    PRIMARY KEY (id),
    UNIQUE KEY uk_practical_task_code (course_id, code),
    CONSTRAINT fk_practical_task_course FOREIGN KEY (course_id) REFERENCES course (id)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;

CREATE TABLE practical_criterion (
    id          BIGINT       NOT NULL AUTO_INCREMENT,
    task_id     BIGINT       NOT NULL,
    code        VARCHAR(64)  NOT NULL,
    position    INT          NOT NULL,
    title_ar    VARCHAR(300) NOT NULL,
    title_fr    VARCHAR(300) NOT NULL,
    title_en    VARCHAR(300) NULL,
    archived_at DATETIME(6)  NULL,
    PRIMARY KEY (id),
    UNIQUE KEY uk_practical_criterion_code (task_id, code),
    CONSTRAINT fk_practical_criterion_task FOREIGN KEY (task_id) REFERENCES practical_task (id)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;

-- A level of the task's scale as one criterion describes it (the scale's title and points repeated).
CREATE TABLE practical_level (
    id             BIGINT       NOT NULL AUTO_INCREMENT,
    criterion_id   BIGINT       NOT NULL,
    code           VARCHAR(64)  NOT NULL,
    position       INT          NOT NULL,
    points         INT          NOT NULL,
    title_ar       VARCHAR(300) NOT NULL,
    title_fr       VARCHAR(300) NOT NULL,
    title_en       VARCHAR(300) NULL,
    description_ar TEXT         NOT NULL,
    description_fr TEXT         NOT NULL,
    description_en TEXT         NULL,
    archived_at    DATETIME(6)  NULL,
    PRIMARY KEY (id),
    UNIQUE KEY uk_practical_level_code (criterion_id, code),
    CONSTRAINT fk_practical_level_criterion FOREIGN KEY (criterion_id) REFERENCES practical_criterion (id)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;

-- One sign-off per trainee and task: signing again replaces its levels, comment and photos (the audit
-- log keeps what they were).
CREATE TABLE practical_signoff (
    id          BIGINT      NOT NULL AUTO_INCREMENT,
    task_id     BIGINT      NOT NULL,
    account_id  BIGINT      NOT NULL,
    trainer_id  BIGINT      NOT NULL,
    comment     TEXT        NULL,
    passed      BOOLEAN     NOT NULL,
    signed_at   DATETIME(6) NOT NULL,
    updated_at  DATETIME(6) NULL,
    version     BIGINT      NOT NULL DEFAULT 0,
    PRIMARY KEY (id),
    UNIQUE KEY uk_practical_signoff (task_id, account_id),
    KEY ix_practical_signoff_trainee (account_id),
    CONSTRAINT fk_practical_signoff_task FOREIGN KEY (task_id) REFERENCES practical_task (id),
    CONSTRAINT fk_practical_signoff_trainee FOREIGN KEY (account_id) REFERENCES account (id),
    CONSTRAINT fk_practical_signoff_trainer FOREIGN KEY (trainer_id) REFERENCES account (id)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;

CREATE TABLE practical_signoff_level (
    id           BIGINT NOT NULL AUTO_INCREMENT,
    signoff_id   BIGINT NOT NULL,
    criterion_id BIGINT NOT NULL,
    level_id     BIGINT NOT NULL,
    PRIMARY KEY (id),
    UNIQUE KEY uk_practical_signoff_level (signoff_id, criterion_id),
    CONSTRAINT fk_practical_signoff_level_signoff FOREIGN KEY (signoff_id) REFERENCES practical_signoff (id) ON DELETE CASCADE,
    CONSTRAINT fk_practical_signoff_level_criterion FOREIGN KEY (criterion_id) REFERENCES practical_criterion (id),
    CONSTRAINT fk_practical_signoff_level_level FOREIGN KEY (level_id) REFERENCES practical_level (id)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;

-- Photos of the work, re-encoded as JPEG without any metadata (at most 2000 px on the long side), with
-- a small thumbnail for lists.
CREATE TABLE practical_photo (
    id           BIGINT      NOT NULL AUTO_INCREMENT,
    signoff_id   BIGINT      NOT NULL,
    position     INT         NOT NULL,
    media_type   VARCHAR(40) NOT NULL,
    content      MEDIUMBLOB  NOT NULL,
    thumbnail    MEDIUMBLOB  NOT NULL,
    width        INT         NOT NULL,
    height       INT         NOT NULL,
    content_hash CHAR(64)    NOT NULL,
    added_at     DATETIME(6) NOT NULL,
    PRIMARY KEY (id),
    KEY ix_practical_photo_signoff (signoff_id),
    CONSTRAINT fk_practical_photo_signoff FOREIGN KEY (signoff_id) REFERENCES practical_signoff (id) ON DELETE CASCADE
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;
