-- A person's grammatical gender, optional: labels agree with it in Arabic and French (حاضرة / حاضر,
-- Présente / Présent), and the impact report counts trainees by it. NULL means not said: labels then use
-- the status's plain noun (Présence, حضور), see docs/architecture.md.
ALTER TABLE account ADD COLUMN grammatical_gender VARCHAR(6) NULL AFTER full_name_ar;
