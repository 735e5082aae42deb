-- Trainers assigned to a course of a cohort for a period, the sessions planned at the center, and who
-- attended them. Session dates and times are the center's wall-clock time (Africa/Casablanca): a
-- session at 09:00 stays at 09:00 whatever the server's or the browser's time zone.

CREATE TABLE room (
    id          BIGINT       NOT NULL AUTO_INCREMENT,
    name        VARCHAR(100) NOT NULL,
    created_at  DATETIME(6)  NOT NULL,
    PRIMARY KEY (id),
    UNIQUE KEY uk_room_name (name)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;

INSERT INTO room (name, created_at) VALUES
    ('Atelier de couture 1', UTC_TIMESTAMP(6)),
    ('Atelier de couture 2', UTC_TIMESTAMP(6)),
    ('Salle de modélisme', UTC_TIMESTAMP(6)),
    ('Salle polyvalente', UTC_TIMESTAMP(6)),
    ('Salle informatique', UTC_TIMESTAMP(6));

CREATE TABLE trainer_assignment (
    id          BIGINT      NOT NULL AUTO_INCREMENT,
    cohort_id   BIGINT      NOT NULL,
    course_id   BIGINT      NOT NULL,
    trainer_id  BIGINT      NOT NULL,
    from_date   DATE        NOT NULL,
    to_date     DATE        NOT NULL,
    created_at  DATETIME(6) NOT NULL,
    updated_at  DATETIME(6) NULL,
    version     BIGINT      NOT NULL DEFAULT 0,
    PRIMARY KEY (id),
    KEY ix_trainer_assignment_trainer (trainer_id, course_id),
    KEY ix_trainer_assignment_cohort (cohort_id),
    CONSTRAINT fk_trainer_assignment_cohort FOREIGN KEY (cohort_id) REFERENCES cohort (id),
    CONSTRAINT fk_trainer_assignment_course FOREIGN KEY (course_id) REFERENCES course (id),
    CONSTRAINT fk_trainer_assignment_trainer FOREIGN KEY (trainer_id) REFERENCES account (id),
    CONSTRAINT ck_trainer_assignment_dates CHECK (to_date >= from_date)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;

CREATE TABLE training_session (
    id            BIGINT      NOT NULL AUTO_INCREMENT,
    cohort_id     BIGINT      NOT NULL,
    course_id     BIGINT      NOT NULL,
    trainer_id    BIGINT      NOT NULL,
    room_id       BIGINT      NOT NULL,
    session_date  DATE        NOT NULL,
    start_time    TIME        NOT NULL,
    end_time      TIME        NOT NULL,
    created_at    DATETIME(6) NOT NULL,
    updated_at    DATETIME(6) NULL,
    version       BIGINT      NOT NULL DEFAULT 0,
    PRIMARY KEY (id),
    KEY ix_training_session_trainer_day (trainer_id, session_date),
    KEY ix_training_session_room_day (room_id, session_date),
    KEY ix_training_session_cohort_day (cohort_id, session_date),
    CONSTRAINT fk_training_session_cohort FOREIGN KEY (cohort_id) REFERENCES cohort (id),
    CONSTRAINT fk_training_session_course FOREIGN KEY (course_id) REFERENCES course (id),
    CONSTRAINT fk_training_session_trainer FOREIGN KEY (trainer_id) REFERENCES account (id),
    CONSTRAINT fk_training_session_room FOREIGN KEY (room_id) REFERENCES room (id),
    CONSTRAINT ck_training_session_times CHECK (end_time > start_time)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;

CREATE TABLE attendance (
    session_id   BIGINT      NOT NULL,
    trainee_id   BIGINT      NOT NULL,
    status       VARCHAR(16) NOT NULL,
    recorded_by  BIGINT      NOT NULL,
    recorded_at  DATETIME(6) NOT NULL,
    PRIMARY KEY (session_id, trainee_id),
    KEY ix_attendance_trainee (trainee_id),
    CONSTRAINT fk_attendance_session FOREIGN KEY (session_id) REFERENCES training_session (id),
    CONSTRAINT fk_attendance_trainee FOREIGN KEY (trainee_id) REFERENCES account (id),
    CONSTRAINT fk_attendance_recorded_by FOREIGN KEY (recorded_by) REFERENCES account (id),
    CONSTRAINT ck_attendance_status CHECK (status IN ('PRESENT', 'ABSENT', 'EXCUSED'))
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;
