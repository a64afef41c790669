-- "I" (incomplete): the final control grade a student gets until they clear the debt by a deadline.
-- When the deadline passes and the journal still says "I", a scheduled job writes "F" once:
-- expired_at set by a conditional update is what makes it once, across nodes and restarts.
CREATE TABLE oa_incomplete (
    stream_id   BIGINT      NOT NULL,
    student_id  BIGINT      NOT NULL,
    deadline    DATETIME(3) NOT NULL,
    set_at      DATETIME(3) NOT NULL,
    set_by      BIGINT      NOT NULL,
    expired_at  DATETIME(3) NULL,
    PRIMARY KEY (stream_id, student_id),
    CONSTRAINT fk_oa_incomplete_sitting FOREIGN KEY (stream_id, student_id)
        REFERENCES oa_sitting (stream_id, student_id) ON DELETE CASCADE,
    INDEX ix_oa_incomplete_due (expired_at, deadline)
) ENGINE=InnoDB;
