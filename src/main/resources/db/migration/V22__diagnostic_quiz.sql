-- A course's diagnostic quiz (scope 'diagnostic', issue 16) is taken twice, before and after the course.
-- TRUE: the second attempt draws other questions of the same category (a parallel form); FALSE: the same
-- questions as the first, so the two scores compare item for item.
ALTER TABLE quiz ADD COLUMN parallel_form BOOLEAN NOT NULL DEFAULT FALSE AFTER show_feedback;
