-- The audit log read in the viewer's language: an entry now keeps what it says as a message key of the
-- application's bundles (audit.message.<action>) and its parameters (a JSON array: names, numbers, and
-- typed values such as {"day":"2026-12-04"} that are formatted for each reader), besides the one-line
-- summary. Entries written before keep no key and are shown with their stored summary, as they were.
ALTER TABLE audit_entry
    ADD COLUMN message_key    VARCHAR(120) NULL AFTER summary,
    ADD COLUMN message_params TEXT         NULL AFTER message_key;
