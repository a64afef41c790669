-- QR attendance. Times are UTC server times. Session and user ids refer to core's timetable and
-- users; there are no foreign keys into core's schema, which the plugin does not own.

-- The random secret of a timetable session: its rotating codes and receipts are HMACs with it.
CREATE TABLE att_session_secret (
    session_id  BIGINT      PRIMARY KEY,
    secret      BINARY(32)  NOT NULL,
    created_at  DATETIME(3) NOT NULL
) ENGINE=InnoDB;

-- One listener's arrival (IN) or departure (OUT) in one session: at most one (the claim-once key).
-- status: ON_TIME, LATE, VERY_LATE, MANUAL, ABSENT, LEFT_ON_TIME, LEFT_EARLY, NO_EXIT
-- source: SCAN, TYPED, MANUAL, AUTO; review: NULL, or PENDING / CONFIRMED / REJECTED when suspicious.
CREATE TABLE att_mark (
    id               BIGINT AUTO_INCREMENT PRIMARY KEY,
    session_id       BIGINT       NOT NULL,
    student_id       BIGINT       NOT NULL,
    phase            VARCHAR(3)   NOT NULL,
    status           VARCHAR(16)  NOT NULL,
    source           VARCHAR(8)   NOT NULL,
    marked_at        DATETIME(3)  NOT NULL,
    session_ends_at  DATETIME(3)  NOT NULL,   -- the automatic exit is due from it
    review           VARCHAR(10)  NULL,
    device_hash      BINARY(16)   NULL,       -- SHA-256 prefix of the browser's device cookie
    address          VARCHAR(45)  NULL,
    latitude         DOUBLE       NULL,
    longitude        DOUBLE       NULL,
    CONSTRAINT uq_att_mark UNIQUE (session_id, student_id, phase),
    INDEX ix_att_mark_device (session_id, phase, device_hash),
    INDEX ix_att_mark_exit (phase, session_ends_at)
) ENGINE=InnoDB;

-- Why a mark is suspicious: SHARED_DEVICE, OUTSIDE_NETWORK, EXPIRED_CODE, OUTSIDE_RADIUS.
CREATE TABLE att_signal (
    mark_id  BIGINT       NOT NULL,
    reason   VARCHAR(20)  NOT NULL,
    detail   VARCHAR(100) NULL,
    PRIMARY KEY (mark_id, reason),
    CONSTRAINT fk_att_signal_mark FOREIGN KEY (mark_id) REFERENCES att_mark (id) ON DELETE CASCADE
) ENGINE=InnoDB;

-- Every change a trainer makes to a mark by hand, and every review of a suspicious one: who, when,
-- before and after. Append-only.
CREATE TABLE att_mark_change (
    id             BIGINT AUTO_INCREMENT PRIMARY KEY,
    session_id     BIGINT       NOT NULL,
    student_id     BIGINT       NOT NULL,
    phase          VARCHAR(3)   NOT NULL,
    changed_by     BIGINT       NOT NULL,
    changed_at     DATETIME(3)  NOT NULL,
    status_before  VARCHAR(16)  NULL,
    status_after   VARCHAR(16)  NULL,
    review_before  VARCHAR(10)  NULL,
    review_after   VARCHAR(10)  NULL,
    reason         VARCHAR(20)  NULL,         -- NO_PHONE, CAMERA_OR_INTERNET, TECHNICAL_FAULT, OTHER
    note           VARCHAR(500) NULL,
    INDEX ix_att_change_mark (session_id, student_id, phase)
) ENGINE=InnoDB;

-- Wrong typed codes per listener and session, so six digits cannot be guessed by trying them all.
CREATE TABLE att_typed_failure (
    session_id  BIGINT NOT NULL,
    student_id  BIGINT NOT NULL,
    failures    INT    NOT NULL,
    PRIMARY KEY (session_id, student_id)
) ENGINE=InnoDB;

-- How far the automatic exit has looked: sessions that ended up to this time are swept.
CREATE TABLE att_exit_sweep (
    id            TINYINT     PRIMARY KEY,
    swept_until   DATETIME(3) NOT NULL
) ENGINE=InnoDB;
