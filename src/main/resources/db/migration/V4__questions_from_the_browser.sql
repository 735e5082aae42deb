-- Questions a trainer adds from the browser (pasted or uploaded GIFT) live in the course's bank next to
-- those of the files. Such a question is written in one language; the other falls back to it, as a
-- lesson does. An import archives only the questions that came from the files.
ALTER TABLE question
    ADD COLUMN source VARCHAR(10) NOT NULL DEFAULT 'FILES',
    MODIFY gift_ar MEDIUMTEXT NULL,
    MODIFY gift_fr MEDIUMTEXT NULL,
    ADD COLUMN added_by BIGINT NULL,
    ADD CONSTRAINT fk_question_added_by FOREIGN KEY (added_by) REFERENCES account (id);
