-- Login throttling by growing delays (no lockout): a subject's count restarts after a quiet
-- period since its last counted attempt, so the column says what it now holds.
ALTER TABLE login_throttle CHANGE window_started_at last_attempt_at DATETIME(3) NOT NULL;

-- Browsers that have logged in to an account before: a correct password from one of them is not
-- held back by attacks on that account from elsewhere. Only a hash of the cookie's value is kept.
CREATE TABLE login_known_browser (
    token_hash  CHAR(64)    NOT NULL,
    user_id     BIGINT      NOT NULL,
    expires_at  DATETIME(3) NOT NULL,
    PRIMARY KEY (token_hash, user_id),
    INDEX ix_known_browser_expiry (expires_at),
    CONSTRAINT fk_known_browser_user FOREIGN KEY (user_id) REFERENCES app_user (id) ON DELETE CASCADE
) ENGINE=InnoDB;
