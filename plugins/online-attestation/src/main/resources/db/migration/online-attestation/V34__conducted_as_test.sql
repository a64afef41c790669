-- "Final control is conducted": by ticket, without ticket (an individual task), or as a
-- computer-based test that the exam-test plugin runs inside the slots of this module.
-- A stream is never both by ticket and as a test.
ALTER TABLE oa_stream ADD COLUMN by_test BOOLEAN NOT NULL DEFAULT FALSE;
ALTER TABLE oa_stream ADD CONSTRAINT oa_stream_one_form CHECK (NOT (by_ticket AND by_test));
