-- A permit: an excused absence of a listener from one session, with its reason, and who granted it.
CREATE TABLE att_permit (
    session_id  BIGINT       NOT NULL,
    student_id  BIGINT       NOT NULL,
    reason      VARCHAR(500) NOT NULL,
    granted_by  BIGINT       NOT NULL,
    granted_at  DATETIME(3)  NOT NULL,
    PRIMARY KEY (session_id, student_id),
    INDEX ix_att_permit_student (student_id)
) ENGINE=InnoDB;
