-- "Admitted by decision": an authorised person admits a student whom the admission rules (attendance,
-- admission rating) do not admit, with a reason. One row per student and stream; every change is
-- also in the audit log.
CREATE TABLE oa_admission_decision (
    stream_id   BIGINT        NOT NULL,
    student_id  BIGINT        NOT NULL,
    reason      VARCHAR(1000) NOT NULL,
    decided_at  DATETIME(3)   NOT NULL,
    decided_by  BIGINT        NOT NULL,
    PRIMARY KEY (stream_id, student_id),
    CONSTRAINT fk_oa_admission_stream FOREIGN KEY (stream_id) REFERENCES stream (id) ON DELETE CASCADE,
    CONSTRAINT fk_oa_admission_student FOREIGN KEY (student_id) REFERENCES student (user_id)
) ENGINE=InnoDB;
