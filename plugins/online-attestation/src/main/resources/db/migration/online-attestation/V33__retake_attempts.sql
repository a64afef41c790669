-- FX retake (seed 003 §5.3.18): a student graded FX may sit the final control once more without
-- repeating the course, as many times as the setting fxRetakes allows. oa_sitting stays the
-- student's current sitting; its attempt counts from 1. When a retake is distributed, the earlier
-- sitting is kept here as it was (with its answer, its files and the grade it ended with) before
-- the new one takes its place; both steps are audited.
ALTER TABLE oa_sitting ADD COLUMN attempt INT NOT NULL DEFAULT 1;

CREATE TABLE oa_sitting_attempt (
    stream_id            BIGINT      NOT NULL,
    student_id           BIGINT      NOT NULL,
    attempt              INT         NOT NULL,
    slot_id              BIGINT      NOT NULL,
    ticket_number        INT         NULL,
    ticket_source        ENUM('CHOSEN', 'GENERATED') NULL,
    ticket_at            DATETIME(3) NULL,
    questions_sent_at    DATETIME(3) NULL,
    questions_viewed_at  DATETIME(3) NULL,
    task                 MEDIUMTEXT  NULL,
    answer_sent_at       DATETIME(3) NULL,
    absence              ENUM('EXCUSED', 'UNEXCUSED') NULL,
    -- The answer's sanitised HTML as it was (the draft when it was never sent).
    answer               MEDIUMTEXT  NULL,
    -- The journal's final control cell the sitting ended with (FX).
    grade                VARCHAR(40) NULL,
    archived_at          DATETIME(3) NOT NULL,
    archived_by          BIGINT      NOT NULL,
    PRIMARY KEY (stream_id, student_id, attempt),
    CONSTRAINT fk_oa_attempt_stream FOREIGN KEY (stream_id) REFERENCES oa_stream (stream_id),
    CONSTRAINT fk_oa_attempt_slot FOREIGN KEY (slot_id) REFERENCES oa_slot (id),
    CONSTRAINT fk_oa_attempt_student FOREIGN KEY (student_id) REFERENCES student (user_id)
) ENGINE=InnoDB;

-- The earlier sitting's answer files: the stored files stay under their keys.
CREATE TABLE oa_sitting_attempt_file (
    id           BIGINT       PRIMARY KEY,
    stream_id    BIGINT       NOT NULL,
    student_id   BIGINT       NOT NULL,
    attempt      INT          NOT NULL,
    file_key     VARCHAR(64)  NOT NULL,
    file_name    VARCHAR(255) NOT NULL,
    file_type    VARCHAR(100) NOT NULL,
    file_size    BIGINT       NOT NULL,
    uploaded_at  DATETIME(3)  NOT NULL,
    CONSTRAINT fk_oa_attempt_file_attempt FOREIGN KEY (stream_id, student_id, attempt)
        REFERENCES oa_sitting_attempt (stream_id, student_id, attempt) ON DELETE CASCADE
) ENGINE=InnoDB;
