-- Calculated questions (issue 18, ADR 0024). A bank question may carry a calculation template (the
-- authoring format, ranges written out as value lists); its GIFT columns then hold the question asked
-- with the first value of each variable, so every reader of GIFT (exports, the trainers' list) still works.
ALTER TABLE question ADD COLUMN calculation MEDIUMTEXT NULL;

-- Each attempt keeps the template as it was and the values it drew ("lot=1400;aql=2.5"): her numbers survive
-- a restart and a later edit of the bank, and the worked solution is computed from them.
ALTER TABLE attempt_answer ADD COLUMN calculation MEDIUMTEXT NULL;
ALTER TABLE attempt_answer ADD COLUMN drawn_values VARCHAR(2000) NULL;
