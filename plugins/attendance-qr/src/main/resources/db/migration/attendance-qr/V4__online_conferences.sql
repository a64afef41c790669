-- The conference an online class meets in: one per timetable session, on a ConferencePlatform
-- (its id) with the values staff filled in for the platform's fields, as a JSON object of texts.
CREATE TABLE att_online (
    session_id       BIGINT       PRIMARY KEY,
    platform         VARCHAR(60)  NOT NULL,
    platform_values  TEXT         NOT NULL,
    set_by           BIGINT       NOT NULL,
    set_at           DATETIME(3)  NOT NULL
) ENGINE=InnoDB;

-- A history row says where a change came from: NULL for the trainer's hand and reviews (as before),
-- ONLINE for a mark the trainer confirmed from the conference platform's activity.
ALTER TABLE att_mark_change ADD COLUMN source VARCHAR(8) NULL;
