-- The exam page (V30–V39): a student's answer text (the autosaved draft until it is sent, then the
-- answer itself; oa_sitting.answer_sent_at locks it), the answer's files, and presence.
CREATE TABLE oa_answer (
    stream_id   BIGINT      NOT NULL,
    student_id  BIGINT      NOT NULL,
    -- Sanitised HTML.
    body        MEDIUMTEXT  NOT NULL,
    saved_at    DATETIME(3) NOT NULL,
    PRIMARY KEY (stream_id, student_id),
    CONSTRAINT fk_oa_answer_sitting FOREIGN KEY (stream_id, student_id)
        REFERENCES oa_sitting (stream_id, student_id) ON DELETE CASCADE
) ENGINE=InnoDB;

-- Files attached to an answer, kept by the module's FileStore under generated names.
CREATE TABLE oa_answer_file (
    id           BIGINT AUTO_INCREMENT PRIMARY KEY,
    stream_id    BIGINT       NOT NULL,
    student_id   BIGINT       NOT NULL,
    file_key     VARCHAR(64)  NOT NULL,
    file_name    VARCHAR(255) NOT NULL,
    file_type    VARCHAR(100) NOT NULL,
    file_size    BIGINT       NOT NULL,
    uploaded_at  DATETIME(3)  NOT NULL,
    CONSTRAINT fk_oa_answer_file_sitting FOREIGN KEY (stream_id, student_id)
        REFERENCES oa_sitting (stream_id, student_id) ON DELETE CASCADE,
    INDEX ix_oa_answer_file_sitting (stream_id, student_id)
) ENGINE=InnoDB;

-- "Online": the student's final control page is open. The page beats every few seconds; a student
-- whose last beat is older than the presence window is shown offline. Kept in the database so every
-- server node sees every student.
CREATE TABLE oa_presence (
    stream_id   BIGINT      NOT NULL,
    student_id  BIGINT      NOT NULL,
    slot_id     BIGINT      NOT NULL,
    last_seen   DATETIME(3) NULL,
    PRIMARY KEY (stream_id, student_id),
    CONSTRAINT fk_oa_presence_sitting FOREIGN KEY (stream_id, student_id)
        REFERENCES oa_sitting (stream_id, student_id) ON DELETE CASCADE,
    INDEX ix_oa_presence_slot (slot_id)
) ENGINE=InnoDB;
