-- A journal's final attestation form becomes the id of a grading scale plugin (issue 14), no longer
-- a fixed list. Stored forms map to the shipped scales: the forms graded in points (written, oral,
-- test) to the letter scale of MES order No. 152, which keeps their points and adds the letter;
-- written and oral to the composite scale; pass/fail to the pass/fail scale.
ALTER TABLE journal MODIFY final_form VARCHAR(64) NULL;

UPDATE journal SET final_form = CASE final_form
    WHEN 'WRITTEN' THEN 'letter'
    WHEN 'ORAL' THEN 'letter'
    WHEN 'TEST' THEN 'letter'
    WHEN 'WRITTEN_ORAL' THEN 'written-oral'
    WHEN 'PASS_FAIL' THEN 'pass-fail'
    ELSE final_form
END;
