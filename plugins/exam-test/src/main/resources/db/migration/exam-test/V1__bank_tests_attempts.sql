-- The question bank belongs to a discipline (core's discipline table), shared by its streams.
CREATE TABLE et_item (
    id BIGINT AUTO_INCREMENT PRIMARY KEY,
    discipline_id BIGINT NOT NULL,
    kind VARCHAR(8) NOT NULL,            -- single | multiple
    difficulty VARCHAR(6) NOT NULL,      -- easy | medium | hard
    topic VARCHAR(200) NOT NULL,
    name VARCHAR(255) NOT NULL,
    text MEDIUMTEXT NOT NULL,            -- sanitized HTML
    image_key VARCHAR(100) NULL,         -- core's FileStore key
    image_name VARCHAR(255) NULL,
    updated_by BIGINT NOT NULL,
    updated_at DATETIME(3) NOT NULL,
    KEY et_item_discipline (discipline_id, topic)
) ENGINE=InnoDB;

-- fraction: the share of the item's marks the option earns, in percent (Moodle's fraction × 100).
CREATE TABLE et_option (
    id BIGINT AUTO_INCREMENT PRIMARY KEY,
    item_id BIGINT NOT NULL,
    position INT NOT NULL,
    text TEXT NOT NULL,
    fraction DECIMAL(9,5) NOT NULL,
    UNIQUE KEY et_option_position (item_id, position),
    CONSTRAINT et_option_item FOREIGN KEY (item_id) REFERENCES et_item (id) ON DELETE CASCADE
) ENGINE=InnoDB;

-- A test of a stream: kind final (the interim attestation) or self (a topic's self-check test).
-- The settings it runs with are copied at opening, so a later change of settings does not
-- change a test students are already taking.
CREATE TABLE et_test (
    id BIGINT AUTO_INCREMENT PRIMARY KEY,
    stream_id BIGINT NOT NULL,
    kind VARCHAR(5) NOT NULL,
    topic VARCHAR(200) NOT NULL DEFAULT '',
    questions INT NOT NULL,
    minutes INT NOT NULL,
    attempts INT NOT NULL,               -- 0: unlimited until passed
    mix VARCHAR(20) NOT NULL,
    partial_credit BOOLEAN NOT NULL,
    pass_percent INT NOT NULL,
    show_result BOOLEAN NOT NULL,
    opened_by BIGINT NOT NULL,
    opened_at DATETIME(3) NOT NULL,
    closed_at DATETIME(3) NULL,
    UNIQUE KEY et_test_one (stream_id, kind, topic)
) ENGINE=InnoDB;

-- The deadline is stored at the start: the server's clock alone decides when an attempt ends.
CREATE TABLE et_attempt (
    id BIGINT AUTO_INCREMENT PRIMARY KEY,
    test_id BIGINT NOT NULL,
    student_id BIGINT NOT NULL,
    number INT NOT NULL,
    started_at DATETIME(3) NOT NULL,
    deadline DATETIME(3) NOT NULL,
    submitted_at DATETIME(3) NULL,
    submitted_by VARCHAR(8) NULL,        -- student | deadline
    score DECIMAL(5,2) NULL,             -- percent
    UNIQUE KEY et_attempt_number (test_id, student_id, number),
    KEY et_attempt_open (submitted_at, deadline),
    CONSTRAINT et_attempt_test FOREIGN KEY (test_id) REFERENCES et_test (id)
) ENGINE=InnoDB;

-- The items drawn for an attempt, in the order shown, with the options in the order shown.
CREATE TABLE et_attempt_item (
    attempt_id BIGINT NOT NULL,
    position INT NOT NULL,
    item_id BIGINT NOT NULL,
    multiple BOOLEAN NOT NULL,           -- several options may be chosen
    option_order VARCHAR(400) NOT NULL,  -- option ids, comma separated
    PRIMARY KEY (attempt_id, position),
    UNIQUE KEY et_attempt_item_once (attempt_id, item_id),
    CONSTRAINT et_attempt_item_attempt FOREIGN KEY (attempt_id) REFERENCES et_attempt (id) ON DELETE CASCADE
) ENGINE=InnoDB;

-- The latest answer to each drawn item, saved as it is given.
CREATE TABLE et_answer (
    attempt_id BIGINT NOT NULL,
    position INT NOT NULL,
    chosen VARCHAR(400) NOT NULL,        -- option ids, comma separated; empty: answer withdrawn
    saved_at DATETIME(3) NOT NULL,
    PRIMARY KEY (attempt_id, position),
    CONSTRAINT et_answer_item FOREIGN KEY (attempt_id, position) REFERENCES et_attempt_item (attempt_id, position) ON DELETE CASCADE
) ENGINE=InnoDB;
