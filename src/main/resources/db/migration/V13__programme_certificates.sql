-- A certificate is for one course, or for the whole programme of a cohort (every course of it
-- completed): exactly one of course_id and cohort_id is set. valid_for keeps one valid programme
-- certificate per holder and cohort ("holder:p<cohort>") beside the course ones ("holder:course").

ALTER TABLE certificate
    MODIFY course_id BIGINT NULL,
    ADD COLUMN cohort_id BIGINT NULL AFTER course_id,
    ADD KEY ix_certificate_cohort (cohort_id),
    ADD CONSTRAINT fk_certificate_cohort FOREIGN KEY (cohort_id) REFERENCES cohort (id),
    ADD CONSTRAINT ck_certificate_award CHECK ((course_id IS NULL) <> (cohort_id IS NULL));

-- The programme a certificate is for is one of the facts that never change.
DROP TRIGGER tr_certificate_facts_immutable;

DELIMITER $$
CREATE TRIGGER tr_certificate_facts_immutable BEFORE UPDATE ON certificate FOR EACH ROW
BEGIN
    IF NOT (NEW.number <=> OLD.number AND NEW.verification_code <=> OLD.verification_code
            AND NEW.holder_id <=> OLD.holder_id AND NEW.course_id <=> OLD.course_id AND NEW.cohort_id <=> OLD.cohort_id
            AND NEW.holder_name <=> OLD.holder_name AND NEW.holder_name_ar <=> OLD.holder_name_ar
            AND NEW.title_fr <=> OLD.title_fr AND NEW.title_ar <=> OLD.title_ar AND NEW.title_en <=> OLD.title_en
            AND NEW.hours <=> OLD.hours AND NEW.started_on <=> OLD.started_on AND NEW.completed_on <=> OLD.completed_on
            AND NEW.issued_at <=> OLD.issued_at AND NEW.issued_by <=> OLD.issued_by
            AND NEW.status_index <=> OLD.status_index AND NEW.credential_json <=> OLD.credential_json
            AND NEW.supersedes_id <=> OLD.supersedes_id) THEN
        SIGNAL SQLSTATE '45000' SET MESSAGE_TEXT = 'An issued certificate never changes: issue a new one that supersedes it';
    END IF;
END$$
DELIMITER ;
