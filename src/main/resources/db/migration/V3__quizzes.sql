-- Quizzes: the questions imported from each course's GIFT banks, the quizzes of a course and of its
-- lessons, and the trainees' attempts. An attempt keeps a copy of every question as it was shown, so
-- that resuming shows the same thing and grading grades what was answered, even after a re-import.

CREATE TABLE question (
    id          BIGINT        NOT NULL AUTO_INCREMENT,
    course_id   BIGINT        NOT NULL,
    name        VARCHAR(100)  NOT NULL,
    category    VARCHAR(200)  NOT NULL,
    type        VARCHAR(30)   NOT NULL,
    position    INT           NOT NULL,
    gift_ar     MEDIUMTEXT    NOT NULL,
    gift_fr     MEDIUMTEXT    NOT NULL,
    gift_en     MEDIUMTEXT    NULL,
    archived_at DATETIME(6)   NULL,
    PRIMARY KEY (id),
    UNIQUE KEY uk_question_name (course_id, name),
    CONSTRAINT fk_question_course FOREIGN KEY (course_id) REFERENCES course (id)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;

-- scope is 'course' for a course's final quiz and the lesson's id for a lesson quiz; category is the
-- bank category questions are drawn from (NULL: the whole bank).
CREATE TABLE quiz (
    id                 BIGINT        NOT NULL AUTO_INCREMENT,
    course_id          BIGINT        NOT NULL,
    lesson_id          BIGINT        NULL,
    scope              VARCHAR(80)   NOT NULL,
    category           VARCHAR(200)  NULL,
    question_count     INT           NULL,
    time_limit_minutes INT           NULL,
    max_attempts       INT           NULL,
    pass_mark          INT           NOT NULL,
    show_score         BOOLEAN       NOT NULL,
    show_answers       BOOLEAN       NOT NULL,
    show_feedback      BOOLEAN       NOT NULL,
    archived_at        DATETIME(6)   NULL,
    PRIMARY KEY (id),
    UNIQUE KEY uk_quiz_scope (course_id, scope),
    CONSTRAINT fk_quiz_course FOREIGN KEY (course_id) REFERENCES course (id),
    CONSTRAINT fk_quiz_lesson FOREIGN KEY (lesson_id) REFERENCES lesson (id)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;

CREATE TABLE quiz_attempt (
    id           BIGINT        NOT NULL AUTO_INCREMENT,
    quiz_id      BIGINT        NOT NULL,
    account_id   BIGINT        NOT NULL,
    number       INT           NOT NULL,
    language     CHAR(2)       NOT NULL,
    state        VARCHAR(20)   NOT NULL,
    started_at   DATETIME(6)   NOT NULL,
    deadline     DATETIME(6)   NULL,
    finished_at  DATETIME(6)   NULL,
    finished_by  VARCHAR(20)   NULL,
    score        DECIMAL(7, 6) NULL,
    passed       BOOLEAN       NULL,
    PRIMARY KEY (id),
    -- Two tabs starting the same attempt at once: one insert wins, the other resumes it.
    UNIQUE KEY uk_attempt_number (quiz_id, account_id, number),
    KEY ix_attempt_open_deadline (state, deadline),
    KEY ix_attempt_trainee (account_id),
    CONSTRAINT fk_attempt_quiz FOREIGN KEY (quiz_id) REFERENCES quiz (id),
    CONSTRAINT fk_attempt_account FOREIGN KEY (account_id) REFERENCES account (id)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;

-- One row per question of an attempt, in the order shown. revision counts the saves of this answer:
-- a save names the revision it replaces, so a stale tab cannot silently overwrite a newer answer.
CREATE TABLE attempt_answer (
    attempt_id    BIGINT        NOT NULL,
    slot          INT           NOT NULL,
    question_id   BIGINT        NOT NULL,
    question_name VARCHAR(100)  NOT NULL,
    question_gift MEDIUMTEXT    NOT NULL,
    choice_order  VARCHAR(200)  NOT NULL,
    response      TEXT          NULL,
    revision      INT           NOT NULL DEFAULT 0,
    saved_at      DATETIME(6)   NULL,
    fraction      DECIMAL(7, 6) NULL,
    PRIMARY KEY (attempt_id, slot),
    KEY ix_answer_question (question_id),
    CONSTRAINT fk_answer_attempt FOREIGN KEY (attempt_id) REFERENCES quiz_attempt (id),
    CONSTRAINT fk_answer_question FOREIGN KEY (question_id) REFERENCES question (id)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;
