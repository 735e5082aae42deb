-- The curriculum imported from modules-content (courses, modules, versioned lessons, media) and the
-- trainees' learning (enrolments, lessons done). Nothing here is ever deleted by an import: a lesson
-- removed from the files is archived, an edited one gets a new version.

CREATE TABLE course (
    id                BIGINT       NOT NULL AUTO_INCREMENT,
    code              VARCHAR(64)  NOT NULL,
    title_ar          VARCHAR(300) NOT NULL,
    title_fr          VARCHAR(300) NOT NULL,
    title_en          VARCHAR(300) NULL,
    description_ar    TEXT         NOT NULL,
    description_fr    TEXT         NOT NULL,
    description_en    TEXT         NULL,
    estimated_hours   INT          NOT NULL,
    position          INT          NOT NULL,
    content_hash      CHAR(64)     NOT NULL,
    imported_at       DATETIME(6)  NOT NULL,
    version           BIGINT       NOT NULL DEFAULT 0,
    PRIMARY KEY (id),
    UNIQUE KEY uk_course_code (code)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;

CREATE TABLE course_prerequisite (
    course_id           BIGINT NOT NULL,
    required_course_id  BIGINT NOT NULL,
    PRIMARY KEY (course_id, required_course_id),
    CONSTRAINT fk_prerequisite_course FOREIGN KEY (course_id) REFERENCES course (id),
    CONSTRAINT fk_prerequisite_required FOREIGN KEY (required_course_id) REFERENCES course (id)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;

CREATE TABLE course_module (
    id          BIGINT       NOT NULL AUTO_INCREMENT,
    course_id   BIGINT       NOT NULL,
    code        VARCHAR(64)  NOT NULL,
    title_ar    VARCHAR(300) NOT NULL,
    title_fr    VARCHAR(300) NOT NULL,
    title_en    VARCHAR(300) NULL,
    position    INT          NOT NULL,
    archived_at DATETIME(6)  NULL,
    PRIMARY KEY (id),
    UNIQUE KEY uk_module_code (course_id, code),
    CONSTRAINT fk_module_course FOREIGN KEY (course_id) REFERENCES course (id)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;

CREATE TABLE lesson (
    id                  BIGINT       NOT NULL AUTO_INCREMENT,
    course_id           BIGINT       NOT NULL,
    module_id           BIGINT       NOT NULL,
    code                VARCHAR(64)  NOT NULL,
    title_ar            VARCHAR(300) NOT NULL,
    title_fr            VARCHAR(300) NOT NULL,
    title_en            VARCHAR(300) NULL,
    minutes             INT          NOT NULL,
    position            INT          NOT NULL,
    current_version_id  BIGINT       NULL,
    archived_at         DATETIME(6)  NULL,
    PRIMARY KEY (id),
    UNIQUE KEY uk_lesson_code (course_id, code),
    CONSTRAINT fk_lesson_course FOREIGN KEY (course_id) REFERENCES course (id),
    CONSTRAINT fk_lesson_module FOREIGN KEY (module_id) REFERENCES course_module (id)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;

-- HTML is rendered from Markdown and sanitized once, at import; pages serve it as stored.
CREATE TABLE lesson_version (
    id            BIGINT       NOT NULL AUTO_INCREMENT,
    lesson_id     BIGINT       NOT NULL,
    number        INT          NOT NULL,
    content_hash  CHAR(64)     NOT NULL,
    html_ar       MEDIUMTEXT   NOT NULL,
    html_fr       MEDIUMTEXT   NOT NULL,
    html_en       MEDIUMTEXT   NULL,
    created_at    DATETIME(6)  NOT NULL,
    PRIMARY KEY (id),
    UNIQUE KEY uk_lesson_version (lesson_id, number),
    CONSTRAINT fk_version_lesson FOREIGN KEY (lesson_id) REFERENCES lesson (id)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;

ALTER TABLE lesson ADD CONSTRAINT fk_lesson_current_version FOREIGN KEY (current_version_id) REFERENCES lesson_version (id);

CREATE TABLE course_media (
    id            BIGINT        NOT NULL AUTO_INCREMENT,
    course_id     BIGINT        NOT NULL,
    path          VARCHAR(200)  NOT NULL,
    media_type    VARCHAR(100)  NOT NULL,
    content       MEDIUMBLOB    NOT NULL,
    content_hash  CHAR(64)      NOT NULL,
    PRIMARY KEY (id),
    UNIQUE KEY uk_media_path (course_id, path),
    CONSTRAINT fk_media_course FOREIGN KEY (course_id) REFERENCES course (id)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;

CREATE TABLE enrollment (
    id              BIGINT       NOT NULL AUTO_INCREMENT,
    account_id      BIGINT       NOT NULL,
    course_id       BIGINT       NOT NULL,
    enrolled_at     DATETIME(6)  NOT NULL,
    last_lesson_id  BIGINT       NULL,
    completed_at    DATETIME(6)  NULL,
    version         BIGINT       NOT NULL DEFAULT 0,
    PRIMARY KEY (id),
    UNIQUE KEY uk_enrollment (account_id, course_id),
    KEY ix_enrollment_course (course_id),
    CONSTRAINT fk_enrollment_account FOREIGN KEY (account_id) REFERENCES account (id),
    CONSTRAINT fk_enrollment_course FOREIGN KEY (course_id) REFERENCES course (id),
    CONSTRAINT fk_enrollment_last_lesson FOREIGN KEY (last_lesson_id) REFERENCES lesson (id)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;

-- A lesson done stays done when the lesson gets a new version; the version read is kept so the
-- page can say that the lesson changed since.
CREATE TABLE lesson_completion (
    id                  BIGINT       NOT NULL AUTO_INCREMENT,
    account_id          BIGINT       NOT NULL,
    lesson_id           BIGINT       NOT NULL,
    lesson_version_id   BIGINT       NOT NULL,
    completed_at        DATETIME(6)  NOT NULL,
    PRIMARY KEY (id),
    UNIQUE KEY uk_completion (account_id, lesson_id),
    CONSTRAINT fk_completion_account FOREIGN KEY (account_id) REFERENCES account (id),
    CONSTRAINT fk_completion_lesson FOREIGN KEY (lesson_id) REFERENCES lesson (id),
    CONSTRAINT fk_completion_version FOREIGN KEY (lesson_version_id) REFERENCES lesson_version (id)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;
