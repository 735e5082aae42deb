-- Authoring in the browser. A course is a folder of files (modules-content); a draft is a copy of
-- that folder kept in the database (path -> bytes), edited in the browser and published through the
-- same reader and importer as the files on disk.
--
-- course_source: the files the course's current version was imported from (from the disk or from a
-- published draft), so that export and the next draft start from what trainees see, and so that a
-- restart can tell whether the disk files changed since their last import (disk_hash).

CREATE TABLE course_source (
    course_id     BIGINT        NOT NULL,
    number        INT           NOT NULL,
    origin        VARCHAR(10)   NOT NULL,
    content_hash  CHAR(64)      NOT NULL,
    disk_hash     CHAR(64)      NULL,
    published_at  DATETIME(6)   NOT NULL,
    published_by  VARCHAR(100)  NULL,
    version       BIGINT        NOT NULL DEFAULT 0,
    PRIMARY KEY (course_id),
    CONSTRAINT fk_course_source_course FOREIGN KEY (course_id) REFERENCES course (id),
    CONSTRAINT ck_course_source_origin CHECK (origin IN ('DISK', 'BROWSER'))
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;

CREATE TABLE course_source_file (
    id            BIGINT        NOT NULL AUTO_INCREMENT,
    course_id     BIGINT        NOT NULL,
    path          VARCHAR(300)  NOT NULL,
    content       LONGBLOB      NOT NULL,
    content_hash  CHAR(64)      NOT NULL,
    PRIMARY KEY (id),
    UNIQUE KEY uk_course_source_file (course_id, path),
    CONSTRAINT fk_course_source_file_source FOREIGN KEY (course_id) REFERENCES course_source (course_id)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;

-- One draft per course, shared by its authors; version guards against two authors overwriting each
-- other (optimistic locking).
CREATE TABLE course_draft (
    id              BIGINT        NOT NULL AUTO_INCREMENT,
    course_id       BIGINT        NOT NULL,
    based_on        INT           NOT NULL,
    started_by      VARCHAR(100)  NOT NULL,
    started_at      DATETIME(6)   NOT NULL,
    updated_by      VARCHAR(100)  NOT NULL,
    updated_at      DATETIME(6)   NOT NULL,
    version         BIGINT        NOT NULL DEFAULT 0,
    PRIMARY KEY (id),
    UNIQUE KEY uk_course_draft_course (course_id),
    CONSTRAINT fk_course_draft_course FOREIGN KEY (course_id) REFERENCES course (id)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;

CREATE TABLE course_draft_file (
    id            BIGINT        NOT NULL AUTO_INCREMENT,
    draft_id      BIGINT        NOT NULL,
    path          VARCHAR(300)  NOT NULL,
    content       LONGBLOB      NOT NULL,
    content_hash  CHAR(64)      NOT NULL,
    PRIMARY KEY (id),
    UNIQUE KEY uk_course_draft_file (draft_id, path),
    CONSTRAINT fk_course_draft_file_draft FOREIGN KEY (draft_id) REFERENCES course_draft (id) ON DELETE CASCADE
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;
