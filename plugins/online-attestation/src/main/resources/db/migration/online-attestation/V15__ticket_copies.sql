-- "Copy tickets" dialogs already carried out: each dialog carries a random token, claimed once, so
-- a double submit (or a resent form) never copies the tickets twice.
CREATE TABLE oa_ticket_copy (
    token      CHAR(32)    PRIMARY KEY,
    stream_id  BIGINT      NOT NULL,
    copied_by  BIGINT      NOT NULL,
    copied_at  DATETIME(3) NOT NULL,
    CONSTRAINT fk_oa_ticket_copy_stream FOREIGN KEY (stream_id) REFERENCES oa_stream (stream_id) ON DELETE CASCADE
) ENGINE=InnoDB;
