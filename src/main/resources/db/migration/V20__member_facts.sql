-- A person's facts for fair counting (issue 16, item 1), both optional (NULL: not said): her age band and
-- her role in her cooperative. Bands, not birth dates: the partners' reports need no more.
ALTER TABLE account
    ADD COLUMN age_band VARCHAR(16) NULL AFTER grammatical_gender,
    ADD COLUMN cooperative_role VARCHAR(16) NULL AFTER age_band;
