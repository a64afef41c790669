-- The document a permit may carry (a medical certificate, an order): kept in the database, so it
-- is outside any web root and every node serves it; its type was read from its content.
CREATE TABLE att_permit_document (
    session_id    BIGINT       NOT NULL,
    student_id    BIGINT       NOT NULL,
    content_type  VARCHAR(40)  NOT NULL,
    content       MEDIUMBLOB   NOT NULL,
    PRIMARY KEY (session_id, student_id),
    CONSTRAINT fk_att_permit_document FOREIGN KEY (session_id, student_id)
        REFERENCES att_permit (session_id, student_id) ON DELETE CASCADE
) ENGINE=InnoDB;
