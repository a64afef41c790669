-- Online final control of a stream: the journal flag and the stream page's own fields.
-- Versions: V1–V9 shared; staff pages V10–V14, ticket bank and slot actions V15–V19,
-- distribution V20–V29, the exam page V30–V39.
CREATE TABLE oa_stream (
    stream_id              BIGINT PRIMARY KEY,
    -- "Conduct final control online" in the journal settings.
    online                 BOOLEAN     NOT NULL DEFAULT FALSE,
    -- "Final control is conducted": by ticket (default) or without ticket.
    by_ticket              BOOLEAN     NOT NULL DEFAULT TRUE,
    ticket_count           INT         NOT NULL DEFAULT 0,
    ticket_count_saved_at  DATETIME(3) NULL,
    updated_at             DATETIME(3) NOT NULL,
    updated_by             BIGINT      NULL,
    CONSTRAINT fk_oa_stream_stream FOREIGN KEY (stream_id) REFERENCES stream (id) ON DELETE CASCADE
) ENGINE=InnoDB;

-- A ticket of the stream's final control: questions as sanitised HTML and/or one file.
CREATE TABLE oa_ticket (
    stream_id  BIGINT       NOT NULL,
    number     INT          NOT NULL,
    body       MEDIUMTEXT   NULL,
    file_name  VARCHAR(255) NULL,
    -- Generated name of the stored file (outside the web root), its detected type and size.
    file_key   VARCHAR(64)  NULL,
    file_type  VARCHAR(100) NULL,
    file_size  BIGINT       NULL,
    saved_at   DATETIME(3)  NOT NULL,
    saved_by   BIGINT       NOT NULL,
    PRIMARY KEY (stream_id, number),
    CONSTRAINT fk_oa_ticket_stream FOREIGN KEY (stream_id) REFERENCES oa_stream (stream_id) ON DELETE CASCADE
) ENGINE=InnoDB;

-- A dated slot (tab) of the stream's students; times are UTC instants.
CREATE TABLE oa_slot (
    id               BIGINT AUTO_INCREMENT PRIMARY KEY,
    stream_id        BIGINT       NOT NULL,
    starts_at        DATETIME(3)  NOT NULL,
    ends_at          DATETIME(3)  NOT NULL,
    -- "Send notification" done; cleared when the start changes, so the button shows again.
    notified_at      DATETIME(3)  NULL,
    -- The conduct platform: a ConferencePlatform id and its fields as JSON.
    platform         VARCHAR(60)  NULL,
    platform_values  TEXT         NULL,
    has_recording    BOOLEAN      NOT NULL DEFAULT FALSE,
    show_recording   BOOLEAN      NOT NULL DEFAULT FALSE,
    created_at       DATETIME(3)  NOT NULL,
    created_by       BIGINT       NOT NULL,
    CONSTRAINT fk_oa_slot_stream FOREIGN KEY (stream_id) REFERENCES oa_stream (stream_id) ON DELETE CASCADE,
    INDEX ix_oa_slot_stream (stream_id, starts_at)
) ENGINE=InnoDB;

-- One student's final control in a stream: the slot, the ticket and the timeline. A student of the
-- stream without a row is "Unassigned".
CREATE TABLE oa_sitting (
    stream_id            BIGINT      NOT NULL,
    student_id           BIGINT      NOT NULL,
    slot_id              BIGINT      NOT NULL,
    -- Tickets placed for this student to choose ("Choose a ticket" shows).
    placed_at            DATETIME(3) NULL,
    ticket_number        INT         NULL,
    -- 0 when tickets are distributed across the whole stream, else the slot id: with the number
    -- unique per stream, no ticket is ever given twice in its pool, whatever runs concurrently.
    ticket_pool          BIGINT      NULL,
    ticket_source        ENUM('CHOSEN', 'GENERATED') NULL,
    ticket_at            DATETIME(3) NULL,
    questions_sent_at    DATETIME(3) NULL,
    questions_viewed_at  DATETIME(3) NULL,
    -- Individual task when the final control runs without tickets (sanitised HTML).
    task                 MEDIUMTEXT  NULL,
    task_saved_at        DATETIME(3) NULL,
    task_saved_by        BIGINT      NULL,
    answer_sent_at       DATETIME(3) NULL,
    absence              ENUM('EXCUSED', 'UNEXCUSED') NULL,
    PRIMARY KEY (stream_id, student_id),
    CONSTRAINT uq_oa_sitting_ticket UNIQUE (stream_id, ticket_pool, ticket_number),
    CONSTRAINT fk_oa_sitting_stream FOREIGN KEY (stream_id) REFERENCES oa_stream (stream_id),
    CONSTRAINT fk_oa_sitting_slot FOREIGN KEY (slot_id) REFERENCES oa_slot (id),
    CONSTRAINT fk_oa_sitting_student FOREIGN KEY (student_id) REFERENCES student (user_id),
    INDEX ix_oa_sitting_slot (slot_id),
    INDEX ix_oa_sitting_student (student_id)
) ENGINE=InnoDB;

-- Links to video recordings of a slot's conference.
CREATE TABLE oa_recording (
    id        BIGINT AUTO_INCREMENT PRIMARY KEY,
    slot_id   BIGINT        NOT NULL,
    url       VARCHAR(2000) NOT NULL,
    added_at  DATETIME(3)   NOT NULL,
    added_by  BIGINT        NOT NULL,
    CONSTRAINT fk_oa_recording_slot FOREIGN KEY (slot_id) REFERENCES oa_slot (id) ON DELETE CASCADE
) ENGINE=InnoDB;
